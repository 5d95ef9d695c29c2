import { expect, it } from "vitest";
import { describeEachEngine, type TestDeps } from "../../test/support/db.ts";
import { buildGroup, buildWorkspace, ticketInput } from "../../test/support/factories.ts";
import { updateGroup } from "../identity/update-group.ts";
import { setGroupTarget } from "../sla/group-targets/set-group-target.ts";
import { ensureSlaDefaults } from "../sla/policy/ensure-sla-defaults.ts";
import { replyToTicket } from "../tickets/conversation/reply-to-ticket.ts";
import { createTicket } from "../tickets/ticket/create-ticket.ts";
import { updateTicket } from "../tickets/ticket/update-ticket.ts";
import { catchUpFacts } from "./catch-up-facts.ts";
import { getIndicators } from "./get-indicators.ts";
import { rebuildIndicatorFactsUnscoped, storedFactVersionsUnscoped } from "./indicator-facts.store.ts";
import { claimDirtyFactsUnscoped, clearDirtyFactsUnscoped, factsLagUnscoped } from "./indicator-facts-dirty.store.ts";
import { indicatorFactsTask } from "./indicator-facts.job.ts";
import { rebuildIndicatorFacts } from "./rebuild-indicator-facts.ts";
import { refreshIndicatorFacts } from "./refresh-indicator-facts.ts";

const HOUR = 3_600_000;

describeEachEngine("indicator facts off the write path", (ctx) => {
  async function setup() {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const placed = { requesterId: w.requester.personId, groupId: w.group.id, assigneeId: w.agent.personId };
    return { w, placed };
  }
  const marked = async (deps: TestDeps) => {
    const ids = await deps.db.transaction((tx) => claimDirtyFactsUnscoped(tx, 1000));
    return new Set(ids);
  };

  it("a ticket write only marks its facts; the refresh refolds them, clears the mark, and is idempotent", async () => {
    const { w, placed } = await setup();
    const t = await createTicket(ctx.deps, w.agent, ticketInput(placed));
    expect(await storedFactVersionsUnscoped(ctx.deps.db, [t.id])).toEqual([]);
    expect(await factsLagUnscoped(ctx.deps.db)).toEqual({ oldest: ctx.deps.clock.now(), pending: 1 });
    ctx.deps.clock.advance(HOUR);
    await updateTicket(ctx.deps, w.agent, t.id, { version: t.state.version, status: "resolved" });
    // Still one mark, and it keeps the first change's instant: the facts are complete up to it.
    expect((await factsLagUnscoped(ctx.deps.db)).pending).toBe(1);
    expect((await factsLagUnscoped(ctx.deps.db)).oldest!.getTime()).toBe(ctx.deps.clock.now().getTime() - HOUR);

    expect(await refreshIndicatorFacts(ctx.deps.db)).toEqual({ refreshed: 1, more: false });
    expect((await factsLagUnscoped(ctx.deps.db)).pending).toBe(0);
    const refreshed = await storedFactVersionsUnscoped(ctx.deps.db, [t.id]);
    expect(refreshed.map((v) => v.final)).toEqual([false, true]);
    await rebuildIndicatorFacts(ctx.deps.db);
    expect(await storedFactVersionsUnscoped(ctx.deps.db, [t.id])).toEqual(refreshed);
    expect(await refreshIndicatorFacts(ctx.deps.db)).toEqual({ refreshed: 0, more: false });
  });

  it("a change that meets a refresh holding its ticket's mark marks it again once the refresh commits", async () => {
    const { w, placed } = await setup();
    const t = await createTicket(ctx.deps, w.agent, ticketInput(placed));
    let write: Promise<unknown> | undefined;
    await ctx.deps.db.transaction(async (tx) => {
      const ids = await claimDirtyFactsUnscoped(tx, 10);
      expect(ids).toEqual([t.id]);
      // The reply's own transaction reaches its mark while this refresh holds the row: it must wait, not skip.
      write = replyToTicket(ctx.deps, w.agent, t.id, { body: "On it." });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await rebuildIndicatorFactsUnscoped(tx, ids);
      await clearDirtyFactsUnscoped(tx, ids);
    });
    await write;
    expect(await marked(ctx.deps)).toEqual(new Set([t.id]));
    await refreshIndicatorFacts(ctx.deps.db);
    const stored = await storedFactVersionsUnscoped(ctx.deps.db, [t.id]);
    await rebuildIndicatorFacts(ctx.deps.db);
    expect(await storedFactVersionsUnscoped(ctx.deps.db, [t.id])).toEqual(stored);
  });

  it("the worker task refreshes a batch at a time and says when there is more", async () => {
    const { w, placed } = await setup();
    for (let i = 0; i < 3; i++) await createTicket(ctx.deps, w.agent, ticketInput(placed));
    const { refreshed, more } = await refreshIndicatorFacts(ctx.deps.db, { batch: 2 });
    expect({ refreshed, more }).toEqual({ refreshed: 2, more: true });
    expect(await indicatorFactsTask(ctx.deps).run()).toEqual({ more: false });
    expect(await factsLagUnscoped(ctx.deps.db)).toEqual({ oldest: null, pending: 0 });
    expect(await storedFactVersionsUnscoped(ctx.deps.db)).toHaveLength(3);
  });

  it("the indicators catch up on changes not yet refolded, and say how current their figures are", async () => {
    const { w, placed } = await setup();
    const from = ctx.deps.clock.now();
    const t = await createTicket(ctx.deps, w.agent, ticketInput(placed));
    ctx.deps.clock.advance(HOUR);
    await updateTicket(ctx.deps, w.agent, t.id, { version: t.state.version, status: "resolved" });
    const to = new Date(ctx.deps.clock.now().getTime() + HOUR);
    const report = await getIndicators(ctx.deps, w.admin, { from, to });
    expect(report.tickets).toMatchObject({ created: 1, resolved: 1, backlog: 0 });
    expect(report).toMatchObject({ factsAsOf: ctx.deps.clock.now().toISOString(), factsPending: 0 });

    // More changes than one catch-up refolds: the rest is reported, from the oldest change still waiting.
    const first = ctx.deps.clock.now();
    await createTicket(ctx.deps, w.agent, ticketInput(placed));
    ctx.deps.clock.advance(60_000);
    await createTicket(ctx.deps, w.agent, ticketInput(placed));
    ctx.deps.clock.advance(60_000);
    await createTicket(ctx.deps, w.agent, ticketInput(placed));
    const caught = await catchUpFacts(ctx.deps, 1);
    expect(caught.freshness).toEqual({ factsAsOf: new Date(first.getTime() + 60_000).toISOString(), factsPending: 2 });
    // It refolded on the primary, so this request reads the facts there; with nothing to refold, where reports read.
    expect(caught.factsDb).toBe(ctx.deps.db);
    const replica = { ...ctx.deps, readDb: {} as typeof ctx.deps.db };
    await refreshIndicatorFacts(ctx.deps.db, { maxBatches: Infinity });
    expect((await catchUpFacts(replica)).factsDb).toBe(replica.readDb);
  });

  it("a group's new tier or OLA target marks the tickets it ever held, and only those", async () => {
    const { w, placed } = await setup();
    const l2 = await buildGroup(ctx.deps, { tier: 2 });
    const held = await createTicket(ctx.deps, w.agent, ticketInput(placed));
    await updateTicket(ctx.deps, w.admin, held.id, { version: held.state.version, groupId: l2.id });
    const born = await createTicket(ctx.deps, w.admin, ticketInput({ ...placed, groupId: l2.id, assigneeId: null }));
    const elsewhere = await createTicket(ctx.deps, w.agent, ticketInput(placed));
    await refreshIndicatorFacts(ctx.deps.db);

    await updateGroup(ctx.deps, w.admin, l2.id, { tier: 3 });
    expect(await marked(ctx.deps)).toEqual(new Set([held.id, born.id]));
    await refreshIndicatorFacts(ctx.deps.db);
    await updateGroup(ctx.deps, w.admin, l2.id, { name: "Network" });
    expect(await marked(ctx.deps)).toEqual(new Set());

    await setGroupTarget(ctx.deps, w.admin, w.group.id, { calendarId: null, minutes: { medium: 120 } });
    expect(await marked(ctx.deps)).toEqual(new Set([held.id, elsewhere.id]));
  });
});
