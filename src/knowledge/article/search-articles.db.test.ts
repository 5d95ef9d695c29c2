import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import type { Actor } from "../../identity/actor.ts";
import { seedKnowledgeBase } from "../../seed/seed-knowledge-base.ts";
import { createArticle } from "./create-article.ts";
import { HIGHLIGHT_START } from "../search/search-item.ts";
import { boundedQuery, prefixWord, searchArticles } from "./search-articles.ts";

describeEachEngine("article search", (ctx) => {
  async function kb() {
    const w = await buildWorkspace(ctx.deps);
    const ids = await seedKnowledgeBase(ctx.deps, w.agent.personId);
    const titles = async (q: string, actor: Actor | null) =>
      (await searchArticles(ctx.deps.db, actor, { q, limit: 10 })).map((i) => i.title);
    return { w, ids, titles, requester: w.requester, agent: w.agent };
  }

  it("puts the right article first for the questions employees really type, typos included", async () => {
    const { titles, requester } = await kb();
    const cases: Array<[string, string]> = [
      ["outlook password", "Reset your Outlook password"],
      ["reset password", "Reset your Outlook password"],
      ["forgot my password", "Reset your Outlook password"],
      ["vpn", "Connect to the VPN"],
      ["remote file shares", "Connect to the VPN"],
      ["globalprotect", "Connect to the VPN"],
      ["first day", "New employee: your first day IT checklist"],
      ["printer", "Add a network printer"],
      ["shared mailbox", "Open a shared mailbox in Outlook"],
      ["authenticator app", "Set up multi-factor authentication (MFA)"],
      ["account locked", "My account is locked"],
      ["guest wifi", "Wi-Fi for visitors and guests"],
      ["slow laptop", "Laptop running slow"],
      ["outlok pasword", "Reset your Outlook password"],
      ["shared mailb", "Open a shared mailbox in Outlook"],
      ["multi-factor authentification", "Set up multi-factor authentication (MFA)"],
      ["pritner", "Add a network printer"],
    ];
    const firsts = [];
    for (const [q] of cases) firsts.push([q, (await titles(q, requester))[0]]);
    expect(firsts).toEqual(cases);
    // A prefix finds both Outlook articles while the word is being typed.
    expect(await titles("outl", requester)).toEqual(
      expect.arrayContaining(["Reset your Outlook password", "Open a shared mailbox in Outlook"]),
    );
  });

  it("finds Urdu articles by their Urdu words", async () => {
    const { titles, requester } = await kb();
    expect((await titles("پاس ورڈ", requester))[0]).toBe("اپنا آؤٹ لک پاس ورڈ دوبارہ ترتیب دیں");
    expect(await titles("لیپ ٹاپ", requester)).toContain("نئے ملازم: پہلے دن کی آئی ٹی فہرست");
  });

  it("answers scored, highlighted plain-text hits", async () => {
    const { requester, ids } = await kb();
    const [hit] = await searchArticles(ctx.deps.db, requester, { q: "credential manager", limit: 5 });
    expect(hit).toMatchObject({
      kind: "article",
      id: ids.get("reset-outlook-password:en"),
      title: "Reset your Outlook password",
    });
    expect(hit!.score).toBeGreaterThan(0);
    expect(hit!.score).toBeLessThanOrEqual(1);
    expect(hit!.snippet).not.toContain(HIGHLIGHT_START);
    const marked = hit!.highlights.map(([s, e]) => hit!.snippet.slice(s, e).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(["credential", "manager"]));
  });

  it("keeps each audience to its own: agents-only for staff, signed-in ones from anonymous visitors", async () => {
    const { titles, requester, agent } = await kb();
    expect(await titles("escalate l2", agent)).toEqual(["When to escalate a ticket to L2 Infrastructure"]);
    expect(await titles("escalate l2", requester)).toEqual([]);
    expect(await titles("escalate l2", null)).toEqual([]);
    expect(await titles("vpn", null)).not.toContain("Connect to the VPN");
    expect((await titles("printer", null))[0]).toBe("Add a network printer");
  });

  it("finds published articles only, for staff too: a draft stays in the editor's list until it is published", async () => {
    const { titles, agent, requester } = await kb();
    const draft = {
      title: "Zebrafax scanner setup",
      body: "How to pair the zebrafax scanner.",
      language: "en" as const,
      audiences: ["current" as const],
      tags: [],
      visibility: "public" as const,
    };
    await createArticle(ctx.deps, agent, { ...draft, status: "draft" });
    for (const q of ["zebrafax", "zebraf", "zebrafx scanner"]) {
      expect(await titles(q, agent)).toEqual([]);
      expect(await titles(q, requester)).toEqual([]);
    }
    await createArticle(ctx.deps, agent, { ...draft, title: "Zebrafax scanner: published", status: "published" });
    expect(await titles("zebrafax", agent)).toEqual(["Zebrafax scanner: published"]);
    expect(await titles("zebrafx scanner", agent)).toEqual(["Zebrafax scanner: published"]);
  });

  it("respells no stop words and no short word through titles: only a real typo is looked up by trigrams", async () => {
    const { titles, requester } = await kb();
    for (const q of ["the", "how to", "a", "vnp", "is it"]) expect(await titles(q, requester)).toEqual([]);
    expect((await titles("pritner", requester))[0]).toBe("Add a network printer");
  });

  it("matches nothing for punctuation alone, and copes with search syntax and very long queries", async () => {
    const { titles, requester } = await kb();
    expect(await titles("?!… ---", requester)).toEqual([]);
    expect(await titles('"outlook password" -vpn', requester)).toContain("Reset your Outlook password");
    expect(await titles("password ".repeat(1000), requester)).toContain("Reset your Outlook password");
    expect(await titles("o'brien's \\ ' :* & |", requester)).toBeInstanceOf(Array);
  });

  it("takes the last word as a prefix only while it is being typed", () => {
    expect(prefixWord("outlook pass")).toBe("pass");
    expect(prefixWord("outlook pass ")).toBeNull();
    expect(prefixWord('"outlook password"')).toBeNull();
    expect(prefixWord("outlook -vpn")).toBeNull();
    expect(prefixWord("o'brien")).toBe("obrien");
    expect(boundedQuery("a  b\tc")).toBe("a b c");
    expect(boundedQuery("w ".repeat(40)).trim().split(" ")).toHaveLength(16);
    expect(prefixWord(boundedQuery("w ".repeat(40)))).toBeNull();
  });
});
