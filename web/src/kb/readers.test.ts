import { describe, expect, it } from "vitest";
import { countByCategory, oneVersionEach, sectionsOf } from "./readers.ts";

const article = (
  id: string,
  key: string,
  language: "en" | "ur",
  audiences: string[] = ["new", "current"],
  categoryId: string | null = "email",
) => ({ id, key, language, audiences, categoryId });

describe("the knowledge base home's arrangement", () => {
  const outlook = article("o-en", "reset-outlook-password", "en");
  const outlookUr = article("o-ur", "reset-outlook-password", "ur");
  const vpn = article("vpn", "connect-to-the-vpn", "en", ["new", "current"], "network");
  const onlyUrdu = article("u", "urdu-only", "ur", ["current"], "network");

  it("shows one language version of each article: the reader's, else English, else the one there is", () => {
    const all = [outlook, vpn, outlookUr, onlyUrdu];
    expect(oneVersionEach(all, "en").map((a) => a.id)).toEqual(["o-en", "vpn", "u"]);
    expect(oneVersionEach(all, "ur").map((a) => a.id)).toEqual(["vpn", "o-ur", "u"]);
  });

  it("puts everyone's articles under everyday help, new-employee-only ones apart, agents-only ones last", () => {
    const checklist = article("first", "first-day-it-checklist", "en", ["new"], "start");
    const escalate = article("l2", "escalating-to-l2", "en", ["agents"], "desk");
    const sections = sectionsOf([outlook, checklist, escalate, onlyUrdu]);
    expect(sections.newEmployees.map((a) => a.id)).toEqual(["first"]);
    expect(sections.everyday.map((a) => a.id)).toEqual(["o-en", "u"]);
    expect(sections.agents.map((a) => a.id)).toEqual(["l2"]);
  });

  it("counts the articles shown in each category (uncategorised ones in none)", () => {
    const counts = countByCategory([outlook, vpn, onlyUrdu, article("x", "x", "en", ["current"], null)]);
    expect([...counts]).toEqual([
      ["email", 1],
      ["network", 2],
    ]);
  });
});
