import { describe, expect, it } from "vitest";
import { FIRST_YEAR, LAST_YEAR } from "../sla/calendar/compile.ts";
import { FIRST_SUPPORTED_YEAR, Instant, LAST_SUPPORTED_YEAR, isSupportedInstant } from "./instant.ts";

describe("the supported span of instants", () => {
  it("is the span the SLA calendar engine counts in", () => {
    expect([FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR]).toEqual([FIRST_YEAR, LAST_YEAR]);
  });

  it("takes instants in the years 1970–2200 (UTC), and nothing else", () => {
    for (const ok of [
      "1970-01-01T00:00:00Z",
      "1970-01-01T05:00:00+05:00",
      "2026-03-02T09:00:00+05:00",
      "2200-12-31T23:59:59.999Z",
      "2200-12-31T18:00:00-05:00",
    ]) {
      expect(Instant.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of [
      "1969-12-31T23:59:59.999Z",
      "1970-01-01T00:00:00+05:00",
      "2201-01-01T00:00:00Z",
      "2200-12-31T20:00:00-05:00",
      "9999-12-31T23:59:59Z",
      "0000-01-01T00:00:00Z",
    ]) {
      const parsed = Instant.safeParse(bad);
      expect(parsed.success, bad).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("is outside the supported years 1970–2200 (UTC)");
    }
    expect(isSupportedInstant(Number.NaN)).toBe(false);
  });

  it("still refuses what is not an ISO 8601 instant with an offset, with one issue", () => {
    for (const bad of ["2026-03-02", "2026-03-02T09:00:00", "yesterday", "2026-02-30T09:00:00Z", "9999-12-31"])
      expect(Instant.safeParse(bad).error?.issues, bad).toHaveLength(1);
  });
});
