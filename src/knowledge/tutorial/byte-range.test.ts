import { describe, expect, it } from "vitest";
import { ifRangeHolds, resolveRange } from "./byte-range.ts";

describe("which bytes a Range header asks for (RFC 9110 §14)", () => {
  const size = 1000;
  it.each([
    ["bytes=0-99", { kind: "partial", start: 0, end: 99 }],
    ["bytes=200-299", { kind: "partial", start: 200, end: 299 }],
    ["bytes=-500", { kind: "partial", start: 500, end: 999 }],
    ["bytes=-5000", { kind: "partial", start: 0, end: 999 }],
    ["bytes=100-", { kind: "partial", start: 100, end: 999 }],
    ["bytes=900-5000", { kind: "partial", start: 900, end: 999 }],
    ["bytes=999-999", { kind: "partial", start: 999, end: 999 }],
    ["BYTES = 5 - 6", { kind: "partial", start: 5, end: 6 }],
  ])("%s is served as a part", (header, expected) => {
    expect(resolveRange(header, size)).toEqual(expected);
  });

  it.each(["bytes=1000-", "bytes=1000-1200", "bytes=-0"])("%s cannot be satisfied", (header) => {
    expect(resolveRange(header, size)).toEqual({ kind: "unsatisfiable" });
  });

  it.each([
    "bytes=abc",
    "bytes=5-1",
    "bytes=-",
    "items=0-10",
    "bytes=0-1,5-6",
    "bytes 0-10",
    "bytes=99999999999999999999-",
    "",
  ])("ignores the malformed or multi-range %j and sends the whole file", (header) => {
    expect(resolveRange(header, size)).toEqual({ kind: "full" });
  });

  it("sends the whole file without a Range header", () => {
    expect(resolveRange(undefined, size)).toEqual({ kind: "full" });
  });
});

describe("If-Range", () => {
  const modified = new Date("2026-03-02T09:00:00.500Z");
  it("holds for the same strong ETag or the same last-modified second, and for no If-Range at all", () => {
    expect(ifRangeHolds('"t-3"', '"t-3"', modified)).toBe(true);
    expect(ifRangeHolds("Mon, 02 Mar 2026 09:00:00 GMT", '"t-3"', modified)).toBe(true);
    expect(ifRangeHolds(undefined, '"t-3"', modified)).toBe(true);
  });
  it("fails for another ETag, a weak one, another date or nonsense", () => {
    expect(ifRangeHolds('"t-2"', '"t-3"', modified)).toBe(false);
    expect(ifRangeHolds('W/"t-3"', '"t-3"', modified)).toBe(false);
    expect(ifRangeHolds("Mon, 02 Mar 2026 08:00:00 GMT", '"t-3"', modified)).toBe(false);
    expect(ifRangeHolds("yesterday", '"t-3"', modified)).toBe(false);
  });
});
