import { describe, expect, it } from "vitest";
// @ts-expect-error the architecture check is plain JavaScript, run by `npm run lint`
import { bareRequestStrings } from "../../scripts/request-strings.js";

const lines = (rel: string, text: string): number[] => bareRequestStrings(rel, text);

describe("the architecture check: request schemas take no bare z.string()", () => {
  it("flags a bare string in a body, a query or a shared schema, on its line", () => {
    const routes = [
      'import { z } from "zod";',
      "const Name = z.string().trim().min(1).max(100);",
      "const Body = z.strictObject({ name: Name, note: z",
      "  .string()",
      "  .max(10) });",
    ].join("\n");
    expect(lines("sla/calendar/calendar.routes.ts", routes)).toEqual([2, 3]);
    expect(
      lines("tickets/ticket/ticket-list-query.ts", "export const Q = z.object({ q: z.string().max(200) });"),
    ).toEqual([1]);
  });

  it("takes storable text, formats, output schemas and strings that say why", () => {
    const routes = [
      'import { storableText } from "../shared/storable-text.ts";',
      "const Name = storableText().trim().min(1).max(100);",
      'const Code = z.string().regex(/^[A-Z]{3}$/, "three capitals");',
      "const Password = z.string().min(10); // checked-text: only its hash is stored",
      "const Inner = z.object({ label: z.string() });",
      "const ThingDto = z.object({ id: z.uuid(), name: z.string(), inner: Inner });",
      "const Problem = z.object({ detail: z.string() });",
      'app.get("/x", { schema: { response: { 200: ThingDto, 409: Problem, 422: z.object({ code: z.string() }) } } }, handler);',
    ].join("\n");
    expect(lines("things/thing.routes.ts", routes)).toEqual([]);
  });

  it("leaves tests, settings, presenters, job payloads and the listed internal files alone", () => {
    const bare = "const X = z.object({ a: z.string() });";
    for (const rel of [
      "tickets/ticket/ticket.routes.test.ts",
      "config/config.ts",
      "sla/escalation/escalation.present.ts",
      "sla/escalation/notify.job.ts",
      "tickets/live/live.ts",
    ]) {
      expect(lines(rel, bare), rel).toEqual([]);
    }
  });
});
