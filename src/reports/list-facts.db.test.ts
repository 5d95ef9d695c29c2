import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Actor } from "../identity/actor.ts";
import { tickets } from "../tickets/ticket.tables.ts";
import { describeEachEngine, type TestDeps } from "../../test/support/db.ts";
import { actorFor, buildGroup, buildPerson, buildWorkspace, ticketInput } from "../../test/support/factories.ts";
import { ensureSlaDefaults } from "../sla/policy/ensure-sla-defaults.ts";
import { escalateTicket } from "../sla/escalation/escalate-ticket.ts";
import { seedSynthetic } from "../seed/seed-synthetic.ts";
import { replyToTicket } from "../tickets/conversation/reply-to-ticket.ts";
import { createTicket } from "../tickets/ticket/create-ticket.ts";
import { updateTicket } from "../tickets/ticket/update-ticket.ts";
import { FIGURES, ticketsBehind, type Figure } from "./indicators/figure-tickets.ts";
import { computeIndicators, factsOf } from "./indicators/indicators.ts";
import type { Period } from "./indicators/period.ts";
import { resolvedTickets } from "./indicators/resolved-tickets.ts";
import { loadIndicatorInput, type ReportReach, type TicketSelection } from "./indicators.store.ts";
import { figureTicketsFromFacts, resolvedFromFacts, type ResolvedKey } from "./list-facts.store.ts";
import { refreshIndicatorFacts } from "./refresh-indicator-facts.ts";

const DAY = 86_400_000;

describeEachEngine("the ticket lists read from the indicator facts", (ctx) => {
  /** A whole list read from the facts a small page at a time, each page starting after the last row's key. */
  async function allPages<R, K>(read: (after: K | undefined) => Promise<R[]>, key: (row: R) => K): Promise<R[]> {
    const out: R[] = [];
    let after: K | undefined;
    for (;;) {
      const page = await read(after);
      out.push(...page);
      if (page.length < 7) return out;
      after = key(page[page.length - 1]!);
    }
  }

  /** The resolved list and every figure's drill-down, folded from the histories and read from the facts, side by side. */
  async function listsBothWays(deps: TestDeps, period: Period, selection: TicketSelection, reach: ReportReach) {
    const now = deps.clock.now().getTime();
    const input = await loadIndicatorInput(deps.db, period, selection, reach);
    const facts = factsOf(input, period, now);
    const report = computeIndicators(input, period, now);
    const sources = {
      escalations: input.escalations,
      ratings: input.ratings,
      firstContact: report.first_contact_resolution,
    };
    const resolved = await allPages(
      (after: ResolvedKey | undefined) => resolvedFromFacts(deps.db, period, selection, reach, { after, limit: 7 }),
      (r) => ({ resolvedAt: r.resolved_at, number: r.number }),
    );
    expect(resolved).toEqual(resolvedTickets(facts));
    const counts: Partial<Record<Figure, number>> = {};
    for (const figure of FIGURES) {
      const listed = await allPages(
        (after: number | undefined) =>
          figureTicketsFromFacts(deps.db, period, figure, selection, reach, { after, limit: 7 }),
        (r) => r.number,
      );
      expect({ figure, listed }).toEqual({ figure, listed: ticketsBehind(figure, period, facts, sources) });
      counts[figure] = listed.length;
    }
    return { resolved: resolved.length, counts };
  }

  it("on a seeded synthetic year, the resolved list and every drill-down equal the folded lists, page by page", async () => {
    await seedSynthetic(ctx.deps, { tickets: 200, seed: 5, batch: 80 });
    await refreshIndicatorFacts(ctx.deps.db, { batch: 50, maxBatches: Infinity });
    const now = ctx.deps.clock.now().getTime();
    const [agent] = await ctx.deps.db.select({ id: tickets.assigneeId }).from(tickets).limit(1);
    const seen = { resolved: 0, backlog: 0, escalated: 0, rated: 0, reopened: 0 };
    for (const [period, selection, reach] of [
      [{ from: now - 365 * DAY, to: now + DAY }, {}, null],
      [{ from: now - 90 * DAY, to: now - 60 * DAY }, {}, null],
      [{ from: now - 7 * DAY, to: now + 7 * DAY }, {}, null],
      [{ from: now - 365 * DAY, to: now + DAY }, { priority: "high" }, null],
      [{ from: now - 365 * DAY, to: now + DAY }, {}, { personId: agent!.id!, groupIds: [] }],
    ] as Array<[Period, TicketSelection, ReportReach]>) {
      const { resolved, counts } = await listsBothWays(ctx.deps, period, selection, reach);
      seen.resolved += resolved;
      seen.backlog += counts.backlog ?? 0;
      seen.escalated += counts.escalated ?? 0;
      seen.rated += counts.rated ?? 0;
      seen.reopened += counts.reopened ?? 0;
    }
    // The comparisons were about something: lists long enough to span pages, of every kind of ticket.
    expect(seen.resolved).toBeGreaterThan(20);
    expect(seen.backlog).toBeGreaterThan(7);
    expect(seen.escalated).toBeGreaterThan(0);
    expect(seen.rated).toBeGreaterThan(0);
    expect(seen.reopened).toBeGreaterThan(0);
  }, 600_000);

  it("through replies, a linked child, a spam tag, an escalation and a reopening after the period, equal to the folded lists", async () => {
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
    await update(w.agent, a.id, { status: "resolved", subject: "Printer spooler restarted" });
    await update(w.agent, spam.id, { tags: ["spam"], status: "resolved" });
    await update(w.agent, child.id, { status: "resolved" });
    await escalateTicket(ctx.deps, w.agent, b.id, { reason: "Needs the network team", toGroupId: l2.id });
    const firstDayEnd = ctx.deps.clock.now().getTime() + 1;
    ctx.deps.clock.advance(3 * DAY);
    // Reopened and renamed after the first period ended: the first period's lists show it as it stood then.
    await update(w.agent, a.id, { status: "open", subject: "Printer jams again" });
    ctx.deps.clock.advance(2 * 60 * 60_000);
    await replyToTicket(ctx.deps, w.agent, a.id, { body: "Replaced the toner." });
    await update(w.agent, a.id, { status: "resolved" });
    await update(boss, b.id, { status: "resolved" });
    await refreshIndicatorFacts(ctx.deps.db, { batch: 3, maxBatches: Infinity });
    const now = ctx.deps.clock.now().getTime();
    const first = { from: start, to: firstDayEnd };
    for (const period of [first, { from: firstDayEnd, to: now + 1 }, { from: start - DAY, to: now + DAY }]) {
      await listsBothWays(ctx.deps, period, {}, null);
      await listsBothWays(ctx.deps, period, {}, { personId: w.agent.personId, groupIds: [] });
    }
    const then = await resolvedFromFacts(ctx.deps.db, first, {}, null, { limit: 10 });
    expect(then.map((r) => [r.number, r.linked_to_parent])).toEqual([
      [a.number, false],
      [spam.number, false],
      [child.number, true],
    ]);
    expect(then[0]!.subject).toBe("Printer spooler restarted");
    const backlog = await figureTicketsFromFacts(ctx.deps.db, first, "backlog", {}, null, { limit: 10 });
    expect(backlog.map((r) => r.number)).toEqual([b.number]);
  }, 120_000);
});
