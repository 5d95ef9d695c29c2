import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildGroup, buildPerson, buildWorkspace, ticketInput } from "../../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp, type Browser } from "../../../test/support/http.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { updateTicket } from "../../tickets/ticket/update-ticket.ts";
import { ensureSlaDefaults } from "../policy/ensure-sla-defaults.ts";

const GHOST = "00000000-0000-4000-8000-000000000000";

describeEachEngine("ticket SLA and escalation routes", (ctx) => {
  const http = withApp(ctx);

  // The clock starts on Monday 2026-03-02 at 14:00 in Karachi (09:00Z): a medium ticket has 60 min to a response, 480 to resolution.
  async function setup() {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const manager = await buildPerson(ctx.deps, w.provider.id, "manager");
    const l2 = await buildGroup(ctx.deps, { tier: 2, members: [manager.id] });
    const ticket = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ requesterId: w.requester.personId, groupId: w.group.id }),
    );
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    return {
      w,
      manager,
      l2,
      ticket,
      agent,
      boss: await sessionFor(ctx.deps, manager.id),
      admin: await sessionFor(ctx.deps, w.admin.personId),
    };
  }

  it("folds the clocks live at now under the pinned version, with segments, OLA and escalations for staff", async () => {
    const s = await setup();
    ctx.deps.clock.advance(20 * 60_000);
    await updateTicket(ctx.deps, s.w.agent, s.ticket.id, { version: 1, status: "pending" });
    ctx.deps.clock.advance(10 * 60_000);
    const res = await call(http.app, { method: "GET", url: `/api/v1/tickets/${s.ticket.number}/sla`, as: s.agent });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      ticketId: s.ticket.id,
      priority: "medium",
      computedAt: "2026-03-02T09:30:00.000Z",
      policy: { name: "Standard SLA", version: 1 },
      escalations: [],
    });
    const [response, resolution] = body.clocks;
    expect(response).toMatchObject({
      kind: "first_response",
      state: "running",
      usedMinutes: 30,
      remainingMinutes: 30,
      dueAt: "2026-03-02T15:00:00+05:00",
      outcome: "pending",
    });
    expect(resolution).toMatchObject({
      kind: "resolution",
      state: "paused",
      usedMinutes: 20,
      remainingMinutes: 460,
      dueAt: null,
    });
    expect(resolution.segments).toEqual([
      { from: "2026-03-02T14:00:00+05:00", to: "2026-03-02T14:20:00+05:00", running: true, cause: "ticket opened" },
      { from: "2026-03-02T14:20:00+05:00", to: null, running: false, cause: "status → pending" },
    ]);
    expect(body.ola).toEqual([
      expect.objectContaining({
        groupId: s.w.group.id,
        heldMinutes: 20,
        targetMinutes: null,
        exceeded: null,
        holding: false,
      }),
    ]);
  });

  it("shows requesters their clocks but not the internal OLA and escalations; another organization gets 404", async () => {
    const s = await setup();
    const mine = await call(http.app, {
      method: "GET",
      url: `/api/v1/tickets/${s.ticket.id}/sla`,
      as: await sessionFor(ctx.deps, s.w.requester.personId),
    });
    expect(mine.json()).toMatchObject({
      ola: null,
      escalations: null,
      clocks: [{ kind: "first_response" }, { kind: "resolution" }],
    });
    const outsider = await sessionFor(ctx.deps, s.w.outsider.personId);
    const hidden = await call(http.app, { method: "GET", url: `/api/v1/tickets/${s.ticket.id}/sla`, as: outsider });
    expect(hidden.json()).toMatchObject({ status: 404, code: "TICKET_NOT_FOUND", errors: [{ field: "params.id" }] });
    expect(
      (await call(http.app, { method: "GET", url: `/api/v1/tickets/${s.ticket.id}/escalations`, as: outsider }))
        .statusCode,
    ).toBe(404);
    const requesterLog = await call(http.app, {
      method: "GET",
      url: `/api/v1/tickets/${s.ticket.id}/escalations`,
      as: await sessionFor(ctx.deps, s.w.requester.personId),
    });
    expect(requesterLog.json()).toMatchObject({ status: 403, code: "TICKET_ACTION_FORBIDDEN" });
  });

  it("measures each group's hold against its internal target", async () => {
    const s = await setup();
    const put = await call(http.app, {
      method: "PUT",
      url: `/api/v1/sla/group-targets/${s.w.group.id}`,
      body: { minutes: { medium: 15 } },
      as: s.admin,
    });
    expect(put.json()).toEqual({ groupId: s.w.group.id, calendarId: null, minutes: { medium: 15 } });
    ctx.deps.clock.advance(20 * 60_000);
    const body = (
      await call(http.app, { method: "GET", url: `/api/v1/tickets/${s.ticket.id}/sla`, as: s.agent })
    ).json();
    expect(body.ola).toEqual([
      expect.objectContaining({ heldMinutes: 20, targetMinutes: 15, exceeded: true, holding: true }),
    ]);
  });

  it("escalates by hand: moves the group, raises the priority and tells people — one act, one record", async () => {
    const s = await setup();
    const body = { reason: "Payroll run blocked", toGroupId: s.l2.id, notify: [s.manager.id], raisePriority: true };
    const res = await call(http.app, {
      method: "POST",
      url: `/api/v1/tickets/${s.ticket.id}/escalations`,
      body,
      as: s.agent,
    });
    expect(res.statusCode).toBe(201);
    const { items, ticket } = res.json();
    expect(ticket).toMatchObject({
      groupId: s.l2.id,
      priority: "high",
      priorityOverride: "Payroll run blocked",
      version: 2,
    });
    expect(items.map((e: { kind: string }) => e.kind)).toEqual(["manual"]);
    expect(items[0]).toMatchObject({
      fromGroupId: s.w.group.id,
      toGroupId: s.l2.id,
      fromPriority: "medium",
      toPriority: "high",
      notified: [s.manager.id],
      actorId: s.w.agent.personId,
      rule: null,
      reason: "Payroll run blocked",
    });
    const log = await call(http.app, { method: "GET", url: `/api/v1/tickets/${s.ticket.id}/escalations`, as: s.boss });
    expect(log.json().items).toHaveLength(1);
    for (const kind of ["functional", "priority", "hierarchical", "manual"]) {
      const found = (
        await call(http.app, { method: "GET", url: `/api/v1/escalations?kind=${kind}`, as: s.boss })
      ).json().items;
      expect(
        found.map((e: { id: string }) => e.id),
        kind,
      ).toEqual([items[0].id]);
    }
    const inbox = await call(http.app, { method: "GET", url: "/api/v1/notifications", as: s.boss });
    expect(inbox.json()).toMatchObject({
      unread: 1,
      items: [{ ticketId: s.ticket.id, kind: "escalation.manual", body: "Payroll run blocked", readAt: null }],
    });
    const sla = (await call(http.app, { method: "GET", url: `/api/v1/tickets/${s.ticket.id}/sla`, as: s.boss })).json();
    expect(sla.clocks[0]).toMatchObject({ targetMinutes: 10 });
    expect(sla.escalations).toHaveLength(1);
  });

  it("refuses a bad escalation, naming the field, and writes nothing", async () => {
    const s = await setup();
    const url = `/api/v1/tickets/${s.ticket.id}/escalations`;
    const post = (body: unknown, as: Browser | string = s.agent) => call(http.app, { method: "POST", url, body, as });
    expect((await post({ reason: "x", toGroupId: GHOST })).json()).toMatchObject({
      status: 422,
      code: "UNKNOWN_GROUP",
      errors: [{ field: "body.toGroupId" }],
    });
    expect((await post({ reason: "x", toGroupId: s.w.group.id })).json()).toMatchObject({
      status: 422,
      code: "ALREADY_IN_GROUP",
      errors: [{ field: "body.toGroupId" }],
    });
    expect((await post({ reason: "x", notify: [s.manager.id, s.w.requester.personId] })).json()).toMatchObject({
      status: 422,
      code: "UNKNOWN_PERSON",
      errors: [{ field: "body.notify.1" }],
    });
    expect((await post({ toGroupId: s.l2.id })).json()).toMatchObject({
      status: 422,
      code: "VALIDATION_FAILED",
      errors: [{ field: "body.reason" }],
    });
    expect((await post({ reason: "x", colour: "red" })).json()).toMatchObject({
      status: 422,
      errors: [{ field: "body.colour", message: "unknown field" }],
    });
    const requester = await post({ reason: "please" }, await sessionFor(ctx.deps, s.w.requester.personId));
    expect(requester.json()).toMatchObject({ status: 403, code: "TICKET_ACTION_FORBIDDEN" });
    const readOnly = await post({ reason: "x" }, await tokenFor(ctx.deps, s.w.agent.personId, ["tickets:read"]));
    expect(readOnly.json()).toMatchObject({ status: 403, code: "SCOPE_MISSING" });
    const critical = await createTicket(
      ctx.deps,
      s.w.agent,
      ticketInput({ requesterId: s.w.requester.personId, impact: "organization", urgency: "high" }),
    );
    const top = await call(http.app, {
      method: "POST",
      url: `/api/v1/tickets/${critical.id}/escalations`,
      body: { reason: "x", raisePriority: true },
      as: s.agent,
    });
    expect(top.json()).toMatchObject({
      status: 422,
      code: "PRIORITY_AT_HIGHEST",
      errors: [{ field: "body.raisePriority" }],
    });
    expect((await call(http.app, { method: "GET", url: "/api/v1/escalations", as: s.boss })).json().items).toEqual([]);
  });

  it("lists the escalation log to managers by kind, group and time, newest first, page by page", async () => {
    const s = await setup();
    const url = `/api/v1/tickets/${s.ticket.id}/escalations`;
    await call(http.app, { method: "POST", url, body: { reason: "first" }, as: s.agent });
    ctx.deps.clock.advance(60_000);
    await call(http.app, { method: "POST", url, body: { reason: "second", toGroupId: s.l2.id }, as: s.agent });
    const all = (await call(http.app, { method: "GET", url: "/api/v1/escalations", as: s.boss })).json();
    expect(all.items.map((e: { reason: string; kind: string }) => `${e.reason}/${e.kind}`).slice(-1)).toEqual([
      "first/manual",
    ]);
    expect(all.items[0]).toMatchObject({ ticketNumber: s.ticket.number, reason: "second" });
    const functional = (
      await call(http.app, { method: "GET", url: `/api/v1/escalations?kind=functional&groupId=${s.l2.id}`, as: s.boss })
    ).json();
    expect(functional.items).toEqual([
      expect.objectContaining({ kind: "manual", reason: "second", toGroupId: s.l2.id }),
    ]);
    const early = (
      await call(http.app, { method: "GET", url: "/api/v1/escalations?to=2026-03-02T09:00:30Z", as: s.boss })
    ).json();
    expect(early.items.map((e: { reason: string }) => e.reason)).toEqual(["first"]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ id: string }>; nextCursor: string | null } = (
        await call(http.app, {
          method: "GET",
          url: `/api/v1/escalations?limit=1${cursor ? `&cursor=${cursor}` : ""}`,
          as: s.boss,
        })
      ).json();
      seen.push(...page.items.map((e: { id: string }) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((e: { id: string }) => e.id));
    expect(
      (await call(http.app, { method: "GET", url: "/api/v1/escalations?cursor=bogus", as: s.boss })).json(),
    ).toMatchObject({ status: 422, code: "INVALID_CURSOR", errors: [{ field: "query.cursor" }] });
    const reversed = await call(http.app, {
      method: "GET",
      url: "/api/v1/escalations?from=2026-03-03T00:00:00Z&to=2026-03-02T00:00:00Z",
      as: s.boss,
    });
    expect(reversed.json()).toMatchObject({ status: 422, code: "INVALID_RANGE" });
    expect((await call(http.app, { method: "GET", url: "/api/v1/escalations", as: s.agent })).json()).toMatchObject({
      status: 403,
      code: "FORBIDDEN",
    });
  });
});
