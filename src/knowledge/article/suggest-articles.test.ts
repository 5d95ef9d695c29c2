import { describe, expect, it } from "vitest";
import { oneVersionPerArticle } from "./suggest-articles.ts";

const v = (key: string, language: "en" | "ur", score = 0) => ({
  id: `${key}-${language}`,
  key,
  title: key,
  language,
  score,
});

describe("oneVersionPerArticle: each suggested article once, in the reader's language when it has it", () => {
  const matches = [v("outlook", "ur", 0.9), v("outlook", "en", 0.8), v("vpn", "en", 0.5), v("wifi", "ur", 0.4)];

  it("keeps the articles' order by their best version and the reader's version of each", () => {
    expect(oneVersionPerArticle(matches, new Map(), "en", 5)).toEqual([
      { ...v("outlook", "en"), score: 0.9 },
      { ...v("vpn", "en"), score: 0.5 },
      { ...v("wifi", "ur"), score: 0.4 }, // no English version: shown as matched
    ]);
    expect(oneVersionPerArticle(matches, new Map(), "ur", 2)).toEqual([
      { ...v("outlook", "ur"), score: 0.9 },
      { ...v("vpn", "en"), score: 0.5 },
    ]);
  });

  it("takes a version in the reader's language that did not match the words itself", () => {
    const urdu = new Map([["vpn", v("vpn", "ur")]]);
    expect(oneVersionPerArticle([v("vpn", "en", 0.5)], urdu, "ur", 5)).toEqual([{ ...v("vpn", "ur"), score: 0.5 }]);
  });
});
