import { describe, expect, it } from "vitest";
import vectors from "../../../test/fixtures/sla/peer-vectors.json" with { type: "json" };
import { parseCalendar } from "./calendar.ts";
import { compileCalendar } from "./compile.ts";
import { add, elapsed } from "./business-time.ts";
import { formatInstant, parseInstant } from "./iso.ts";

// Cases restated from the test suites of zendesk/biz, Intrepidd/working_hours and GLPI
// (test/fixtures/sla/peer-vectors.json, see its README). Instants are compared, not strings.

describe("peer vectors", () => {
  it.each(vectors.cases.map((c) => [`${c.source} — ${c.start} + ${c.add_minutes} min`, c] as const))("%s", (_, c) => {
    const calendar = compileCalendar(parseCalendar(c.calendar));
    const start = parseInstant(c.start);
    const durationMs = Math.round(c.add_minutes * 60_000);
    const deadline = add(calendar, start, durationMs);
    expect(formatInstant(calendar, deadline)).toBe(formatInstant(calendar, parseInstant(c.expected)));
    expect(deadline).toBe(parseInstant(c.expected));
    expect(elapsed(calendar, start, deadline)).toBe(durationMs);
  });
});
