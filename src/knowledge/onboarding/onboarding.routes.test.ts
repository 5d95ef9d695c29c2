import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildPerson, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { articles } from "../article/article.tables.ts";
import { createArticle } from "../article/create-article.ts";
import { updateArticle } from "../article/update-article.ts";
import { createTutorial } from "../tutorial/create-tutorial.ts";
import { PUBLISHED } from "../../../test/support/tutorials.ts";

describeEachEngine("playlists and the onboarding path", (ctx) => {
  const http = withApp(ctx);

  async function setting() {
    const w = await buildWorkspace(ctx.deps);
    const watch = await createTutorial(ctx.deps, w.agent, { ...PUBLISHED, title: "Your first day" });
    const draft = await createTutorial(ctx.deps, w.agent, { ...PUBLISHED, title: "Coming soon", status: "draft" });
    const article = await createArticle(ctx.deps, w.agent, {
      title: "Your first week",
      body: "Sign in, set up Outlook, meet the desk.",
      language: "en",
      audiences: ["new"],
      tags: [],
      visibility: "public",
      status: "published",
    });
    const articleId = article.id;
    const managerRow = await buildPerson(ctx.deps, w.provider.id, "manager");
    const bossRow = await buildPerson(ctx.deps, w.client.id, "requester", { orgManager: true });
    return {
      w,
      watch,
      draft,
      articleId,
      agent: await sessionFor(ctx.deps, w.agent.personId),
      requester: await sessionFor(ctx.deps, w.requester.personId),
      colleague: await sessionFor(ctx.deps, w.colleague.personId),
      outsider: await sessionFor(ctx.deps, w.outsider.personId),
      manager: await sessionFor(ctx.deps, managerRow.id),
      boss: await sessionFor(ctx.deps, bossRow.id),
    };
  }

  it("keeps playlists of tutorials and articles in order; readers see only what they may open", async () => {
    const s = await setting();
    const items = [
      { kind: "article", id: s.articleId },
      { kind: "tutorial", id: s.draft.id },
      { kind: "tutorial", id: s.watch.id },
    ];
    const refused = await call(http.app, {
      method: "POST",
      url: "/api/v1/playlists",
      as: s.requester,
      body: { title: "Week one", items },
    });
    expect(refused.statusCode).toBe(403);
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/playlists",
      as: s.agent,
      body: { title: "Week one", items },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().items.map((i: { id: string }) => i.id)).toEqual([s.articleId, s.draft.id, s.watch.id]);
    const url = `/api/v1/playlists/${created.json().id}`;
    const anonymous = await call(http.app, { method: "GET", url });
    expect(anonymous.json()).toMatchObject({
      title: "Week one",
      items: [
        { kind: "article", id: s.articleId, title: "Your first week" },
        { kind: "tutorial", id: s.watch.id, title: "Your first day" },
      ],
      abilities: { edit: false },
    });
    const missing = await call(http.app, {
      method: "PUT",
      url,
      as: s.agent,
      body: { title: "Week one", items: [{ kind: "tutorial", id: randomUUID() }] },
    });
    expect(missing.json()).toMatchObject({ code: "ITEM_NOT_FOUND", errors: [{ field: "body.items.0.id" }] });
    const reordered = await call(http.app, {
      method: "PUT",
      url,
      as: s.agent,
      body: { title: "Week 1", items: items.reverse() },
    });
    expect(reordered.json().items.map((i: { id: string }) => i.id)).toEqual([s.watch.id, s.draft.id, s.articleId]);
    expect((await call(http.app, { method: "DELETE", url, as: s.agent })).statusCode).toBe(204);
    expect((await call(http.app, { method: "GET", url })).statusCode).toBe(404);
  });

  it("shows each person their path from the first sign-in, records opened / ended / done, and is complete when all are done", async () => {
    const s = await setting();
    const items = [
      { kind: "tutorial", id: s.watch.id },
      { kind: "article", id: s.articleId },
    ];
    const saved = await call(http.app, {
      method: "PUT",
      url: "/api/v1/onboarding/paths",
      as: s.agent,
      body: { organizationId: s.w.client.id, title: "Welcome to the client", items },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const both = await call(http.app, {
      method: "PUT",
      url: "/api/v1/onboarding/paths",
      as: s.agent,
      body: { organizationId: s.w.client.id, audience: "new", title: "x", items: [] },
    });
    expect(both.json()).toMatchObject({ code: "ONBOARDING_PATH_OWNER" });
    const first = await call(http.app, { method: "GET", url: "/api/v1/onboarding/mine", as: s.requester });
    expect(first.json()).toMatchObject({ path: { title: "Welcome to the client" }, complete: false });
    expect(first.json().items.map((i: { done: boolean }) => i.done)).toEqual([false, false]);
    const report = (event: string, item: { kind: string; id: string }, as = s.requester) =>
      call(http.app, { method: "POST", url: "/api/v1/onboarding/progress", as, body: { ...item, event } });
    expect((await report("opened", items[0]!)).json()).toEqual({ recorded: true });
    expect((await report("ended", items[0]!)).json()).toEqual({ recorded: true });
    expect((await report("done", { kind: "tutorial", id: s.draft.id })).json()).toEqual({ recorded: false });
    // The outsider's organization has no path of its own, and there is no path for new employees.
    expect((await report("done", items[1]!, s.outsider)).json()).toEqual({ recorded: false });
    const midway = (await call(http.app, { method: "GET", url: "/api/v1/onboarding/mine", as: s.requester })).json();
    expect(midway.items[0]).toMatchObject({ done: true, progress: { openedAt: "2026-03-02T09:00:00.000Z" } });
    expect(midway.complete).toBe(false);
    await report("done", items[1]!);
    expect(
      (await call(http.app, { method: "GET", url: "/api/v1/onboarding/mine", as: s.requester })).json().complete,
    ).toBe(true);
    const outsider = await call(http.app, { method: "GET", url: "/api/v1/onboarding/mine", as: s.outsider });
    expect(outsider.json()).toEqual({ path: null, items: [], complete: true });
  });

  it("lets staff managers and the organization's manager see its people's progress; nobody else", async () => {
    const s = await setting();
    const items = [{ kind: "tutorial", id: s.watch.id }];
    await call(http.app, {
      method: "PUT",
      url: "/api/v1/onboarding/paths",
      as: s.agent,
      body: { audience: "new", title: "Start here", items },
    });
    await call(http.app, {
      method: "POST",
      url: "/api/v1/onboarding/progress",
      as: s.colleague,
      body: { ...items[0], event: "ended" },
    });
    const url = `/api/v1/onboarding/progress?organizationId=${s.w.client.id}`;
    for (const who of [s.manager, s.boss]) {
      const table = await call(http.app, { method: "GET", url, as: who });
      expect(table.statusCode, table.body).toBe(200);
      expect(table.json().path).toMatchObject({ title: "Start here" });
      const byName = Object.fromEntries(
        table.json().people.map((p: { id: string; done: boolean[] }) => [p.id, p.done]),
      );
      expect(byName[s.w.colleague.personId]).toEqual([true]);
      expect(byName[s.w.requester.personId]).toEqual([false]);
    }
    for (const who of [s.agent, s.requester])
      expect((await call(http.app, { method: "GET", url, as: who })).statusCode).toBe(404);
    const otherOrg = `/api/v1/onboarding/progress?organizationId=${s.w.other.id}`;
    expect((await call(http.app, { method: "GET", url: otherOrg, as: s.boss })).statusCode).toBe(404);
  });
  it("refuses a list naming an article that does not exist, hides an article taken back to draft from readers, and drops a deleted one", async () => {
    const s = await setting();
    const ghost = await call(http.app, {
      method: "POST",
      url: "/api/v1/playlists",
      as: s.agent,
      body: {
        title: "Week one",
        items: [
          { kind: "tutorial", id: s.watch.id },
          { kind: "article", id: randomUUID() },
        ],
      },
    });
    expect(ghost.statusCode).toBe(422);
    expect(ghost.json()).toMatchObject({ code: "ITEM_NOT_FOUND", errors: [{ field: "body.items.1.id" }] });
    const pathGhost = await call(http.app, {
      method: "PUT",
      url: "/api/v1/onboarding/paths",
      as: s.agent,
      body: { audience: "new", title: "Start here", items: [{ kind: "article", id: randomUUID() }] },
    });
    expect(pathGhost.json()).toMatchObject({ code: "ITEM_NOT_FOUND", errors: [{ field: "body.items.0.id" }] });

    const items = [
      { kind: "article", id: s.articleId },
      { kind: "tutorial", id: s.watch.id },
    ];
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/playlists",
      as: s.agent,
      body: { title: "Week one", items },
    });
    await call(http.app, {
      method: "PUT",
      url: "/api/v1/onboarding/paths",
      as: s.agent,
      body: { organizationId: s.w.client.id, title: "Welcome", items },
    });
    const playlist = `/api/v1/playlists/${created.json().id}`;
    const ids = async (url: string, as: Awaited<ReturnType<typeof sessionFor>>) =>
      (await call(http.app, { method: "GET", url, as })).json().items.map((i: { id: string }) => i.id);

    // Taken back to draft: staff still see it in the list; requesters do not, until it is published again.
    await updateArticle(ctx.deps, s.w.agent, s.articleId, { version: 1, status: "draft" });
    expect(await ids(playlist, s.agent)).toEqual([s.articleId, s.watch.id]);
    expect(await ids(playlist, s.requester)).toEqual([s.watch.id]);
    expect(await ids("/api/v1/onboarding/mine", s.requester)).toEqual([s.watch.id]);

    // Deleted: the entry and the step go with it (ON DELETE CASCADE); the rest keeps its order.
    await ctx.deps.db.delete(articles).where(eq(articles.id, s.articleId));
    expect(await ids(playlist, s.agent)).toEqual([s.watch.id]);
    expect(await ids("/api/v1/onboarding/mine", s.requester)).toEqual([s.watch.id]);
    const paths = (await call(http.app, { method: "GET", url: "/api/v1/onboarding/paths", as: s.agent })).json();
    expect(JSON.stringify(paths)).not.toContain(s.articleId);
  });
});
