import { describe, expect, it } from "vitest";
import { retryAfterSeconds, throttledUntil } from "./sign-in-limits.ts";

const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00Z`);
const WINDOW = 15 * 60_000;

describe("when a throttled account or client may sign in again", () => {
  it("may try while it has fewer failures in the window than the limit", () => {
    expect(throttledUntil([at("09:10"), at("09:05")], 3, WINDOW, at("09:12"))).toBeNull();
  });

  it("waits until the limit-th newest failure is a whole window old", () => {
    const failures = [at("09:10"), at("09:05"), at("09:01")];
    expect(throttledUntil(failures, 3, WINDOW, at("09:12"))).toEqual(at("09:16"));
    expect(throttledUntil(failures, 2, WINDOW, at("09:12"))).toEqual(at("09:20"));
    expect(throttledUntil(failures, 3, WINDOW, at("09:16"))).toBeNull();
  });

  it("says Retry-After in whole seconds, never zero", () => {
    expect(retryAfterSeconds(at("09:16"), at("09:12"))).toBe(240);
    expect(retryAfterSeconds(new Date(at("09:12").getTime() + 1), at("09:12"))).toBe(1);
  });
});
