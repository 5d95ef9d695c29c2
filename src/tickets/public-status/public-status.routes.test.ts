import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../../test/support/http.ts";
import { auditLog } from "../../identity/identity.tables.ts";
import { getTicket } from "../ticket/get-ticket.ts";
import { publishIncident } from "./publish-incident.ts";
import { updateTicket } from "../ticket/update-ticket.ts";

describeEachEngine("public status routes", (ctx) => {
  const http = withApp(ctx);
  const status = () => http.app.inject({ method: "GET", url: "/api/v1/public/status" });

  it("shows nothing a requester typed: their Critical ticket is not on the page until staff publish it", async () => {
    const w = await buildWorkspace(ctx.deps);
    await buildTicket(ctx.deps, w.requester, {
      type: "incident",
      impact: "organization",
      urgency: "high",
      subject: "CEO's password is hunter2",
    });
    const res = await status();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ checkedAt: ctx.deps.clock.now().toISOString(), incidents: [] });
  });

  it("shows the incidents staff published, newest first, with their public title and timestamped updates only", async () => {
    const w = await buildWorkspace(ctx.deps);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const outage = {
      type: "incident" as const,
      impact: "organization" as const,
      urgency: "high" as const,
      requesterId: w.requester.personId,
      groupId: w.group.id,
    };
    const erp = await buildTicket(ctx.deps, w.agent, {
      ...outage,
      subject: "ERP down, my invoice #443 for ACME is stuck",
    });
    const mail = await buildTicket(ctx.deps, w.agent, { ...outage, subject: "mail broken (sent from my phone)" });
    const publish = (id: string, title: string) =>
      call(http.app, { method: "PUT", url: `/api/v1/tickets/${id}/public-incident`, body: { title }, as: agent });
    expect((await publish(erp.id, "ERP unavailable")).statusCode).toBe(200);
    ctx.deps.clock.advance(60_000);
    const published = await publish(mail.id, "Email delayed");
    expect(published.json()).toEqual({
      published: true,
      title: "Email delayed",
      publishedAt: "2026-03-02T09:01:00.000Z",
      updates: [],
    });
    ctx.deps.clock.advance(60_000);
    const update = await call(http.app, {
      method: "POST",
      url: `/api/v1/tickets/${erp.id}/public-incident/updates`,
      body: { body: "A failed disk is being replaced." },
      as: agent,
    });
    expect(update.statusCode, update.body).toBe(201);
    await updateTicket(ctx.deps, w.agent, erp.id, {
      version: (await getTicket(ctx.deps, w.agent, erp.id)).version,
      status: "resolved",
    });

    const res = await status();
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=30");
    expect(res.json().incidents).toEqual([
      {
        number: mail.number,
        title: "Email delayed",
        status: "new",
        resolved: false,
        since: "2026-03-02T09:01:00.000Z",
        resolvedAt: null,
        updates: [],
      },
      {
        number: erp.number,
        title: "ERP unavailable",
        status: "resolved",
        resolved: true,
        since: "2026-03-02T09:00:00.000Z",
        resolvedAt: "2026-03-02T09:02:00.000Z",
        updates: [{ body: "A failed disk is being replaced.", at: "2026-03-02T09:02:00.000Z" }],
      },
    ]);
    expect(res.body).not.toContain("invoice");
    expect(res.body).not.toContain("phone");

    // Taken off the page: gone at once, kept in the ticket's history.
    expect(
      (await call(http.app, { method: "DELETE", url: `/api/v1/tickets/${mail.id}/public-incident`, as: agent })).json(),
    ).toMatchObject({ published: false });
    expect((await status()).json().incidents.map((i: { number: number }) => i.number)).toEqual([erp.number]);
    const history = (
      await call(http.app, { method: "GET", url: `/api/v1/tickets/${mail.id}/events`, as: agent })
    ).json().items;
    expect(
      history
        .filter((e: { type: string }) => e.type === "public_incident")
        .map((e: { data: { action: string } }) => e.data.action),
    ).toEqual(["published", "unpublished"]);
    // A resolved incident stays a day.
    ctx.deps.clock.advance(24 * 3_600_000 + 1);
    ctx.deps.cache.invalidate();
    expect((await status()).json().incidents).toEqual([]);
  });

  it("lets only staff publish, and names what is wrong", async () => {
    const w = await buildWorkspace(ctx.deps);
    const t = await buildTicket(ctx.deps, w.requester, { impact: "organization", urgency: "high" });
    const url = `/api/v1/tickets/${t.id}/public-incident`;
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    const refused = await call(http.app, { method: "PUT", url, body: { title: "Everything is down" }, as: requester });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("TICKET_ACTION_FORBIDDEN");
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const notYet = await call(http.app, {
      method: "POST",
      url: `${url}/updates`,
      body: { body: "Still down" },
      as: admin,
    });
    expect(notYet.statusCode).toBe(404);
    expect(notYet.json()).toMatchObject({ code: "PUBLIC_INCIDENT_NOT_FOUND", errors: [{ field: "params.id" }] });
    const blank = await call(http.app, { method: "PUT", url, body: { title: "  " }, as: admin });
    expect(blank.statusCode).toBe(422);
    expect(blank.json().errors[0].field).toBe("body.title");
    expect(
      (await call(http.app, { method: "PUT", url, body: { title: "Network outage" }, as: admin })).statusCode,
    ).toBe(200);
    const same = await call(http.app, { method: "PUT", url, body: { title: "Network outage" }, as: admin });
    expect(same.json()).toMatchObject({ code: "NOTHING_TO_CHANGE", errors: [{ field: "body.title" }] });
  });

  it("lists at most 20 incidents", async () => {
    const w = await buildWorkspace(ctx.deps);
    for (let i = 0; i < 22; i++) {
      const t = await buildTicket(ctx.deps, w.agent, {
        impact: "organization",
        urgency: "high",
        requesterId: w.requester.personId,
        subject: `Outage ${i}`,
      });
      await publishIncident(ctx.deps, w.admin, t.id, `Outage ${i}`);
    }
    expect((await status()).json().incidents).toHaveLength(20);
  });

  it("is switched off and on by an admin (audited); off it answers 404 STATUS_PAGE_DISABLED", async () => {
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    expect((await call(http.app, { method: "GET", url: "/api/v1/settings/public-status", as: admin })).json()).toEqual({
      enabled: true,
    });
    const off = await call(http.app, {
      method: "PUT",
      url: "/api/v1/settings/public-status",
      body: { enabled: false },
      as: admin,
    });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toEqual({ enabled: false });
    const res = await status();
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json().code).toBe("STATUS_PAGE_DISABLED");
    await call(http.app, { method: "PUT", url: "/api/v1/settings/public-status", body: { enabled: true }, as: admin });
    expect((await status()).statusCode).toBe(200);
    const rows = await ctx.deps.db.select().from(auditLog);
    expect(rows.map((r) => [r.action, r.entity, r.entityId, r.changes])).toEqual([
      ["public_status.updated", "setting", "public_status", { enabled: { from: true, to: false } }],
      ["public_status.updated", "setting", "public_status", { enabled: { from: false, to: true } }],
    ]);
  });

  it("lets only admins read or change the switch, and names a bad body", async () => {
    const w = await buildWorkspace(ctx.deps);
    for (const who of [w.agent, w.requester]) {
      const as = await sessionFor(ctx.deps, who.personId);
      expect(
        (await call(http.app, { method: "PUT", url: "/api/v1/settings/public-status", body: { enabled: false }, as }))
          .statusCode,
      ).toBe(403);
      expect((await call(http.app, { method: "GET", url: "/api/v1/settings/public-status", as })).statusCode).toBe(403);
    }
    const readOnly = await tokenFor(ctx.deps, w.admin.personId, ["directory:read"]);
    expect(
      (
        await call(http.app, {
          method: "PUT",
          url: "/api/v1/settings/public-status",
          body: { enabled: false },
          as: readOnly,
        })
      ).json().code,
    ).toBe("SCOPE_MISSING");
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const bad = await call(http.app, {
      method: "PUT",
      url: "/api/v1/settings/public-status",
      body: { enabled: "no", colour: 1 },
      as: admin,
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["body.colour", "body.enabled"]);
    expect(
      (await http.app.inject({ method: "PUT", url: "/api/v1/settings/public-status", payload: { enabled: false } }))
        .statusCode,
    ).toBe(401);
  });
});
