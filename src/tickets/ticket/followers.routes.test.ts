import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { actorFor, buildGroup, buildPerson, buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { replay } from "./events.ts";
import { loadEventsUnscoped } from "./ticket.store.ts";
import { addNote } from "../conversation/add-note.ts";

describeEachEngine("staff keep read access to tickets they worked on", (ctx) => {
  const http = withApp(ctx);

  async function setup() {
    const w = await buildWorkspace(ctx.deps);
    // A second agent of the same first-line group who only watches the queue, and one who adds a note.
    const bystander = await buildPerson(ctx.deps, w.provider.id, "agent");
    const helper = await buildPerson(ctx.deps, w.provider.id, "agent");
    const l2Agent = await buildPerson(ctx.deps, w.provider.id, "agent");
    const l2 = await buildGroup(ctx.deps, { tier: 2, members: [l2Agent.id] });
    const desk = await buildGroup(ctx.deps, { tier: 1, members: [w.agent.personId, bystander.id, helper.id] });
    const agent = { ...w.agent, groupIds: [...w.agent.groupIds, desk.id] };
    const ticket = await buildTicket(ctx.deps, agent, {
      requesterId: w.requester.personId,
      groupId: desk.id,
      assigneeId: w.agent.personId,
    });
    await addNote(ctx.deps, actorFor(helper, [desk.id]), ticket.id, { body: "Seen this before: the payroll share." });
    const as = {
      agent: await sessionFor(ctx.deps, w.agent.personId),
      helper: await sessionFor(ctx.deps, helper.id),
      bystander: await sessionFor(ctx.deps, bystander.id),
      l2: await sessionFor(ctx.deps, l2Agent.id),
    };
    return { w, l2, ticket, as, helper, bystander };
  }

  it("an agent who escalates a ticket to another group can still read it and add notes, but no longer change it or reply", async () => {
    const s = await setup();
    const url = `/api/v1/tickets/${s.ticket.id}`;
    const escalated = await call(http.app, {
      method: "POST",
      url: `${url}/escalations`,
      body: { reason: "Needs the network team", toGroupId: s.l2.id },
      as: s.as.agent,
    });
    expect(escalated.statusCode).toBe(201);
    expect(escalated.json().ticket).toMatchObject({
      groupId: s.l2.id,
      assigneeId: null,
      abilities: { read: true, note: true, attach: true, reply: false, update: false },
    });

    const page = await call(http.app, { method: "GET", url, as: s.as.agent });
    expect(page.statusCode).toBe(200);
    for (const sub of ["events", "attachments", "sla", "escalations"])
      expect((await call(http.app, { method: "GET", url: `${url}/${sub}`, as: s.as.agent })).statusCode, sub).toBe(200);
    const list = (await call(http.app, { method: "GET", url: "/api/v1/tickets", as: s.as.agent })).json();
    expect(list.items.map((t: { id: string }) => t.id)).toContain(s.ticket.id);

    const note = await call(http.app, {
      method: "POST",
      url: `${url}/notes`,
      body: { body: "Called the requester back: still down." },
      as: s.as.agent,
    });
    expect(note.statusCode).toBe(201);
    const version = note.json().version;
    expect(
      (await call(http.app, { method: "PATCH", url, body: { version, status: "pending" }, as: s.as.agent })).json(),
    ).toMatchObject({ status: 403, code: "TICKET_ACTION_FORBIDDEN" });
    expect(
      (await call(http.app, { method: "POST", url: `${url}/replies`, body: { body: "On it" }, as: s.as.agent })).json(),
    ).toMatchObject({ status: 403, code: "TICKET_ACTION_FORBIDDEN" });
    expect(
      (await call(http.app, { method: "PATCH", url, body: { version, status: "pending" }, as: s.as.l2 })).statusCode,
    ).toBe(200);
  });

  it("whoever noted on the ticket follows it too; a group member who never touched it loses sight of it, in the list and by id", async () => {
    const s = await setup();
    const url = `/api/v1/tickets/${s.ticket.id}`;
    await call(http.app, {
      method: "POST",
      url: `${url}/escalations`,
      body: { reason: "Needs the network team", toGroupId: s.l2.id },
      as: s.as.agent,
    });
    expect((await call(http.app, { method: "GET", url, as: s.as.helper })).json()).toMatchObject({
      abilities: { read: true, note: true, update: false },
    });
    expect((await call(http.app, { method: "GET", url, as: s.as.bystander })).json()).toMatchObject({
      status: 404,
      code: "TICKET_NOT_FOUND",
    });
    const list = (await call(http.app, { method: "GET", url: "/api/v1/tickets", as: s.as.bystander })).json();
    expect(list.items.map((t: { id: string }) => t.id)).not.toContain(s.ticket.id);
  });

  it("the followers are a fold of the log: creator, every assignee, everyone who acted; never the requester", async () => {
    const s = await setup();
    await call(http.app, {
      method: "POST",
      url: `/api/v1/tickets/${s.ticket.id}/escalations`,
      body: { reason: "Network", toGroupId: s.l2.id },
      as: s.as.agent,
    });
    const requester = await sessionFor(ctx.deps, s.w.requester.personId);
    await call(http.app, {
      method: "POST",
      url: `/api/v1/tickets/${s.ticket.id}/replies`,
      body: { body: "Any news?" },
      as: requester,
    });
    const state = replay(await loadEventsUnscoped(ctx.deps.db, s.ticket.id));
    expect(state.followerIds).toEqual([s.w.agent.personId, s.helper.id]);
  });

  it("migration 0007 backfills existing tickets with the same followers the fold gives", async () => {
    const s = await setup();
    await call(http.app, {
      method: "POST",
      url: `/api/v1/tickets/${s.ticket.id}/escalations`,
      body: { reason: "Network", toGroupId: s.l2.id },
      as: s.as.agent,
    });
    const backfill = readFileSync(new URL("../../../migrations/0007_ticket_followers.sql", import.meta.url), "utf8")
      .split("--> statement-breakpoint")
      .at(-1)!;
    await ctx.database.exec(`update tickets set follower_ids = '{}'; ${backfill}`);
    const [row] = await ctx.database.rawTransaction((tx) =>
      tx.query<{ follower_ids: string[] | string }>(
        "select follower_ids::text[] as follower_ids from tickets where id = $1",
        [s.ticket.id],
      ),
    );
    expect(row!.follower_ids).toEqual([s.w.agent.personId, s.helper.id]);
  });
});
