import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { describeEachEngine, ENGINES, resetDatabase, testDatabase, testDeps } from "../../../test/support/db.ts";
import { buildGroup, buildPerson, buildWorkspace, ticketInput } from "../../../test/support/factories.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { replyToTicket } from "../../tickets/conversation/reply-to-ticket.ts";
import { lockTicket } from "../../tickets/ticket/ticket.store.ts";
import { ensureSlaDefaults } from "../policy/ensure-sla-defaults.ts";
import { PolicyDefinition } from "../policy/policy.ts";
import { escalations, notifications, slaFirings, ticketSla } from "../sla.tables.ts";
import type { LiveMessage } from "../../tickets/live/live.ts";
import { fireDueTimers } from "./fire-due-timers.ts";
import { insertPolicy } from "../policy/policy.store.ts";

describeEachEngine("SLA timers", (ctx) => {
  async function criticalTicket() {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const t = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({
        requesterId: w.requester.personId,
        impact: "organization",
        urgency: "high",
        assigneeId: w.agent.personId,
        groupId: w.group.id,
      }),
    );
    return { w, t };
  }

  it("pins the default policy and schedules the first warning at half the 5-minute response target", async () => {
    const { t } = await criticalTicket();
    const [sla] = await ctx.deps.db.select().from(ticketSla).where(eq(ticketSla.ticketId, t.id));
    const opened = ctx.deps.clock.now().getTime();
    expect(sla!.nextDueAt!.getTime()).toBe(opened + 150_000);
    expect(sla!.responseDueAt!.getTime()).toBe(opened + 300_000);
    expect(sla!.resolutionDueAt!.getTime()).toBe(opened + 3_600_000);
  });

  it("fires each warning and the breach once, stamped with the instant it was due, even when the worker runs late", async () => {
    const { w, t } = await criticalTicket();
    const opened = ctx.deps.clock.now().getTime();
    ctx.deps.clock.advance(6 * 60_000);
    await fireDueTimers(ctx.deps);
    await fireDueTimers(ctx.deps);
    const fired = await ctx.deps.db.select().from(slaFirings).where(eq(slaFirings.ticketId, t.id));
    const response = fired
      .filter((f) => f.key.startsWith("first_response"))
      .map((f) => f.dueAt.getTime() - opened)
      .sort((a, b) => a - b);
    expect(response).toEqual([150_000, 225_000, 270_000, 300_000]);
    const breach = (await ctx.deps.db.select().from(escalations).where(eq(escalations.ticketId, t.id))).filter(
      (e) => e.kind === "breach",
    );
    expect(breach).toHaveLength(1);
    const inbox = await ctx.deps.db.select().from(notifications).where(eq(notifications.personId, w.agent.personId));
    expect(inbox.length).toBeGreaterThan(0);
  });

  it("announces new in-app notifications live to their recipient, on commit", async () => {
    const { w, t } = await criticalTicket();
    const heard: LiveMessage[] = [];
    const stop = await ctx.deps.live.subscribe((m) => heard.push(m));
    try {
      ctx.deps.clock.advance(3 * 60_000);
      await fireDueTimers(ctx.deps);
      for (let i = 0; i < 250 && !heard.some((m) => m.type === "notification"); i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(heard).toContainEqual(
        expect.objectContaining({ type: "notification", recipientId: w.agent.personId, ticketId: t.id }),
      );
    } finally {
      stop();
    }
  });

  it("a response in time stops the response clock: no response breach fires", async () => {
    const { w, t } = await criticalTicket();
    ctx.deps.clock.advance(60_000);
    await replyToTicket(ctx.deps, w.agent, t.id, { body: "On it." });
    ctx.deps.clock.advance(10 * 60_000);
    await fireDueTimers(ctx.deps);
    const fired = await ctx.deps.db.select().from(slaFirings).where(eq(slaFirings.ticketId, t.id));
    expect(fired.filter((f) => f.key.startsWith("first_response")).map((f) => f.key)).toEqual([]);
    expect(fired.some((f) => f.key.startsWith("resolution"))).toBe(false);
  });

  it("escalates functionally to the next tier 15 minutes after the resolution breach", async () => {
    const { w, t } = await criticalTicket();
    const l2agent = await buildPerson(ctx.deps, w.provider.id, "agent");
    const l2 = await buildGroup(ctx.deps, { tier: 2, members: [l2agent.id] });
    ctx.deps.clock.advance(76 * 60_000);
    await fireDueTimers(ctx.deps);
    const moved = (await ctx.deps.db.select().from(escalations).where(eq(escalations.ticketId, t.id))).filter(
      (e) => e.kind === "functional",
    );
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ fromGroupId: w.group.id, toGroupId: l2.id, level: 3 });
  });

  it("fires a whole batch of tickets in one pass, each threshold once, and schedules each ticket's next instant", async () => {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const opened = ctx.deps.clock.now().getTime();
    const input = ticketInput({
      requesterId: w.requester.personId,
      impact: "organization",
      urgency: "high",
      assigneeId: w.agent.personId,
      groupId: w.group.id,
    });
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await createTicket(ctx.deps, w.agent, input)).id);
    ctx.deps.clock.advance(6 * 60_000);
    expect(await fireDueTimers(ctx.deps, 100)).toEqual({ claimed: 30, fired: 30 * 4 });
    expect(await fireDueTimers(ctx.deps, 100)).toEqual({ claimed: 0, fired: 0 });
    const fired = await ctx.deps.db.select().from(slaFirings).where(inArray(slaFirings.ticketId, ids));
    expect(fired).toHaveLength(120);
    expect(new Set(fired.map((f) => `${f.ticketId} ${f.key}`)).size).toBe(120);
    expect(fired.every((f) => f.firedAt.getTime() === opened + 6 * 60_000)).toBe(true);
    const breaches = (await ctx.deps.db.select().from(escalations)).filter((e) => e.kind === "breach");
    expect(breaches.map((e) => e.ticketId).sort()).toEqual([...ids].sort());
    expect(breaches.every((e) => e.at.getTime() === opened + 300_000)).toBe(true);
    const slas = await ctx.deps.db.select().from(ticketSla).where(inArray(ticketSla.ticketId, ids));
    // Next: half of the one-hour resolution target.
    expect(slas.map((r) => r.nextDueAt!.getTime() - opened)).toEqual(ids.map(() => 1_800_000));
    expect(slas.every((r) => r.breached && r.summary.clocks.length === 2)).toBe(true);
  });

  it("a ticket that cannot be fired does not hold up the others: it is retried a minute later", async () => {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const input = ticketInput({
      requesterId: w.requester.personId,
      impact: "organization",
      urgency: "high",
      assigneeId: w.agent.personId,
      groupId: w.group.id,
    });
    const good = await createTicket(ctx.deps, w.agent, input);
    const bad = await createTicket(ctx.deps, w.agent, input);
    // Re-pin one ticket to a policy version whose calendar does not exist: folding its clocks throws.
    const targets = { firstResponseMinutes: 5, resolutionMinutes: 60, calendarId: randomUUID() };
    const definition = PolicyDefinition.parse({
      targets: { critical: targets, high: targets, medium: targets, low: targets },
    });
    const broken = await insertPolicy(ctx.deps.db, {
      name: "Broken",
      position: 1,
      isDefault: false,
      conditions: {},
      definition,
      effectiveFrom: new Date(0),
      createdBy: null,
    });
    await ctx.deps.db
      .update(ticketSla)
      .set({ policyVersionId: broken.version.id })
      .where(eq(ticketSla.ticketId, bad.id));
    ctx.deps.clock.advance(6 * 60_000);
    expect(await fireDueTimers(ctx.deps)).toEqual({ claimed: 2, fired: 4 });
    expect((await ctx.deps.db.select().from(slaFirings)).every((f) => f.ticketId === good.id)).toBe(true);
    const [retry] = await ctx.deps.db.select().from(ticketSla).where(eq(ticketSla.ticketId, bad.id));
    expect(retry!.nextDueAt).toEqual(new Date(ctx.deps.clock.now().getTime() + 60_000));
  });
});

// Two connections at once: PostgreSQL only (PGlite has one).
describe.skipIf(!ENGINES.includes("postgres"))("SLA timers beside a request changing a ticket [postgres]", () => {
  it("leave the ticket a request holds to the next pass instead of waiting on it (no deadlock)", async () => {
    const database = await testDatabase("postgres");
    await resetDatabase(database);
    const deps = testDeps(database);
    await ensureSlaDefaults(deps);
    const w = await buildWorkspace(deps);
    const input = ticketInput({
      requesterId: w.requester.personId,
      impact: "organization",
      urgency: "high",
      assigneeId: w.agent.personId,
      groupId: w.group.id,
    });
    const held = await createTicket(deps, w.agent, input);
    const free = await createTicket(deps, w.agent, input);
    deps.clock.advance(6 * 60_000);
    // A request holds the ticket's row, as updateTicket and replies do while they work.
    let release!: () => void;
    const releasing = new Promise<void>((resolve) => (release = resolve));
    let signalLocked!: () => void;
    const locked = new Promise<void>((resolve) => (signalLocked = resolve));
    const request = deps.db.transaction(async (tx) => {
      await lockTicket(tx, w.admin, held.id);
      signalLocked();
      await releasing;
    });
    await locked;
    expect(await fireDueTimers(deps)).toEqual({ claimed: 1, fired: 4 });
    const fired = await deps.db.select().from(slaFirings);
    expect(new Set(fired.map((f) => f.ticketId))).toEqual(new Set([free.id]));
    release();
    await request;
    expect(await fireDueTimers(deps)).toEqual({ claimed: 1, fired: 4 });
  });
});
