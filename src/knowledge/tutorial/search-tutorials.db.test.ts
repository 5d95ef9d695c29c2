import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import type { TutorialInput } from "./create-tutorial.ts";
import { createTutorial } from "./create-tutorial.ts";
import { searchTutorials, tutorialQueryText } from "./search-tutorials.ts";
import { setTutorialCaptions } from "./set-tutorial-captions.ts";
import { findTutorialUnscoped } from "./tutorial.store.ts";
import { updateTutorial } from "./update-tutorial.ts";

const base: TutorialInput = {
  title: "",
  description: "",
  language: "en",
  audiences: ["new", "current"],
  visibility: "public",
  status: "published",
  embedUrl: null,
  chapters: [],
};

describeEachEngine("searching tutorials", (ctx) => {
  async function library() {
    const w = await buildWorkspace(ctx.deps);
    const outlook = await createTutorial(ctx.deps, w.agent, {
      ...base,
      title: "Reset your Outlook password",
      description: "From the sign-in page, in three steps.",
    });
    const vpn = await createTutorial(ctx.deps, w.agent, {
      ...base,
      title: "Connect to the VPN from home",
      description: "Install the client, then sign in with your password.",
    });
    await setTutorialCaptions(
      ctx.deps,
      w.agent,
      vpn.id,
      "en",
      "WEBVTT\n\n00:00.000 --> 00:02.000\nOpen the printer queue",
    );
    const urdu = await createTutorial(ctx.deps, w.agent, {
      ...base,
      language: "ur",
      title: "آؤٹ لک کا پاس ورڈ بدلیں",
      description: "سائن ان صفحے سے تین مراحل میں",
    });
    const draft = await createTutorial(ctx.deps, w.agent, { ...base, title: "Outlook rules (draft)", status: "draft" });
    const staffOnly = await createTutorial(ctx.deps, w.agent, {
      ...base,
      title: "Outlook admin centre",
      audiences: ["agents"],
    });
    const signedIn = await createTutorial(ctx.deps, w.agent, {
      ...base,
      title: "Outlook on your phone",
      visibility: "signed_in",
    });
    return { w, outlook, vpn, urdu, draft, staffOnly, signedIn };
  }

  it("ranks a title match above a description match, stems English and matches a prefix of the last word", async () => {
    const { w, outlook, vpn } = await library();
    const hits = await searchTutorials(ctx.deps.db, w.requester, { q: "resetting passw", limit: 10 });
    expect(hits.map((h) => h.id)).toEqual([outlook.id]);
    const both = await searchTutorials(ctx.deps.db, w.requester, { q: "password", limit: 10 });
    expect(both.map((h) => h.id)).toEqual([outlook.id, vpn.id]);
    for (const hit of both) (expect(hit.score).toBeGreaterThan(0), expect(hit.score).toBeLessThan(1));
    expect(both[0]!.score).toBeGreaterThan(both[1]!.score);
    const snippet = both[1]!;
    expect(snippet.snippet).toContain("password");
    expect(snippet.highlights.map(([s, e]) => snippet.snippet.slice(s, e))).toEqual(["password"]);
  });

  it("finds words of the captions, and Urdu text", async () => {
    const { w, vpn, urdu } = await library();
    expect((await searchTutorials(ctx.deps.db, null, { q: "printer", limit: 10 })).map((h) => h.id)).toEqual([vpn.id]);
    const found = await searchTutorials(ctx.deps.db, w.requester, { q: "پاس ورڈ", limit: 10 });
    expect(found.map((h) => h.id)).toEqual([urdu.id]);
  });

  it("returns only what the caller may watch, and published tutorials only: a draft stays in the editor's list", async () => {
    const { w, outlook, staffOnly, signedIn } = await library();
    const ids = async (actor: Parameters<typeof searchTutorials>[1]) =>
      (await searchTutorials(ctx.deps.db, actor, { q: "outlook", limit: 10 })).map((h) => h.id).sort();
    expect(await ids(null)).toEqual([outlook.id].sort());
    expect(await ids(w.requester)).toEqual([outlook.id, signedIn.id].sort());
    expect(await ids(w.agent)).toEqual([outlook.id, staffOnly.id, signedIn.id].sort());
  });

  it("keeps the search document in step with the title, description and captions", async () => {
    const { w, vpn } = await library();
    const found = async (q: string) =>
      (await searchTutorials(ctx.deps.db, w.requester, { q, limit: 10 })).map((h) => h.id);
    expect(await found("printer")).toEqual([vpn.id]);
    await setTutorialCaptions(ctx.deps, w.agent, vpn.id, "en", "WEBVTT\n\n00:00.000 --> 00:02.000\nOpen the scanner");
    expect(await found("printer")).toEqual([]);
    expect(await found("scanner")).toEqual([vpn.id]);
    const current = (await findTutorialUnscoped(ctx.deps.db, vpn.id))!;
    await updateTutorial(ctx.deps, w.agent, vpn.id, {
      ...base,
      title: "Join the zebranet from home",
      description: current.description,
      version: current.version,
    });
    expect(await found("zebranet")).toEqual([vpn.id]);
    expect(await found("vpn")).toEqual([]);
  });

  it("answers nothing for punctuation only, and copes with a 10,000-character query", async () => {
    const { w } = await library();
    expect(tutorialQueryText("?!… — ''")).toBeUndefined();
    expect(await searchTutorials(ctx.deps.db, w.agent, { q: "'&|!():*", limit: 10 })).toEqual([]);
    expect(await searchTutorials(ctx.deps.db, w.agent, { q: "outlook ".repeat(1250), limit: 10 })).not.toEqual([]);
  });
});
