import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { insertArticleInReply, publicArticleUrl } from "./insert-article-in-reply.ts";

const UNSAFE = "# Steps\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(1)) and <img src=x onerror=alert(1)>";

describeEachEngine("writing articles and using them in answers", (ctx) => {
  const http = withApp(ctx);

  async function desk() {
    const w = await buildWorkspace(ctx.deps);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    const write = async (body: Record<string, unknown>) => {
      const res = await call(http.app, { method: "POST", url: "/api/v1/kb/articles", body, as: agent });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const preview = (body: unknown, as = agent) =>
      call(http.app, { method: "POST", url: "/api/v1/kb/articles/preview", body, as });
    return { w, agent, requester, write, preview };
  }

  it("previews unsaved Markdown exactly as the saved article renders it, scripts inert", async () => {
    const d = await desk();
    const res = await d.preview({ body: UNSAFE });
    expect(res.statusCode, res.body).toBe(200);
    const { html, direction } = res.json();
    expect(direction).toBe("ltr");
    expect(html).toContain("<h1>Steps</h1>");
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    const saved = await d.write({ title: "Unsafe", body: UNSAFE, audiences: ["current"] });
    expect(html).toBe(saved.html);

    const urdu = await d.preview({ body: "**پاس ورڈ** بدلیں", language: "ur" });
    expect(urdu.json()).toEqual({ html: "<p><strong>پاس ورڈ</strong> بدلیں</p>\n", direction: "rtl" });
    expect((await d.preview({ body: "" })).json()).toEqual({ html: "", direction: "ltr" });
  });

  it("lets article writers alone preview, and refuses a body over the limit naming it", async () => {
    const d = await desk();
    const byRequester = await d.preview({ body: "Hi" }, d.requester);
    expect(byRequester.statusCode).toBe(403);
    expect(
      (await call(http.app, { method: "POST", url: "/api/v1/kb/articles/preview", body: { body: "x" } })).statusCode,
    ).toBe(401);
    const tooLong = await d.preview({ body: "a".repeat(100_001) });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.headers["content-type"]).toContain("application/problem+json");
    expect(tooLong.json().errors.map((e: { field: string }) => e.field)).toEqual(["body.body"]);
    const badLanguage = await d.preview({ body: "x", language: "fr" });
    expect(badLanguage.json().errors.map((e: { field: string }) => e.field)).toEqual(["body.language"]);
  });

  it("records publishing as a version of its own, and unpublishing too", async () => {
    const d = await desk();
    const draft = await d.write({ title: "Connect to the VPN", body: "Open FortiClient.", audiences: ["new"] });
    const url = `/api/v1/kb/articles/${draft.id}`;
    const published = await call(http.app, {
      method: "PATCH",
      url,
      body: { version: 1, status: "published" },
      as: d.agent,
    });
    expect(published.json()).toMatchObject({ status: "published", version: 2 });
    const unpublished = await call(http.app, {
      method: "PATCH",
      url,
      body: { version: 2, status: "draft" },
      as: d.agent,
    });
    expect(unpublished.json()).toMatchObject({ status: "draft", version: 3 });
    const versions = (await call(http.app, { method: "GET", url: `${url}/versions`, as: d.agent })).json().items;
    expect(versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [3, "draft"],
      [2, "published"],
      [1, "draft"],
    ]);
    const diff = await call(http.app, { method: "GET", url: `${url}/diff?from=1&to=2`, as: d.agent });
    expect(diff.json()).toMatchObject({ title: null, body: [{ op: "same", text: "Open FortiClient." }] });
  });

  it("puts a published article's link or text into an answer and links it to the ticket", async () => {
    const d = await desk();
    const a = await d.write({
      title: "Reset your Outlook password",
      body: "1. Open **Outlook**\n2. Choose *Forgot password*",
      audiences: ["current"],
      status: "published",
    });
    const ticket = await buildTicket(ctx.deps, d.w.requester);
    const url = `/api/v1/tickets/${ticket.id}/article-inserts`;
    const link = await call(http.app, { method: "POST", url, body: { articleId: a.id, as: "link" }, as: d.agent });
    expect(link.statusCode, link.body).toBe(200);
    expect(link.json()).toMatchObject({
      text: `Reset your Outlook password: /kb/articles/${a.id}`,
      url: `/kb/articles/${a.id}`,
      items: [{ id: a.id, title: "Reset your Outlook password" }],
    });
    const text = await call(http.app, { method: "POST", url, body: { articleId: a.id, as: "text" }, as: d.agent });
    expect(text.json()).toMatchObject({
      text: "1. Open **Outlook**\n2. Choose *Forgot password*",
      items: [{ id: a.id }],
    });
    // The requester sees the linked article on their ticket.
    const seen = await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticket.id}/articles`, as: d.requester });
    expect(seen.json().items).toMatchObject([{ id: a.id }]);

    // With a public address the link is absolute.
    const deps = { ...ctx.deps, config: { ...ctx.deps.config, PUBLIC_URL: "https://help.example.test/" } };
    expect(await insertArticleInReply(deps, d.w.agent, ticket.id, { articleId: a.id, as: "link" })).toEqual({
      text: `Reset your Outlook password: https://help.example.test/kb/articles/${a.id}`,
      url: `https://help.example.test/kb/articles/${a.id}`,
    });
    expect(publicArticleUrl(undefined, "x")).toBe("/kb/articles/x");
  });

  it("refuses drafts, requesters and bad input in answers, naming the field", async () => {
    const d = await desk();
    const draft = await d.write({ title: "Not ready", body: "Soon.", audiences: ["current"] });
    const ticket = await buildTicket(ctx.deps, d.w.requester);
    const url = `/api/v1/tickets/${ticket.id}/article-inserts`;
    const refused = await call(http.app, {
      method: "POST",
      url,
      body: { articleId: draft.id, as: "link" },
      as: d.agent,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: "ARTICLE_NOT_PUBLISHED", errors: [{ field: "body.articleId" }] });
    const linked = await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticket.id}/articles`, as: d.agent });
    expect(linked.json().items).toEqual([]);
    const bad = await call(http.app, { method: "POST", url, body: { articleId: draft.id, as: "pdf" }, as: d.agent });
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(["body.as"]);
    const byRequester = await call(http.app, {
      method: "POST",
      url,
      body: { articleId: draft.id, as: "link" },
      as: d.requester,
    });
    expect(byRequester.statusCode).toBe(403);
  });
});
