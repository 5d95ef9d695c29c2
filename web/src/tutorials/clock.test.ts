import { describe, expect, it } from "vitest";
import { clockTime } from "./clock.ts";

describe("clockTime", () => {
  it("shows minutes and two-digit seconds under an hour", () => {
    expect(clockTime(0)).toBe("0:00");
    expect(clockTime(75)).toBe("1:15");
    expect(clockTime(59.9)).toBe("0:59");
  });

  it("adds hours, with two-digit minutes, from an hour on", () => {
    expect(clockTime(3725)).toBe("1:02:05");
  });

  it("never shows a negative position", () => {
    expect(clockTime(-3)).toBe("0:00");
  });
});
