import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildTicket, buildWorkspace } from "../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../test/support/http.ts";
import { auditLog } from "../identity/identity.tables.ts";
import { updateTicket } from "../tickets/ticket/update-ticket.ts";

describeEachEngine("rating routes", (ctx) => {
  const http = withApp(ctx);

  async function setUp(status: "resolved" | "closed" | "open" = "resolved") {
    const w = await buildWorkspace(ctx.deps);
    const t = await buildTicket(ctx.deps, w.agent, { requesterId: w.requester.personId, groupId: w.group.id });
    if (status !== "open") await updateTicket(ctx.deps, w.agent, t.id, { version: 1, status: "resolved" });
    if (status === "closed") await updateTicket(ctx.deps, w.agent, t.id, { version: 2, status: "closed" });
    if (status === "open") await updateTicket(ctx.deps, w.agent, t.id, { version: 1, status: "open" });
    return { w, t, url: `/api/v1/tickets/${t.id}/rating`, requester: await sessionFor(ctx.deps, w.requester.personId) };
  }

  it("lets the requester rate a resolved ticket, then revise it; anyone who may read the ticket sees it", async () => {
    const { w, t, url, requester } = await setUp();
    expect((await call(http.app, { method: "GET", url, as: requester })).json()).toEqual({ rating: null });
    const first = await call(http.app, {
      method: "PUT",
      url,
      body: { score: 4, comment: "  Quick, thanks.  " },
      as: requester,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({
      rating: {
        score: 4,
        comment: "Quick, thanks.",
        createdAt: "2026-03-02T09:00:00.000Z",
        updatedAt: "2026-03-02T09:00:00.000Z",
      },
    });
    ctx.deps.clock.advance(60_000);
    const revised = await call(http.app, {
      method: "PUT",
      url: `/api/v1/tickets/${t.number}/rating`,
      body: { score: 2 },
      as: requester,
    });
    expect(revised.json()).toEqual({
      rating: { score: 2, comment: "", createdAt: "2026-03-02T09:00:00.000Z", updatedAt: "2026-03-02T09:01:00.000Z" },
    });
    const agentView = await call(http.app, { method: "GET", url, as: await sessionFor(ctx.deps, w.agent.personId) });
    expect(agentView.json().rating).toMatchObject({ score: 2 });
    const audit = await ctx.deps.db.select().from(auditLog);
    expect(audit.map((r) => [r.action, r.entity, r.entityId, r.actorId, r.changes])).toEqual([
      [
        "satisfaction_rating.created",
        "satisfaction_rating",
        t.id,
        w.requester.personId,
        { score: { from: null, to: 4 }, comment: { from: null, to: "Quick, thanks." } },
      ],
      [
        "satisfaction_rating.revised",
        "satisfaction_rating",
        t.id,
        w.requester.personId,
        { score: { from: 4, to: 2 }, comment: { from: "Quick, thanks.", to: "" } },
      ],
    ]);
    // The same rating again changes nothing and records nothing.
    await call(http.app, { method: "PUT", url, body: { score: 2 }, as: requester });
    expect(await ctx.deps.db.select().from(auditLog)).toHaveLength(2);
  });

  it("accepts a closed ticket and refuses one still being worked (409 TICKET_NOT_RESOLVED)", async () => {
    const closed = await setUp("closed");
    expect(
      (await call(http.app, { method: "PUT", url: closed.url, body: { score: 5 }, as: closed.requester })).statusCode,
    ).toBe(200);
    const open = await setUp("open");
    const res = await call(http.app, { method: "PUT", url: open.url, body: { score: 5 }, as: open.requester });
    expect(res.statusCode).toBe(409);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ code: "TICKET_NOT_RESOLVED" });
  });

  it("lets no one but the requester rate: staff and colleagues who see it 403, others 404", async () => {
    const { w, url } = await setUp();
    const agent = await call(http.app, {
      method: "PUT",
      url,
      body: { score: 5 },
      as: await sessionFor(ctx.deps, w.agent.personId),
    });
    expect(agent.statusCode).toBe(403);
    expect(agent.json().code).toBe("TICKET_ACTION_FORBIDDEN");
    const outsider = await call(http.app, {
      method: "PUT",
      url,
      body: { score: 5 },
      as: await sessionFor(ctx.deps, w.outsider.personId),
    });
    expect(outsider.statusCode).toBe(404);
    expect(
      (await call(http.app, { method: "GET", url, as: await sessionFor(ctx.deps, w.colleague.personId) })).statusCode,
    ).toBe(404);
    const readOnly = await tokenFor(ctx.deps, w.requester.personId, ["tickets:read"]);
    expect((await call(http.app, { method: "PUT", url, body: { score: 5 }, as: readOnly })).json().code).toBe(
      "SCOPE_MISSING",
    );
  });

  it("names a bad score or comment", async () => {
    const { url, requester } = await setUp();
    for (const [body, field] of [
      [{ score: 0 }, "body.score"],
      [{ score: 6 }, "body.score"],
      [{ score: 3.5 }, "body.score"],
      [{}, "body.score"],
      [{ score: 3, comment: "x".repeat(2001) }, "body.comment"],
      [{ score: 3, comment: "a\u0000b" }, "body.comment"],
      [{ score: 3, stars: 3 }, "body.stars"],
    ] as const) {
      const res = await call(http.app, { method: "PUT", url, body, as: requester });
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(res.json().errors[0].field).toBe(field);
    }
  });
});
