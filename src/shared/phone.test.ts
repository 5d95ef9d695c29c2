import { describe, expect, it } from "vitest";
import { compactPhone, isValidPhone, normalisePhone, phoneMatchKey, phoneProblem, samePhone } from "./phone.ts";

describe("phone numbers", () => {
  it("accepts 7–15 digits with spaces, dashes, dots, parentheses and a leading +", () => {
    for (const ok of ["+92 300 1234567", "0300-1234567", "(021) 111.000.111", "1234567", "+123456789012345"])
      expect(isValidPhone(ok), ok).toBe(true);
    for (const bad of [
      "12ab",
      "123456",
      "+1234567890123456",
      "300 1234567 ext 12",
      "92+3001234567",
      "",
      "++923001234567",
      "0300/1234567",
    ]) {
      expect(isValidPhone(bad), bad).toBe(false);
    }
  });

  it("says why a number is refused", () => {
    expect(phoneProblem("12ab")).toMatch(/only digits/);
    expect(phoneProblem("12 34")).toMatch(/7 to 15 digits/);
    expect(phoneProblem("+92 300 1234567")).toBeNull();
  });

  it("normalises: separators gone, 00 read as +; too few digits or letters are not a number", () => {
    expect(normalisePhone(" +92 (300) 123-4567 ")).toBe("+923001234567");
    expect(normalisePhone("0092 300 1234567")).toBe("+923001234567");
    expect(normalisePhone("0300-1234567")).toBe("03001234567");
    expect(normalisePhone("12345")).toBe("12345");
    expect(normalisePhone("1234")).toBeNull();
    expect(normalisePhone("0300-CALL-ME")).toBeNull();
    expect(compactPhone("+92 300")).toBe("+92300");
  });

  it("compares the last 10 digits: international, 00 and national forms of one line match", () => {
    expect(phoneMatchKey("+92 300 1234567")).toBe("3001234567");
    expect(samePhone("+92 300 1234567", "0300 1234567")).toBe(true);
    expect(samePhone("0092-300-1234567", "+923001234567")).toBe(true);
    expect(samePhone("+92 21 3456 0001", "021 34560001")).toBe(true);
    expect(samePhone("+92 300 1234567", "+92 300 1234568")).toBe(false);
    // Short numbers (extensions) match only themselves, never the end of a longer number.
    expect(samePhone("12345", "+92 300 0012345")).toBe(false);
    expect(samePhone("12345", "1-2345")).toBe(true);
  });
});
