import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../../test/support/http.ts";
import { ensureSlaDefaults } from "../../sla/policy/ensure-sla-defaults.ts";

describeEachEngine("ticket routes", (ctx) => {
  const http = withApp(ctx);
  const body = { subject: "VPN drops every hour", description: "Since Monday.", impact: "person", urgency: "high" };

  it("opens a ticket for the signed-in requester and returns it with abilities", async () => {
    const w = await buildWorkspace(ctx.deps);
    const browser = await sessionFor(ctx.deps, w.requester.personId);
    const res = await call(http.app, { method: "POST", url: "/api/v1/tickets", body, as: browser });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      number: 10001,
      priority: "medium",
      status: "new",
      channel: "portal",
      abilities: { read: true, note: false },
    });
  });

  it("refuses a signed-in write without the CSRF token", async () => {
    const w = await buildWorkspace(ctx.deps);
    const browser = await sessionFor(ctx.deps, w.requester.personId);
    const res = await http.app.inject({
      method: "POST",
      url: "/api/v1/tickets",
      payload: body,
      headers: { cookie: browser.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ code: "CSRF_TOKEN_INVALID", errors: [{ field: "header.x-csrf-token" }] });
  });

  it("answers 401 problem+json without credentials", async () => {
    const res = await http.app.inject({ method: "GET", url: "/api/v1/tickets" });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
  });

  it("names the unknown field and the bad enum", async () => {
    const w = await buildWorkspace(ctx.deps);
    const token = await tokenFor(ctx.deps, w.agent.personId, ["tickets:write", "tickets:read"]);
    const unknown = await call(http.app, {
      method: "POST",
      url: "/api/v1/tickets",
      body: { ...body, requesterId: w.requester.personId, colour: "red" },
      as: token,
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toBe("body.colour");
    const badEnum = await call(http.app, {
      method: "POST",
      url: "/api/v1/tickets",
      body: { ...body, requesterId: w.requester.personId, impact: "galaxy" },
      as: token,
    });
    expect(badEnum.statusCode).toBe(422);
    expect(badEnum.json().errors[0].field).toBe("body.impact");
  });

  it("refuses a stale version with 409 and the current state", async () => {
    const w = await buildWorkspace(ctx.deps);
    const token = await tokenFor(ctx.deps, w.agent.personId, ["tickets:write", "tickets:read"]);
    const created = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/tickets",
        body: { ...body, requesterId: w.requester.personId },
        as: token,
      })
    ).json();
    const first = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/tickets/${created.id}`,
      body: { version: 1, status: "open" },
      as: token,
    });
    expect(first.statusCode).toBe(200);
    const stale = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/tickets/${created.id}`,
      body: { version: 1, status: "pending" },
      as: token,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: "VERSION_CONFLICT", currentVersion: 2, current: { status: "open" } });
  });

  it("hides another organization's ticket as 404", async () => {
    const w = await buildWorkspace(ctx.deps);
    const mine = await sessionFor(ctx.deps, w.requester.personId);
    const created = (await call(http.app, { method: "POST", url: "/api/v1/tickets", body, as: mine })).json();
    const outsider = await sessionFor(ctx.deps, w.outsider.personId);
    const res = await call(http.app, { method: "GET", url: `/api/v1/tickets/${created.id}`, as: outsider });
    expect(res.statusCode).toBe(404);
    expect((await call(http.app, { method: "GET", url: "/api/v1/tickets/10001", as: mine })).json().id).toBe(
      created.id,
    );
  });

  it("lists a ticket's children with parentId", async () => {
    const w = await buildWorkspace(ctx.deps);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const parent = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/tickets",
        body: { ...body, requesterId: w.requester.personId },
        as: agent,
      })
    ).json();
    const child = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/tickets",
        body: { ...body, requesterId: w.requester.personId, parentId: parent.id },
        as: agent,
      })
    ).json();
    const res = await call(http.app, { method: "GET", url: `/api/v1/tickets?parentId=${parent.id}`, as: agent });
    expect(res.json().items.map((t: { id: string }) => t.id)).toEqual([child.id]);
    const bad = await call(http.app, { method: "GET", url: "/api/v1/tickets?parentId=10001", as: agent });
    expect(bad.json()).toMatchObject({ status: 422, errors: [{ field: "query.parentId" }] });
  });

  it("sorts by priority most urgent first, and pages through the rest with the cursor", async () => {
    const w = await buildWorkspace(ctx.deps);
    const token = await tokenFor(ctx.deps, w.agent.personId, ["tickets:write", "tickets:read"]);
    for (const [impact, urgency] of [
      ["person", "low"],
      ["organization", "high"],
      ["department", "medium"],
      ["department", "high"],
    ]) {
      await call(http.app, {
        method: "POST",
        url: "/api/v1/tickets",
        body: { ...body, impact, urgency, requesterId: w.requester.personId },
        as: token,
      });
    }
    const first = (
      await call(http.app, { method: "GET", url: "/api/v1/tickets?sort=priority&limit=2", as: token })
    ).json();
    const rest = (
      await call(http.app, {
        method: "GET",
        url: `/api/v1/tickets?sort=priority&limit=2&cursor=${first.nextCursor}`,
        as: token,
      })
    ).json();
    expect([...first.items, ...rest.items].map((t: { priority: string }) => t.priority)).toEqual([
      "critical",
      "high",
      "medium",
      "low",
    ]);
  });

  it("shows the SLA at a glance on every ticket: due instants and breach, or null without a policy", async () => {
    const w = await buildWorkspace(ctx.deps);
    const token = await tokenFor(ctx.deps, w.agent.personId, ["tickets:write", "tickets:read"]);
    const outage = { ...body, impact: "organization", urgency: "high", requesterId: w.requester.personId };
    const before = (await call(http.app, { method: "POST", url: "/api/v1/tickets", body: outage, as: token })).json();
    expect(before.sla).toBeNull();
    await ensureSlaDefaults(ctx.deps);
    const created = (await call(http.app, { method: "POST", url: "/api/v1/tickets", body: outage, as: token })).json();
    const opened = Date.parse(created.createdAt);
    expect(Date.parse(created.sla.responseDueAt) - opened).toBe(5 * 60_000);
    expect(Date.parse(created.sla.resolutionDueAt) - opened).toBe(60 * 60_000);
    const listed = (await call(http.app, { method: "GET", url: "/api/v1/tickets", as: token })).json();
    expect(listed.items.find((t: { id: string }) => t.id === created.id).sla).toEqual(created.sla);
  });
});
