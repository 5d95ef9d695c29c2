import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { PUBLISHED } from "../../../test/support/tutorials.ts";

describeEachEngine("writing and listing tutorials", (ctx) => {
  const http = withApp(ctx);

  it("lets staff create, translate and rewrite a tutorial; a stale version is a conflict; bad links are refused", async () => {
    const w = await buildWorkspace(ctx.deps);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    const body = {
      ...PUBLISHED,
      embedUrl: "https://youtu.be/dQw4w9WgXcQ",
      chapters: [{ title: "Start", startSeconds: 0 }],
    };
    expect((await call(http.app, { method: "POST", url: "/api/v1/tutorials", as: requester, body })).statusCode).toBe(
      403,
    );
    const created = await call(http.app, { method: "POST", url: "/api/v1/tutorials", as: agent, body });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      video: { kind: "embed", provider: "youtube", url: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" },
      abilities: { edit: true },
    });
    const { id, pairKey } = created.json();
    const urdu = await call(http.app, {
      method: "POST",
      url: "/api/v1/tutorials",
      as: agent,
      body: { ...body, language: "ur", title: "آؤٹ لک", translationOf: id },
    });
    expect(urdu.json().pairKey).toBe(pairKey);
    for (const [embedUrl, code] of [
      ["javascript:alert(1)", "EMBED_URL_REFUSED"],
      ["http://example.org/v", "EMBED_URL_REFUSED"],
    ]) {
      const refused = await call(http.app, {
        method: "POST",
        url: "/api/v1/tutorials",
        as: agent,
        body: { ...body, embedUrl },
      });
      expect(refused.json()).toMatchObject({ code, errors: [{ field: "body.embedUrl" }] });
    }
    const backwards = [
      { title: "b", startSeconds: 9 },
      { title: "a", startSeconds: 3 },
    ];
    const order = await call(http.app, {
      method: "PUT",
      url: `/api/v1/tutorials/${id}`,
      as: agent,
      body: { ...body, chapters: backwards, version: 1 },
    });
    expect(order.json()).toMatchObject({ code: "CHAPTERS_OUT_OF_ORDER", errors: [{ field: "body.chapters" }] });
    const rewritten = await call(http.app, {
      method: "PUT",
      url: `/api/v1/tutorials/${id}`,
      as: agent,
      body: { ...body, title: "New title", version: 1 },
    });
    expect(rewritten.json()).toMatchObject({ title: "New title", version: 2 });
    const stale = await call(http.app, {
      method: "PUT",
      url: `/api/v1/tutorials/${id}`,
      as: agent,
      body: { ...body, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
  });

  it("lists for each caller only what they may watch", async () => {
    const w = await buildWorkspace(ctx.deps);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    const make = (over: object) =>
      call(http.app, { method: "POST", url: "/api/v1/tutorials", as: agent, body: { ...PUBLISHED, ...over } });
    await make({ title: "Public" });
    await make({ title: "Signed in", visibility: "signed_in" });
    await make({ title: "Draft", status: "draft" });
    await make({ title: "Staff only", audiences: ["agents"] });
    const titles = async (as?: typeof agent) =>
      (await call(http.app, { method: "GET", url: "/api/v1/tutorials", ...(as ? { as } : {}) }))
        .json()
        .items.map((t: { title: string }) => t.title)
        .sort();
    expect(await titles()).toEqual(["Public"]);
    expect(await titles(requester)).toEqual(["Public", "Signed in"]);
    expect(await titles(agent)).toEqual(["Draft", "Public", "Signed in", "Staff only"]);
  });
});
