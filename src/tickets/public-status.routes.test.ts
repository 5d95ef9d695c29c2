import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildTicket, buildWorkspace } from "../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../test/support/http.ts";
import { auditLog } from "../identity/identity.tables.ts";
import { updateTicket } from "./update-ticket.ts";

describeEachEngine("public status routes", (ctx) => {
  const http = withApp(ctx);
  const status = () => http.app.inject({ method: "GET", url: "/api/v1/public/status" });

  it("shows open critical incidents newest first, without signing in and without who raised them", async () => {
    const w = await buildWorkspace(ctx.deps);
    const outage = { type: "incident" as const, impact: "organization" as const, urgency: "high" as const, requesterId: w.requester.personId };
    const older = await buildTicket(ctx.deps, w.agent, { ...outage, subject: "ERP unreachable" });
    ctx.deps.clock.advance(60_000);
    const newer = await buildTicket(ctx.deps, w.agent, { ...outage, subject: "Email down for everyone" });
    ctx.deps.clock.advance(60_000);
    const fixed = await buildTicket(ctx.deps, w.agent, { ...outage, subject: "VPN down" });
    await updateTicket(ctx.deps, w.agent, fixed.id, { version: 1, status: "resolved" });
    await buildTicket(ctx.deps, w.agent, { ...outage, type: "service_request", subject: "Urgent request" });
    await buildTicket(ctx.deps, w.agent, { ...outage, urgency: "low", subject: "Not critical" });
    await updateTicket(ctx.deps, w.agent, older.id, { version: 1, status: "open" });

    const res = await status();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=30");
    expect(res.json()).toEqual({
      checkedAt: ctx.deps.clock.now().toISOString(),
      incidents: [
        { number: newer.number, subject: "Email down for everyone", priority: "critical", status: "new", since: "2026-03-02T09:01:00.000Z" },
        { number: older.number, subject: "ERP unreachable", priority: "critical", status: "open", since: "2026-03-02T09:00:00.000Z" },
      ],
    });
  });

  it("lists at most 20 incidents", async () => {
    const w = await buildWorkspace(ctx.deps);
    for (let i = 0; i < 22; i++) await buildTicket(ctx.deps, w.agent, { impact: "organization", urgency: "high", requesterId: w.requester.personId, subject: `Outage ${i}` });
    expect((await status()).json().incidents).toHaveLength(20);
  });

  it("is switched off and on by an admin (audited); off it answers 404 STATUS_PAGE_DISABLED", async () => {
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    expect((await call(http.app, { method: "GET", url: "/api/v1/settings/public-status", as: admin })).json()).toEqual({ enabled: true });
    const off = await call(http.app, { method: "PUT", url: "/api/v1/settings/public-status", body: { enabled: false }, as: admin });
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
      expect((await call(http.app, { method: "PUT", url: "/api/v1/settings/public-status", body: { enabled: false }, as })).statusCode).toBe(403);
      expect((await call(http.app, { method: "GET", url: "/api/v1/settings/public-status", as })).statusCode).toBe(403);
    }
    const readOnly = await tokenFor(ctx.deps, w.admin.personId, ["directory:read"]);
    expect((await call(http.app, { method: "PUT", url: "/api/v1/settings/public-status", body: { enabled: false }, as: readOnly })).json().code).toBe("SCOPE_MISSING");
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const bad = await call(http.app, { method: "PUT", url: "/api/v1/settings/public-status", body: { enabled: "no", colour: 1 }, as: admin });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(["body.colour", "body.enabled"]);
    expect((await http.app.inject({ method: "PUT", url: "/api/v1/settings/public-status", payload: { enabled: false } })).statusCode).toBe(401);
  });
});
