import { describe, expect, it } from "vitest";
import { normaliseForLog, QUERY_MAX_WORDS, queryWords, ticketNumberIn } from "./search-query.ts";

describe("queryWords", () => {
  it("splits on anything but letters, digits and marks, lower-cased and without repeats", () => {
    expect(queryWords("Outlook  PASSWORD, outlook #10003 ali@example.com")).toEqual([
      "outlook",
      "password",
      "10003",
      "ali",
      "example",
      "com",
    ]);
  });

  it("keeps Urdu words whole, vowel marks included", () => {
    expect(queryWords("پاس ورڈ، اکاؤنٹ")).toEqual(["پاس", "ورڈ", "اکاؤنٹ"]);
  });

  it("finds no word in punctuation, and ignores tsquery syntax", () => {
    expect(queryWords("?!… -- ## & | :* ()")).toEqual([]);
    expect(queryWords("a' | b:* & !(c")).toEqual(["a", "b", "c"]);
  });

  it("keeps at most 16 words and drops runs too long to be words", () => {
    expect(queryWords(Array.from({ length: 20 }, (_, i) => `w${i}`).join(" "))).toHaveLength(QUERY_MAX_WORDS);
    expect(QUERY_MAX_WORDS).toBe(16);
    expect(queryWords(`${"x".repeat(61)} vpn`)).toEqual(["vpn"]);
  });
});

describe("ticketNumberIn", () => {
  it("reads a query that is only a ticket number, with or without #", () => {
    expect(ticketNumberIn(" #10003 ")).toBe(10003);
    expect(ticketNumberIn("10003")).toBe(10003);
    expect(ticketNumberIn("10003 outlook")).toBeNull();
  });
});

describe("normaliseForLog", () => {
  it("keeps what was searched for, never whom: no addresses, no numbers", () => {
    expect(normaliseForLog("Ali.Khan@example.com  VPN drops 0300-1234567 #10003")).toBe("vpn drops");
  });
});
