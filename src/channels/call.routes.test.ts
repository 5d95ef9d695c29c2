import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildCategory, buildGroup, buildPerson, buildTicket, buildWorkspace } from "../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../test/support/http.ts";
import { SYSTEM_ACTOR } from "../identity/actor.ts";
import { routingRules, tickets } from "../tickets/ticket.tables.ts";
import { updateTicket } from "../tickets/ticket/update-ticket.ts";
import { callLogs } from "./channels.tables.ts";

describeEachEngine("call routes", (ctx) => {
  const http = withApp(ctx);

  async function setUp() {
    const w = await buildWorkspace(ctx.deps);
    const caller = await buildPerson(ctx.deps, w.client.id, "requester", { phone: "+92 300 1234567" });
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    return { w, caller, agent };
  }
  const newTicket = (callerId: string, over: Record<string, unknown> = {}) => ({
    callerNumber: "0300-1234567",
    callerId,
    durationSeconds: 330,
    notes: "Outlook asks for the password every 5 minutes; cleared the credential cache with the user.",
    outcome: "new_ticket",
    subject: "Outlook keeps asking for the password",
    impact: "person",
    urgency: "high",
    ...over,
  });
  const events = async (id: string, as: Parameters<typeof call>[1]["as"]) =>
    (await call(http.app, { method: "GET", url: `/api/v1/tickets/${id}/events`, as })).json().items as Array<{
      type: string;
      actorId: string;
      data: Record<string, unknown>;
    }>;

  it("looks a caller up by any form of their number, with their open tickets the agent may see", async () => {
    const { w, caller, agent } = await setUp();
    const namesake = await buildPerson(ctx.deps, w.other.id, "requester", { phone: "0092 (300) 123-4567" });
    await buildPerson(ctx.deps, w.client.id, "requester", { phone: "+92 300 1234568" });
    const open = await buildTicket(ctx.deps, w.agent, { requesterId: caller.id, groupId: w.group.id });
    const done = await buildTicket(ctx.deps, w.agent, { requesterId: caller.id, groupId: w.group.id });
    await updateTicket(ctx.deps, w.agent, done.id, { version: 1, status: "resolved" });
    const elsewhere = await buildGroup(ctx.deps);
    await buildTicket(ctx.deps, w.admin, { requesterId: caller.id, groupId: elsewhere.id });

    for (const typed of ["0300-1234567", "+92 300 1234567", "00923001234567", "(0300) 123.4567"]) {
      const res = await call(http.app, {
        method: "GET",
        url: `/api/v1/calls/lookup?number=${encodeURIComponent(typed)}`,
        as: agent,
      });
      expect(res.statusCode, typed).toBe(200);
      const matches = res.json().matches as Array<{ person: { id: string }; openTickets: Array<{ id: string }> }>;
      expect(matches.map((m) => m.person.id).sort(), typed).toEqual([caller.id, namesake.id].sort());
    }
    const res = await call(http.app, {
      method: "GET",
      url: "/api/v1/calls/lookup?number=%2B92%20300%201234567",
      as: agent,
    });
    expect(res.json().number).toBe("+923001234567");
    const mine = res.json().matches.find((m: { person: { id: string } }) => m.person.id === caller.id);
    expect(mine.person).toEqual({
      id: caller.id,
      name: caller.name,
      email: caller.email,
      phone: "+92 300 1234567",
      organizationId: w.client.id,
      organizationName: w.client.name,
    });
    expect(mine.openTickets).toEqual([
      { id: open.id, number: open.number, subject: open.state.subject, status: "new", priority: open.state.priority },
    ]);
    const none = await call(http.app, { method: "GET", url: "/api/v1/calls/lookup?number=021-111-000-111", as: agent });
    expect(none.json()).toEqual({ number: "021111000111", matches: [] });
  });

  it("refuses a number that is not one (422 naming query.number), and requesters (403)", async () => {
    const { w, agent } = await setUp();
    for (const bad of ["12ab", "1234", "0300 CALL ME", ""]) {
      const res = await call(http.app, {
        method: "GET",
        url: `/api/v1/calls/lookup?number=${encodeURIComponent(bad)}`,
        as: agent,
      });
      expect(res.statusCode, bad).toBe(422);
      expect(res.json().errors[0].field).toBe("query.number");
    }
    const missing = await call(http.app, { method: "GET", url: "/api/v1/calls/lookup", as: agent });
    expect(missing.json().errors[0].field).toBe("query.number");
    const requester = await call(http.app, {
      method: "GET",
      url: "/api/v1/calls/lookup?number=03001234567",
      as: await sessionFor(ctx.deps, w.requester.personId),
    });
    expect(requester.statusCode).toBe(403);
    const posted = await call(http.app, {
      method: "POST",
      url: "/api/v1/calls",
      body: newTicket(w.requester.personId),
      as: await sessionFor(ctx.deps, w.requester.personId),
    });
    expect(posted.statusCode).toBe(403);
  });

  it("new_ticket: the request is what the caller said, written by the agent on their behalf; the agent who took the call is the assignee", async () => {
    const { w, caller, agent } = await setUp();
    const res = await call(http.app, { method: "POST", url: "/api/v1/calls", body: newTicket(caller.id), as: agent });
    expect(res.statusCode, res.body).toBe(201);
    const { call: logged, ticket } = res.json();
    expect(ticket).toMatchObject({ number: 10001, status: "new" });
    const now = ctx.deps.clock.now().getTime();
    expect(logged).toEqual({
      id: expect.any(String),
      ticketId: ticket.id,
      ticketNumber: 10001,
      callerId: caller.id,
      callerName: caller.name,
      callerNumber: "03001234567",
      direction: "inbound",
      agentId: w.agent.personId,
      agentName: w.agent.name,
      startedAt: new Date(now - 330_000).toISOString(),
      durationSeconds: 330,
      notes: newTicket(caller.id).notes,
      outcome: "new_ticket",
      createdAt: new Date(now).toISOString(),
    });
    const opened = (await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticket.id}`, as: agent })).json();
    const words = newTicket(caller.id).notes;
    expect(opened).toMatchObject({
      channel: "phone",
      requesterId: caller.id,
      subject: "Outlook keeps asking for the password",
      priority: "medium",
    });
    expect(opened).toMatchObject({ description: words, assigneeId: w.agent.personId, groupId: w.group.id });
    const history = await events(ticket.id, agent);
    expect(history.map((e) => e.type)).toEqual(["created"]);
    expect(history[0]).toMatchObject({
      actorId: caller.id,
      data: { recordedBy: w.agent.personId, fromStaff: true, fields: { description: words } },
    });
    // The requester reads their own words as their request; nothing of it is hidden from them.
    const own = await events(ticket.id, await sessionFor(ctx.deps, caller.id));
    expect(own).toEqual([
      expect.objectContaining({
        type: "created",
        actorId: caller.id,
        data: { fields: expect.objectContaining({ description: words }) },
      }),
    ]);
  });

  it("new_ticket with assignToMe false is left to routing; the agent who recorded it still follows it", async () => {
    const { w, caller, agent } = await setUp();
    const network = await buildCategory(ctx.deps, "Network");
    const l2 = await buildGroup(ctx.deps, { tier: 2 });
    await ctx.deps.db
      .insert(routingRules)
      .values({ name: "Network to L2", position: 1, categoryId: network.id, groupId: l2.id });
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/calls",
      body: newTicket(caller.id, { categoryId: network.id, assignToMe: false }),
      as: agent,
    });
    expect(res.statusCode, res.body).toBe(201);
    const opened = (
      await call(http.app, { method: "GET", url: `/api/v1/tickets/${res.json().ticket.id}`, as: agent })
    ).json();
    expect(opened).toMatchObject({
      groupId: l2.id,
      assigneeId: null,
      description: newTicket(caller.id).notes,
      abilities: { read: true, note: true, update: false },
    });
    const history = await events(res.json().ticket.id, agent);
    expect(history.map((e) => [e.type, e.actorId, e.data.recordedBy])).toEqual([
      ["created", caller.id, w.agent.personId],
    ]);
  });

  it("an explicit description is the request; the notes stay on the call record", async () => {
    const { caller, agent } = await setUp();
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/calls",
      body: newTicket(caller.id, { description: "Outlook keeps asking me for my password." }),
      as: agent,
    });
    const opened = (
      await call(http.app, { method: "GET", url: `/api/v1/tickets/${res.json().ticket.id}`, as: agent })
    ).json();
    expect(opened.description).toBe("Outlook keeps asking me for my password.");
    expect(res.json().call.notes).toBe(newTicket(caller.id).notes);
  });

  it("resolved_on_call: the agent takes the ticket in their first-line group and resolves it in the same request", async () => {
    const { w, caller, agent } = await setUp();
    const l3 = await buildGroup(ctx.deps, { tier: 3, members: [w.agent.personId] });
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/calls",
      body: newTicket(caller.id, { outcome: "resolved_on_call" }),
      as: agent,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().ticket.status).toBe("resolved");
    const opened = (
      await call(http.app, { method: "GET", url: `/api/v1/tickets/${res.json().ticket.id}`, as: agent })
    ).json();
    expect(opened).toMatchObject({
      status: "resolved",
      assigneeId: w.agent.personId,
      groupId: w.group.id,
      channel: "phone",
    });
    expect(opened.groupId).not.toBe(l3.id);
    const history = await events(res.json().ticket.id, agent);
    expect(history.map((e) => e.type)).toEqual(["created", "changed"]);
    expect(history[1]).toMatchObject({
      actorId: w.agent.personId,
      data: { changes: [{ field: "status", from: "new", to: "resolved" }], reason: "Resolved during the phone call" },
    });
  });

  it("resolved_on_call by staff without a group: they take the ticket out of the routed group", async () => {
    const { w, caller } = await setUp();
    const manager = await buildPerson(ctx.deps, w.provider.id, "manager");
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/calls",
      body: newTicket(caller.id, { outcome: "resolved_on_call" }),
      as: await sessionFor(ctx.deps, manager.id),
    });
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await ctx.deps.db.select().from(tickets);
    expect(row).toMatchObject({ status: "resolved", assigneeId: manager.id, groupId: null });
  });

  it("updated_ticket: adds the notes to a ticket the agent may see, by id or number", async () => {
    const { w, caller, agent } = await setUp();
    const t = await buildTicket(ctx.deps, w.agent, { requesterId: caller.id, groupId: w.group.id });
    for (const ticketId of [t.id, t.number, `#${t.number}`]) {
      const res = await call(http.app, {
        method: "POST",
        url: "/api/v1/calls",
        body: {
          callerNumber: "+92 300 1234567",
          durationSeconds: 60,
          notes: `Asked for news (${ticketId})`,
          outcome: "updated_ticket",
          ticketId,
          direction: "outbound",
        },
        as: agent,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        ticket: { id: t.id, number: t.number, status: "new" },
        call: { callerId: null, direction: "outbound", outcome: "updated_ticket" },
      });
    }
    expect((await events(t.id, agent)).filter((e) => e.type === "noted")).toHaveLength(3);
    const listed = (await call(http.app, { method: "GET", url: `/api/v1/tickets/${t.number}/calls`, as: agent })).json()
      .items;
    expect(listed).toHaveLength(3);
  });

  it("updated_ticket: a ticket the agent cannot see, or a closed one, is refused naming body.ticketId; nothing is logged", async () => {
    const { w, caller, agent } = await setUp();
    const hidden = await buildTicket(ctx.deps, w.admin, {
      requesterId: caller.id,
      groupId: (await buildGroup(ctx.deps)).id,
    });
    const closed = await buildTicket(ctx.deps, w.agent, { requesterId: caller.id, groupId: w.group.id });
    await updateTicket(ctx.deps, SYSTEM_ACTOR, closed.id, { version: 1, status: "resolved" });
    await updateTicket(ctx.deps, SYSTEM_ACTOR, closed.id, { version: 2, status: "closed" });
    const body = { callerNumber: "03001234567", durationSeconds: 60, notes: "n", outcome: "updated_ticket" };
    for (const [ticketId, code] of [
      [hidden.id, "CALL_TICKET_NOT_FOUND"],
      [randomUUID(), "CALL_TICKET_NOT_FOUND"],
      [closed.number, "CALL_TICKET_CLOSED"],
    ] as const) {
      const res = await call(http.app, {
        method: "POST",
        url: "/api/v1/calls",
        body: { ...body, ticketId },
        as: agent,
      });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code, errors: [{ field: "body.ticketId" }] });
    }
    expect(await ctx.deps.db.select().from(callLogs)).toEqual([]);
  });

  it("names every field an outcome needs, at once", async () => {
    const { agent } = await setUp();
    const bare = { callerNumber: "12ab", durationSeconds: 10, notes: "x" };
    const opened = await call(http.app, {
      method: "POST",
      url: "/api/v1/calls",
      body: { ...bare, outcome: "new_ticket", ticketId: 10001 },
      as: agent,
    });
    expect(opened.statusCode).toBe(422);
    expect(opened.json().errors.map((e: { field: string }) => e.field)).toEqual([
      "body.callerNumber",
      "body.callerId",
      "body.subject",
      "body.impact",
      "body.urgency",
      "body.ticketId",
    ]);
    const updated = await call(http.app, {
      method: "POST",
      url: "/api/v1/calls",
      body: { ...bare, callerNumber: "0300 1234567", outcome: "updated_ticket" },
      as: agent,
    });
    expect(updated.json().errors).toEqual([
      { field: "body.ticketId", message: "required when the outcome is updated_ticket" },
    ]);
    const shape = await call(http.app, {
      method: "POST",
      url: "/api/v1/calls",
      body: {
        callerNumber: "0300 1234567",
        durationSeconds: 86_401,
        notes: "",
        outcome: "hung_up",
        callerId: "nope",
        direction: "sideways",
        startedAt: "yesterday",
      },
      as: agent,
    });
    expect(shape.statusCode).toBe(422);
    expect(
      shape
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual([
      "body.callerId",
      "body.direction",
      "body.durationSeconds",
      "body.notes",
      "body.outcome",
      "body.startedAt",
    ]);
  });

  it("does everything or nothing: a bad category or an unknown caller leaves no ticket and no call", async () => {
    const { caller, agent } = await setUp();
    const badCategory = await call(http.app, {
      method: "POST",
      url: "/api/v1/calls",
      body: newTicket(caller.id, { categoryId: randomUUID() }),
      as: agent,
    });
    expect(badCategory.statusCode).toBe(422);
    expect(badCategory.json().errors[0].field).toBe("body.categoryId");
    const unknown = await call(http.app, {
      method: "POST",
      url: "/api/v1/calls",
      body: newTicket(randomUUID()),
      as: agent,
    });
    expect(unknown.json()).toMatchObject({ code: "CALLER_NOT_FOUND", errors: [{ field: "body.callerId" }] });
    const future = await call(http.app, {
      method: "POST",
      url: "/api/v1/calls",
      body: newTicket(caller.id, { startedAt: "2026-03-02T10:00:00Z" }),
      as: agent,
    });
    expect(future.json()).toMatchObject({ code: "CALL_IN_FUTURE", errors: [{ field: "body.startedAt" }] });
    expect(await ctx.deps.db.select().from(tickets)).toEqual([]);
    expect(await ctx.deps.db.select().from(callLogs)).toEqual([]);
  });

  it("lists a ticket's calls newest first to staff; the requester may not (403); a token needs tickets:write to log", async () => {
    const { w, caller, agent } = await setUp();
    const first = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/calls",
        body: newTicket(caller.id, { startedAt: "2026-03-02T08:00:00+05:00" }),
        as: agent,
      })
    ).json();
    ctx.deps.clock.advance(600_000);
    await call(http.app, {
      method: "POST",
      url: "/api/v1/calls",
      body: {
        callerNumber: "03001234567",
        callerId: caller.id,
        durationSeconds: 30,
        notes: "Called back",
        outcome: "updated_ticket",
        ticketId: first.ticket.number,
      },
      as: agent,
    });
    const listed = await call(http.app, { method: "GET", url: `/api/v1/tickets/${first.ticket.id}/calls`, as: agent });
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().items.map((c: { notes: string }) => c.notes)).toEqual([
      "Called back",
      newTicket(caller.id).notes,
    ]);
    expect(listed.json().items[1].startedAt).toBe("2026-03-02T03:00:00.000Z");
    const requester = await call(http.app, {
      method: "GET",
      url: `/api/v1/tickets/${first.ticket.id}/calls`,
      as: await sessionFor(ctx.deps, caller.id),
    });
    expect(requester.statusCode).toBe(403);
    expect(requester.json().code).toBe("TICKET_ACTION_FORBIDDEN");
    const readOnly = await tokenFor(ctx.deps, w.agent.personId, ["tickets:read"]);
    expect(
      (await call(http.app, { method: "GET", url: `/api/v1/tickets/${first.ticket.id}/calls`, as: readOnly }))
        .statusCode,
    ).toBe(200);
    const refused = await call(http.app, {
      method: "POST",
      url: "/api/v1/calls",
      body: newTicket(caller.id),
      as: readOnly,
    });
    expect(refused.json().code).toBe("SCOPE_MISSING");
  });
});
