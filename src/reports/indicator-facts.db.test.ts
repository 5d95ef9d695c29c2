import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Actor } from "../identity/actor.ts";
import { tickets } from "../tickets/ticket.tables.ts";
import { describeEachEngine } from "../../test/support/db.ts";
import { actorFor, buildGroup, buildPerson, buildWorkspace, ticketInput } from "../../test/support/factories.ts";
import { ensureSlaDefaults } from "../sla/policy/ensure-sla-defaults.ts";
import { escalateTicket } from "../sla/escalation/escalate-ticket.ts";
import { seedSynthetic } from "../seed/seed-synthetic.ts";
import { replyToTicket } from "../tickets/conversation/reply-to-ticket.ts";
import { createTicket } from "../tickets/ticket/create-ticket.ts";
import { updateTicket } from "../tickets/ticket/update-ticket.ts";
import { indicatorPeriodsFromFacts, indicatorsFromFacts } from "./fact-indicators.ts";
import { storedFactVersionsUnscoped } from "./indicator-facts.store.ts";
import { computeIndicators } from "./indicators/indicators.ts";
import { previousPeriod, type Period } from "./indicators/period.ts";
import { loadIndicatorInput, type ReportReach, type TicketSelection } from "./indicators.store.ts";
import { rebuildIndicatorFacts } from "./rebuild-indicator-facts.ts";
import { refreshIndicatorFacts } from "./refresh-indicator-facts.ts";
import { trendFromFacts } from "./get-trend.ts";
import { slices, trend, trendPoint, type Bucket } from "./indicators/trend.ts";
import { factsLagUnscoped } from "./indicator-facts-dirty.store.ts";
import type { TestDeps } from "../../test/support/db.ts";
import { indicatorsPerStatement } from "../../test/support/indicator-figures-per-statement.ts";

const DAY = 86_400_000;

describeEachEngine("indicator facts", (ctx) => {
  /**
   * Every indicator of a period both ways: folded from the histories, and aggregated from the stored facts in one
   * statement (checked equal to the statement-per-figure reading, alone and with the period before it).
   */
  async function bothWays(deps: TestDeps, period: Period, selection: TicketSelection = {}, reach: ReportReach = null) {
    const now = deps.clock.now().getTime();
    const folded = computeIndicators(await loadIndicatorInput(deps.db, period, selection, reach), period, now);
    const aggregated = await indicatorsFromFacts(deps.db, period, selection, reach, now);
    // The one statement answers what the statement-per-figure reading it replaced answered, and the period before
    // it (compare=true, the review pack) read in the same statement answers what it answers alone.
    expect(aggregated).toEqual(await indicatorsPerStatement(deps.db, period, selection, reach, now));
    const before = previousPeriod(period);
    const both = await indicatorPeriodsFromFacts(deps.db, [period, before], selection, reach, now);
    expect(both).toEqual([aggregated, await indicatorsPerStatement(deps.db, before, selection, reach, now)]);
    return { folded, aggregated };
  }

  /** A trend as one facts report per slice, reduced to its headline figures. */
  async function slicewise(
    deps: TestDeps,
    period: Period,
    bucket: Bucket,
    selection: TicketSelection,
    reach: ReportReach,
  ) {
    const now = deps.clock.now().getTime();
    const points = [];
    for (const slice of slices(period, bucket))
      points.push(trendPoint(await indicatorsFromFacts(deps.db, slice, selection, reach, now)));
    return points;
  }

  /** The stored versions (once the marked tickets are refreshed), then the same after a rebuild from scratch. */
  async function storedThenRebuilt(deps: TestDeps) {
    await refreshIndicatorFacts(deps.db, { batch: 3, maxBatches: Infinity });
    expect((await factsLagUnscoped(deps.db)).pending).toBe(0);
    const stored = await storedFactVersionsUnscoped(deps.db);
    await rebuildIndicatorFacts(deps.db, { batch: 7 });
    return { stored, rebuilt: await storedFactVersionsUnscoped(deps.db) };
  }

  it("on a seeded synthetic year, the facts equal a recomputation and every indicator is equal computed both ways", async () => {
    await seedSynthetic(ctx.deps, { tickets: 200, seed: 5, batch: 80 });
    const { stored, rebuilt } = await storedThenRebuilt(ctx.deps);
    expect(stored.length).toBeGreaterThan(200);
    expect(stored).toEqual(rebuilt);
    const now = ctx.deps.clock.now().getTime();
    const periods: Period[] = [
      { from: now - 365 * DAY, to: now + DAY },
      { from: now - 90 * DAY, to: now - 60 * DAY },
      { from: now - 30 * DAY, to: now - 23 * DAY },
      { from: now - 7 * DAY, to: now + 7 * DAY },
    ];
    for (const period of periods) {
      const { folded, aggregated } = await bothWays(ctx.deps, period);
      expect(folded.tickets.created + folded.tickets.resolved).toBeGreaterThan(0);
      for (const key of Object.keys(folded) as Array<keyof typeof folded>) {
        expect({ period: folded.period, [key]: aggregated[key] }).toEqual({
          period: folded.period,
          [key]: folded[key],
        });
      }
    }
    const { folded, aggregated } = await bothWays(ctx.deps, periods[0]!, { priority: "high" });
    expect(aggregated).toEqual(folded);
    // The trend (one statement for every slice) equals the folded trend and each slice's own facts report, over
    // a past month, a week running into the future, the whole year by week, with a filter and an agent's reach.
    for (const period of [periods[1]!, periods[3]!]) {
      const input = await loadIndicatorInput(ctx.deps.db, period, {}, null);
      for (const bucket of ["day", "week"] as const) {
        expect(await trendFromFacts({ readDb: ctx.deps.db }, period, bucket, {}, null)).toEqual(
          trend(input, period, bucket, now),
        );
      }
    }
    const [agent] = await ctx.deps.db.select({ id: tickets.assigneeId }).from(tickets).limit(1);
    for (const [selection, reach] of [
      [{}, null],
      [{ priority: "high" }, null],
      [{}, { personId: agent!.id!, groupIds: [] }],
    ] as const) {
      const year = { from: periods[0]!.from, to: periods[0]!.to - DAY + 1 };
      expect(await trendFromFacts({ readDb: ctx.deps.db }, year, "week", selection, reach)).toEqual(
        await slicewise(ctx.deps, year, "week", selection, reach),
      );
    }
  }, 300_000);

  it("kept by the ticket reaction (marked dirty, refolded off the write path) through replies, reopening, escalation, tags and a linked child, equal both ways", async () => {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const l2 = await buildGroup(ctx.deps, { tier: 2 });
    const boss = actorFor(await buildPerson(ctx.deps, w.provider.id, "manager"));
    const placed = { requesterId: w.requester.personId, groupId: w.group.id, assigneeId: w.agent.personId };
    const update = async (actor: Actor, id: string, changes: Omit<Parameters<typeof updateTicket>[3], "version">) => {
      const [row] = await ctx.deps.db.select({ version: tickets.version }).from(tickets).where(eq(tickets.id, id));
      return updateTicket(ctx.deps, actor, id, { ...changes, version: row!.version } as Parameters<
        typeof updateTicket
      >[3]);
    };
    const start = ctx.deps.clock.now().getTime();
    const a = await createTicket(ctx.deps, w.agent, ticketInput(placed));
    const b = await createTicket(ctx.deps, w.agent, ticketInput(placed));
    const spam = await createTicket(ctx.deps, w.agent, ticketInput(placed));
    const child = await createTicket(ctx.deps, w.agent, ticketInput(placed));
    ctx.deps.clock.advance(20 * 60_000);
    await replyToTicket(ctx.deps, w.agent, a.id, { body: "Restarted the spooler; try now." });
    await update(w.agent, child.id, { parentId: b.id });
    ctx.deps.clock.advance(40 * 60_000);
    await update(w.agent, a.id, { status: "resolved" });
    await update(w.agent, spam.id, { tags: ["spam"], status: "resolved" });
    await escalateTicket(ctx.deps, w.agent, b.id, { reason: "Needs the network team", toGroupId: l2.id });
    const firstDayEnd = ctx.deps.clock.now().getTime() + 1;
    ctx.deps.clock.advance(3 * DAY);
    // Reopened after the first period ended, and resolved again: the first period never moves.
    await update(w.agent, a.id, { status: "open" });
    ctx.deps.clock.advance(2 * 60 * 60_000);
    await replyToTicket(ctx.deps, w.agent, a.id, { body: "Replaced the toner." });
    await update(w.agent, a.id, { status: "resolved" });
    await update(boss, b.id, { status: "resolved" });
    const { stored, rebuilt } = await storedThenRebuilt(ctx.deps);
    expect(stored).toEqual(rebuilt);
    expect(stored.filter((v) => v.ticketId === a.id).length).toBeGreaterThan(2);
    const now = ctx.deps.clock.now().getTime();
    for (const period of [
      { from: start, to: firstDayEnd },
      { from: firstDayEnd, to: now + 1 },
      { from: start - DAY, to: now + DAY },
    ]) {
      const { folded, aggregated } = await bothWays(ctx.deps, period);
      expect(aggregated).toEqual(folded);
    }
    const first = (await bothWays(ctx.deps, { from: start, to: firstDayEnd })).aggregated;
    expect(first.tickets).toMatchObject({ created: 4, resolved: 2, backlog: 2 });
    expect(first.first_contact_resolution).toMatchObject({ resolved: 1, first_contact: 1, excluded: 1 });
    const agent = { personId: w.agent.personId, groupIds: [] };
    const mine = await bothWays(ctx.deps, { from: start - DAY, to: now + DAY }, {}, agent);
    expect(mine.aggregated).toEqual(mine.folded);
    // By day over the four days: the escalation, the reopening and the backlog moving, in one statement.
    const days = { from: start - DAY, to: now + DAY };
    for (const reach of [null, agent]) {
      const points = await trendFromFacts({ readDb: ctx.deps.db }, days, "day", {}, reach);
      expect(points).toEqual(trend(await loadIndicatorInput(ctx.deps.db, days, {}, reach), days, "day", now));
      expect(points).toEqual(await slicewise(ctx.deps, days, "day", {}, reach));
    }
    expect(
      (await trendFromFacts({ readDb: ctx.deps.db }, days, "day", {}, null)).map((p) => [p.escalations, p.backlog]),
    ).toEqual([
      [0, 0],
      [1, 2],
      [0, 2],
      [0, 2],
      [0, 0],
      [0, 0],
    ]);
  }, 120_000);
});
