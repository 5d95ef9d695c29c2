import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";

describeEachEngine("knowledge base articles over HTTP", (ctx) => {
  const http = withApp(ctx);

  async function desk() {
    const w = await buildWorkspace(ctx.deps);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    const category = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/kb/categories",
        body: { name: "Email & Outlook", nameUr: "ای میل" },
        as: agent,
      })
    ).json();
    const write = async (body: Record<string, unknown>) => {
      const res = await call(http.app, { method: "POST", url: "/api/v1/kb/articles", body, as: agent });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    return { w, agent, requester, category, write };
  }

  it("lets staff write a draft that only staff see, publish it, and requesters and visitors read it rendered safely", async () => {
    const d = await desk();
    const draft = await d.write({
      title: "Reset your Outlook password",
      body: "# Steps\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(1)) **Forgot password**",
      categoryId: d.category.id,
      audiences: ["current", "new"],
      tags: ["Outlook", "password", "outlook"],
      visibility: "public",
    });
    expect(draft).toMatchObject({
      key: "reset-your-outlook-password",
      language: "en",
      direction: "ltr",
      status: "draft",
      version: 1,
      tags: ["outlook", "password"],
      audiences: ["new", "current"],
      ownerId: d.w.agent.personId,
      categoryName: "Email & Outlook",
      abilities: { edit: true },
    });
    expect(draft.html).not.toContain("<script");
    expect(draft.html).not.toMatch(/href="javascript:/i);
    expect(draft.html).toContain("&lt;script&gt;");
    const url = `/api/v1/kb/articles/${draft.id}`;
    expect((await call(http.app, { method: "GET", url, as: d.requester })).statusCode).toBe(404);
    expect((await call(http.app, { method: "GET", url: `/api/v1/public/kb/articles/${draft.id}` })).statusCode).toBe(
      404,
    );

    const published = await call(http.app, {
      method: "PATCH",
      url,
      body: { version: 1, status: "published" },
      as: d.agent,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: "published", version: 2 });
    const stale = await call(http.app, { method: "PATCH", url, body: { version: 1, title: "Old" }, as: d.agent });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: "ARTICLE_VERSION_CONFLICT", errors: [{ field: "body.version" }] });

    const read = await call(http.app, { method: "GET", url, as: d.requester });
    expect(read.json()).toMatchObject({
      title: "Reset your Outlook password",
      abilities: { edit: false },
      viewCount: 1,
    });
    const visitor = await call(http.app, { method: "GET", url: `/api/v1/public/kb/articles/${draft.id}` });
    expect(visitor.statusCode).toBe(200);
    expect(visitor.json().viewCount).toBe(2);
    const editing = await call(http.app, { method: "GET", url: `${url}?purpose=edit`, as: d.agent });
    expect(editing.json().viewCount).toBe(2);
    const refused = await call(http.app, {
      method: "POST",
      url: "/api/v1/kb/articles",
      body: { title: "Mine", body: "text", audiences: ["new"] },
      as: d.requester,
    });
    expect(refused.statusCode).toBe(403);
  });

  it("keeps agents-only articles from requesters and signed-in ones from visitors, and pairs language versions", async () => {
    const d = await desk();
    const internal = await d.write({
      title: "Escalate to L2",
      body: "When…",
      audiences: ["agents"],
      status: "published",
    });
    const signedIn = await d.write({
      key: "vpn",
      title: "Connect to the VPN",
      body: "Open GlobalProtect.",
      audiences: ["current"],
      status: "published",
    });
    const urdu = await d.write({
      key: "vpn",
      language: "ur",
      title: "وی پی این سے جڑیں",
      body: "گلوبل پروٹیکٹ کھولیں۔",
      audiences: ["current"],
      status: "published",
      visibility: "public",
    });
    expect(urdu).toMatchObject({ direction: "rtl", translations: [{ id: signedIn.id, language: "en" }] });
    const list = async (as?: typeof d.agent) =>
      (await call(http.app, { method: "GET", url: as ? "/api/v1/kb/articles" : "/api/v1/public/kb/articles", as }))
        .json()
        .items.map((a: { id: string }) => a.id)
        .sort();
    expect(await list(d.agent)).toEqual([internal.id, signedIn.id, urdu.id].sort());
    expect(await list(d.requester)).toEqual([signedIn.id, urdu.id].sort());
    expect(await list()).toEqual([urdu.id]);
    expect(
      (await call(http.app, { method: "GET", url: `/api/v1/kb/articles/${internal.id}`, as: d.requester })).statusCode,
    ).toBe(404);
    const visitorUrdu = await call(http.app, { method: "GET", url: `/api/v1/public/kb/articles/${urdu.id}` });
    expect(visitorUrdu.json().translations).toEqual([]);
    const taken = await call(http.app, {
      method: "POST",
      url: "/api/v1/kb/articles",
      body: { key: "vpn", title: "Again", body: "x", audiences: ["new"] },
      as: d.agent,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: "ARTICLE_KEY_TAKEN", errors: [{ field: "body.key" }] });
  });

  it("keeps every version, diffs two and restores an earlier one as a new version, audited", async () => {
    const d = await desk();
    const a = await d.write({ title: "VPN", body: "Line one\nLine two\n", audiences: ["current"] });
    const url = `/api/v1/kb/articles/${a.id}`;
    await call(http.app, {
      method: "PATCH",
      url,
      body: { version: 1, body: "Line one\nLine 2\n", note: "typo" },
      as: d.agent,
    });
    const versions = (await call(http.app, { method: "GET", url: `${url}/versions`, as: d.agent })).json().items;
    expect(versions.map((v: { version: number; note: string }) => [v.version, v.note])).toEqual([
      [2, "typo"],
      [1, ""],
    ]);
    const diff = (await call(http.app, { method: "GET", url: `${url}/diff?from=1&to=2`, as: d.agent })).json();
    expect(diff).toEqual({
      from: 1,
      to: 2,
      title: null,
      body: [
        { op: "same", text: "Line one\n" },
        { op: "removed", text: "Line two\n" },
        { op: "added", text: "Line 2\n" },
      ],
    });
    const restored = await call(http.app, { method: "POST", url: `${url}/versions/1/restore`, as: d.agent });
    expect(restored.json()).toMatchObject({ version: 3, body: "Line one\nLine two\n" });
    const missing = await call(http.app, { method: "GET", url: `${url}/diff?from=1&to=9`, as: d.agent });
    expect(missing.json()).toMatchObject({ code: "ARTICLE_VERSION_NOT_FOUND", errors: [{ field: "query.to" }] });
    expect((await call(http.app, { method: "GET", url: `${url}/versions`, as: d.requester })).statusCode).toBe(403);
    await call(http.app, {
      method: "PATCH",
      url,
      body: { version: 3, status: "published", visibility: "public" },
      as: d.agent,
    });
    const audit = (
      await call(http.app, {
        method: "GET",
        url: `/api/v1/audit?entity=kb_article&entityId=${a.id}`,
        as: await sessionFor(ctx.deps, d.w.admin.personId),
      })
    ).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(["kb_article.updated", "kb_article.created"]);
    expect(audit[0].changes).toEqual({
      status: { from: "draft", to: "published" },
      visibility: { from: "signed_in", to: "public" },
    });
  });

  it("suggests articles for a draft request, counts a deflection once per draft, and reports them to owners", async () => {
    const d = await desk();
    const a = await d.write({
      title: "Reset your Outlook password",
      body: "Choose Forgot password.",
      audiences: ["current"],
      tags: ["outlook"],
      status: "published",
    });
    await d.write({
      title: "Connect to the VPN",
      body: "Open GlobalProtect.",
      audiences: ["current"],
      status: "published",
    });
    const text = encodeURIComponent(
      "Outlook keeps asking for my password\nSince this morning Outlook asks again and again.",
    );
    const suggestions = (
      await call(http.app, { method: "GET", url: `/api/v1/kb/suggestions?text=${text}`, as: d.requester })
    ).json().items;
    expect(suggestions.map((s: { title: string }) => s.title)).toEqual(["Reset your Outlook password"]);
    // Its Urdu version (the same key) does not make it twice; an Urdu reader gets that version, though only the
    // English one has the draft's words.
    await d.write({
      key: a.key,
      language: "ur",
      title: "آؤٹ لک کا پاس ورڈ دوبارہ بنائیں",
      body: "پاس ورڈ بھول گئے کا انتخاب کریں۔",
      audiences: ["current"],
      status: "published",
    });
    const suggest = async (language: string) =>
      (
        await call(http.app, {
          method: "GET",
          url: `/api/v1/kb/suggestions?text=${text}&language=${language}`,
          as: d.requester,
        })
      )
        .json()
        .items.map((s: { key: string; language: string }) => [s.key, s.language]);
    expect(await suggest("en")).toEqual([[a.key, "en"]]);
    expect(await suggest("ur")).toEqual([[a.key, "ur"]]);
    const draftId = randomUUID();
    const deflect = () =>
      call(http.app, {
        method: "POST",
        url: "/api/v1/kb/deflections",
        body: { draftId, articleId: a.id },
        as: d.requester,
      });
    expect((await deflect()).json()).toEqual({ counted: true });
    expect((await deflect()).json()).toEqual({ counted: false });
    const rate = await call(http.app, {
      method: "POST",
      url: `/api/v1/kb/articles/${a.id}/feedback`,
      body: { helpful: false, comment: "Still asks" },
      as: d.requester,
    });
    expect(rate.statusCode).toBe(204);
    await call(http.app, { method: "GET", url: `/api/v1/kb/articles/${a.id}`, as: d.requester });
    const report = (await call(http.app, { method: "GET", url: "/api/v1/kb/report", as: d.agent })).json();
    expect(report.deflections).toEqual([expect.objectContaining({ id: a.id, deflections: 1, views: 1, unhelpful: 1 })]);
    expect(report.leastHelpful[0]).toMatchObject({ id: a.id });
    expect(report.comments).toEqual([
      expect.objectContaining({ articleId: a.id, comment: "Still asks", helpful: false }),
    ]);
    expect((await call(http.app, { method: "GET", url: "/api/v1/kb/report", as: d.requester })).statusCode).toBe(403);
  });

  it("links articles to a ticket for the people who read the ticket", async () => {
    const d = await desk();
    const a = await d.write({
      title: "Reset your Outlook password",
      body: "Steps",
      audiences: ["current"],
      status: "published",
    });
    const ticket = await buildTicket(ctx.deps, d.w.requester);
    const url = `/api/v1/tickets/${ticket.id}/articles`;
    expect((await call(http.app, { method: "POST", url, body: { articleId: a.id }, as: d.requester })).statusCode).toBe(
      403,
    );
    const linked = await call(http.app, {
      method: "POST",
      url,
      body: { articleId: a.id },
      as: await sessionFor(ctx.deps, d.w.admin.personId),
    });
    expect(linked.statusCode, linked.body).toBe(200);
    const seen = (await call(http.app, { method: "GET", url, as: d.requester })).json().items;
    expect(seen).toEqual([expect.objectContaining({ id: a.id, title: "Reset your Outlook password" })]);
    const outsider = await sessionFor(ctx.deps, d.w.outsider.personId);
    expect((await call(http.app, { method: "GET", url, as: outsider })).statusCode).toBe(404);
  });

  it("refuses bad input naming the field", async () => {
    const d = await desk();
    const cases: Array<[unknown, string]> = [
      [{ title: "", body: "x", audiences: ["new"] }, "body.title"],
      [{ title: "T", body: "  ", audiences: ["new"] }, "body.body"],
      [{ title: "T", body: "x", audiences: [] }, "body.audiences"],
      [{ title: "T", body: "x", audiences: ["everyone"] }, "body.audiences.0"],
      [{ title: "T", body: "x", audiences: ["new"], key: "Not A Key" }, "body.key"],
      [{ title: "T", body: "x", audiences: ["new"], language: "fr" }, "body.language"],
      [{ title: "T", body: "x", audiences: ["new"], reviewBy: "next week" }, "body.reviewBy"],
      [{ title: "T", body: "x", audiences: ["new"], categoryId: randomUUID() }, "body.categoryId"],
      [{ title: "T", body: "x", audiences: ["new"], ownerId: d.w.requester.personId }, "body.ownerId"],
    ];
    for (const [body, field] of cases) {
      const res = await call(http.app, { method: "POST", url: "/api/v1/kb/articles", body, as: d.agent });
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const dup = await call(http.app, {
      method: "POST",
      url: "/api/v1/kb/categories",
      body: { name: "email & OUTLOOK" },
      as: d.agent,
    });
    expect(dup.json()).toMatchObject({ code: "KB_CATEGORY_NAME_TAKEN", errors: [{ field: "body.name" }] });
  });
});
