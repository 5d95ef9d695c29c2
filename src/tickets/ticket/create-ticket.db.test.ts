import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import {
  buildCategory,
  buildGroup,
  buildPerson,
  buildWorkspace,
  ticketInput,
} from "../../../test/support/factories.ts";
import { eq } from "drizzle-orm";
import { routingRules, tickets } from "../ticket.tables.ts";
import { createTicket } from "./create-ticket.ts";
import { replay } from "./events.ts";
import { loadEventsUnscoped, rowToState } from "./ticket.store.ts";

describeEachEngine("createTicket", (ctx) => {
  it("numbers tickets from #10001 and records a created event", async () => {
    const w = await buildWorkspace(ctx.deps);
    const first = await createTicket(ctx.deps, w.requester, ticketInput());
    const second = await createTicket(ctx.deps, w.requester, ticketInput());
    expect([first.number, second.number]).toEqual([10001, 10002]);
    const events = await loadEventsUnscoped(ctx.deps.db, first.id);
    expect(events.map((e) => e.type)).toEqual(["created"]);
    expect(first.state).toMatchObject({ status: "new", version: 1, organizationId: w.client.id, channel: "portal" });
  });

  it("derives the priority from impact and urgency", async () => {
    const w = await buildWorkspace(ctx.deps);
    const outage = await createTicket(ctx.deps, w.requester, ticketInput({ impact: "organization", urgency: "high" }));
    expect(outage.state.priority).toBe("critical");
  });

  it("refuses a staff override of the matrix without a reason, and keeps the reason given", async () => {
    const w = await buildWorkspace(ctx.deps);
    await expect(
      createTicket(ctx.deps, w.agent, ticketInput({ requesterId: w.requester.personId, priority: "critical" })),
    ).rejects.toMatchObject({
      code: "PRIORITY_OVERRIDE_NEEDS_REASON",
      field: "body.priorityReason",
    });
    const t = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ requesterId: w.requester.personId, priority: "critical", priorityReason: "CEO's laptop" }),
    );
    expect(t.state).toMatchObject({ priority: "critical", priorityOverride: "CEO's laptop" });
  });

  it("ignores a requester's attempt to set priority, group or assignee", async () => {
    const w = await buildWorkspace(ctx.deps);
    const t = await createTicket(
      ctx.deps,
      w.requester,
      ticketInput({ priority: "critical", priorityReason: "me first", assigneeId: w.agent.personId }),
    );
    expect(t.state.priority).toBe("medium");
    expect(t.state.groupId).toBe(w.group.id);
  });

  it("refuses to open a ticket for someone else when the actor is a requester", async () => {
    const w = await buildWorkspace(ctx.deps);
    await expect(
      createTicket(ctx.deps, w.requester, ticketInput({ requesterId: w.colleague.personId })),
    ).rejects.toMatchObject({
      code: "REQUESTER_NOT_FOUND",
    });
  });

  it("routes by the first matching rule and assigns round robin inside the group", async () => {
    const w = await buildWorkspace(ctx.deps);
    const a = await buildPerson(ctx.deps, w.provider.id, "agent");
    const b = await buildPerson(ctx.deps, w.provider.id, "agent");
    const network = await buildGroup(ctx.deps, { tier: 2, members: [a.id, b.id], assignment: "round_robin" });
    const category = await buildCategory(ctx.deps, "Network");
    await ctx.deps.db
      .insert(routingRules)
      .values({ name: "network", position: 1, categoryId: category.id, groupId: network.id });
    const picks = [];
    for (let i = 0; i < 4; i++) {
      const t = await createTicket(ctx.deps, w.requester, ticketInput({ categoryId: category.id }));
      expect(t.state.groupId).toBe(network.id);
      picks.push(t.state.assigneeId);
      ctx.deps.clock.advance(1000);
    }
    expect(picks[0]).not.toBe(picks[1]);
    expect(picks[2]).toBe(picks[0]);
    expect(picks[3]).toBe(picks[1]);
  });

  it("assigns to the least-loaded member", async () => {
    const w = await buildWorkspace(ctx.deps);
    const busy = await buildPerson(ctx.deps, w.provider.id, "agent");
    const idle = await buildPerson(ctx.deps, w.provider.id, "agent");
    const group = await buildGroup(ctx.deps, { members: [busy.id], assignment: "manual" });
    await createTicket(
      ctx.deps,
      w.admin,
      ticketInput({ requesterId: w.requester.personId, groupId: group.id, assigneeId: busy.id }),
    );
    const balanced = await buildGroup(ctx.deps, { members: [busy.id, idle.id], assignment: "least_loaded" });
    const t = await createTicket(
      ctx.deps,
      w.admin,
      ticketInput({ requesterId: w.requester.personId, groupId: balanced.id }),
    );
    expect(t.state.assigneeId).toBe(idle.id);
  });

  it("writes the member its group drew as the created event's assignee and a follower, as the log replays", async () => {
    // The turn is taken in the statement that inserts the ticket: the event, the row and the state returned agree.
    const w = await buildWorkspace(ctx.deps);
    const drawn = await buildPerson(ctx.deps, w.provider.id, "agent");
    const cc = await buildPerson(ctx.deps, w.provider.id, "agent");
    const group = await buildGroup(ctx.deps, { members: [drawn.id], assignment: "round_robin" });
    const lonely = await buildGroup(ctx.deps, { members: [], assignment: "round_robin" });
    const opened = [
      // Staff opening it for the requester: the creator follows first, then the drawn member, then those Cc'd.
      await createTicket(
        ctx.deps,
        w.admin,
        ticketInput({ requesterId: w.requester.personId, groupId: group.id, followerIds: [cc.id, drawn.id] }),
      ),
      // A group with nobody to draw: no assignee, and the followers are the creator's and those Cc'd.
      await createTicket(
        ctx.deps,
        w.admin,
        ticketInput({ requesterId: w.requester.personId, groupId: lonely.id, followerIds: [cc.id] }),
      ),
    ];
    const [first, second] = opened;
    expect(first!.state.assigneeId).toBe(drawn.id);
    expect(first!.state.followerIds).toEqual([w.admin.personId, drawn.id, cc.id]);
    expect(second!.state.assigneeId).toBeNull();
    expect(second!.state.followerIds).toEqual([w.admin.personId, cc.id]);
    for (const t of opened) {
      const events = await loadEventsUnscoped(ctx.deps.db, t.id);
      const [row] = await ctx.deps.db.select().from(tickets).where(eq(tickets.id, t.id));
      expect(replay(events)).toEqual(rowToState(row!));
      expect(replay(events)).toEqual(t.state);
    }
  });
});
