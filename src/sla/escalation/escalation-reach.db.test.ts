import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { actorFor, buildGroup, buildPerson, buildWorkspace, ticketInput } from "../../../test/support/factories.ts";
import { people } from "../../identity/identity.tables.ts";
import { replyToTicket } from "../../tickets/conversation/reply-to-ticket.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { ensureSlaDefaults } from "../policy/ensure-sla-defaults.ts";
import { listNotifications } from "../notifications/list-notifications.ts";
import { escalations, notifications, slaFirings } from "../sla.tables.ts";
import { fireDueTimers } from "./fire-due-timers.ts";

// Who an SLA escalation reaches, under the default policy (Critical: 5 min response, 1 h resolution on 24×7;
// level 1 at resolution −10 min tells the assignee and the group lead, level 2 at the breach tells the group
// lead and the assignee's management chain). The group has a real lead and the assignee a real chain of two
// managers, so each person's own inbox can be counted.
describeEachEngine("who SLA escalations reach", (ctx) => {
  async function escalatingTicket() {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const director = await buildPerson(ctx.deps, w.provider.id, "manager");
    const manager = await buildPerson(ctx.deps, w.provider.id, "manager", { managerId: director.id });
    const assignee = await buildPerson(ctx.deps, w.provider.id, "agent", { managerId: manager.id });
    const lead = await buildPerson(ctx.deps, w.provider.id, "agent");
    const group = await buildGroup(ctx.deps, { members: [assignee.id, lead.id], leadId: lead.id });
    const bystander = await buildPerson(ctx.deps, w.provider.id, "agent");
    const t = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({
        requesterId: w.requester.personId,
        impact: "organization",
        urgency: "high",
        groupId: group.id,
        assigneeId: assignee.id,
      }),
    );
    return { w, t, director, manager, assignee, lead, bystander };
  }

  /** The titles in one person's inbox, as they would list it. */
  async function inbox(person: typeof people.$inferSelect): Promise<string[]> {
    const { items } = await listNotifications(ctx.deps, actorFor(person), 100);
    return items.map((n) => n.title.replace(/^#\d+: /, "")).sort();
  }

  it("level 1 reaches the assignee and the group lead; level 2 the group lead and the assignee's whole management chain", async () => {
    const { t, director, manager, assignee, lead, bystander } = await escalatingTicket();
    const opened = ctx.deps.clock.now().getTime();
    ctx.deps.clock.advance(61 * 60_000);
    await fireDueTimers(ctx.deps);

    const levels = (
      await ctx.deps.db
        .select()
        .from(escalations)
        .where(and(eq(escalations.ticketId, t.id), eq(escalations.kind, "hierarchical")))
    ).sort((a, b) => a.level! - b.level!);
    expect(
      levels.map((e) => ({ level: e.level, at: e.at.getTime() - opened, notified: [...e.notified].sort() })),
    ).toEqual([
      { level: 1, at: 50 * 60_000, notified: [assignee.id, lead.id].sort() },
      { level: 2, at: 60 * 60_000, notified: [lead.id, manager.id, director.id].sort() },
    ]);

    const level1 = "escalation level 1 on resolution";
    const level2 = "escalation level 2 on resolution";
    expect((await inbox(assignee)).filter((x) => x.startsWith("escalation"))).toEqual([level1]);
    expect((await inbox(lead)).filter((x) => x.startsWith("escalation"))).toEqual([level1, level2]);
    expect(await inbox(manager)).toEqual([level2]);
    expect(await inbox(director)).toEqual([level2]);
    expect(await inbox(bystander)).toEqual([]);
    // Warnings and breaches go to the assignee and the lead, never up the chain.
    expect(await inbox(lead)).toContain("resolution target breached");
    expect(await inbox(assignee)).toContain("resolution target breached");
  });

  it("an unassigned ticket's chain starts from the group lead", async () => {
    const { w, lead, manager, director } = await escalatingTicket();
    await ctx.deps.db.update(people).set({ managerId: manager.id }).where(eq(people.id, lead.id));
    const group = await buildGroup(ctx.deps, { leadId: lead.id, assignment: "manual" });
    const t = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ requesterId: w.requester.personId, impact: "organization", urgency: "high", groupId: group.id }),
    );
    expect(t.state.assigneeId).toBeNull();
    ctx.deps.clock.advance(61 * 60_000);
    await fireDueTimers(ctx.deps);
    const [level2] = await ctx.deps.db
      .select()
      .from(escalations)
      .where(and(eq(escalations.ticketId, t.id), eq(escalations.level, 2)));
    expect([...level2!.notified].sort()).toEqual([lead.id, manager.id, director.id].sort());
  });
});

// ADR 0003: "when a worker catches up on a stopped clock, the record is written but nobody is notified".
describeEachEngine("a worker catching up on a stopped clock", (ctx) => {
  it("records every missed firing at its true instant but notifies nobody", async () => {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const lead = await buildPerson(ctx.deps, w.provider.id, "agent");
    const group = await buildGroup(ctx.deps, { members: [w.agent.personId, lead.id], leadId: lead.id });
    const agent = { ...w.agent, groupIds: [group.id] };
    const t = await createTicket(
      ctx.deps,
      agent,
      ticketInput({
        requesterId: w.requester.personId,
        impact: "organization",
        urgency: "high",
        groupId: group.id,
        assigneeId: agent.personId,
      }),
    );
    const opened = ctx.deps.clock.now().getTime();
    // No worker ran while the 5-minute response clock passed its warnings and target; the reply at 6 minutes stops it.
    ctx.deps.clock.advance(6 * 60_000);
    await replyToTicket(ctx.deps, agent, t.id, { body: "Looking at it now." });
    ctx.deps.clock.advance(60_000);
    await fireDueTimers(ctx.deps);

    const fired = await ctx.deps.db.select().from(slaFirings).where(eq(slaFirings.ticketId, t.id));
    const response = fired.filter((f) => f.key.startsWith("first_response"));
    expect(response.map((f) => f.dueAt.getTime() - opened).sort((a, b) => a - b)).toEqual([
      150_000, 225_000, 270_000, 300_000,
    ]);
    const recorded = await ctx.deps.db.select().from(escalations).where(eq(escalations.ticketId, t.id));
    expect(
      recorded
        .filter((e) => e.clock === "first_response")
        .map((e) => e.kind)
        .sort(),
    ).toEqual(["breach", "warning", "warning", "warning"]);
    expect(recorded.every((e) => e.notified.length === 0)).toBe(true);
    expect(await ctx.deps.db.select().from(notifications).where(eq(notifications.ticketId, t.id))).toEqual([]);
  });

  it("while a clock still runs, the same late firings do notify (so the silence above is the stopped clock's)", async () => {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const t = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({
        requesterId: w.requester.personId,
        impact: "organization",
        urgency: "high",
        groupId: w.group.id,
        assigneeId: w.agent.personId,
      }),
    );
    ctx.deps.clock.advance(7 * 60_000);
    await fireDueTimers(ctx.deps);
    const inbox = await ctx.deps.db.select().from(notifications).where(eq(notifications.ticketId, t.id));
    expect(inbox.map((n) => n.personId)).toEqual([
      w.agent.personId,
      w.agent.personId,
      w.agent.personId,
      w.agent.personId,
    ]);
  });
});
