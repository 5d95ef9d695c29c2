import { asc, eq, sql } from "drizzle-orm";
import type { Deps } from "../context.ts";
import { satisfactionRatings } from "../feedback/feedback.tables.ts";
import { people, supportGroups } from "../identity/identity.tables.ts";
import { PRIORITIES } from "../shared/enums.ts";
import { foldClocks } from "../sla/clock/clocks.ts";
import { ticketSlaWrite } from "../sla/clock/refresh-ticket-sla.ts";
import { calendarsCached, policiesInForceCached } from "../sla/clock/sla-reference.ts";
import { dueThresholds, thresholdsOf } from "../sla/escalation/thresholds.ts";
import { choosePolicy } from "../sla/policy/policy.ts";
import { ensureSlaDefaults } from "../sla/policy/ensure-sla-defaults.ts";
import { escalations, slaFirings, ticketSla } from "../sla/sla.tables.ts";
import { replay } from "../tickets/ticket/events.ts";
import { ticketEvents, tickets } from "../tickets/ticket.tables.ts";
import { seedDemoIfEmpty } from "./demo.ts";
import { syntheticHistory, type SyntheticCast } from "./synthetic-history.ts";
import { refreshTicketSearchUnscoped } from "../tickets/search/ticket-search.store.ts";

/** Tickets written per transaction: large enough for fast bulk inserts, small enough for PostgreSQL's 65,535 parameters. */
const BATCH = 250;

async function castOf(deps: Deps): Promise<SyntheticCast> {
  const staff = await deps.db
    .select({ id: people.id, role: people.role, organizationId: people.organizationId })
    .from(people)
    .where(eq(people.active, true))
    .orderBy(asc(people.email));
  const groups = await deps.db
    .select({ id: supportGroups.id, tier: supportGroups.tier })
    .from(supportGroups)
    .orderBy(asc(supportGroups.tier), asc(supportGroups.name));
  const firstLine = groups.filter((g) => g.tier === 1).map((g) => g.id);
  const secondLine = groups.filter((g) => g.tier > 1).map((g) => g.id);
  const cast = {
    requesters: staff.filter((p) => p.role === "requester"),
    agents: staff.filter((p) => p.role === "agent").map((p) => p.id),
    firstLine: firstLine.length > 0 ? firstLine : groups.map((g) => g.id),
    secondLine: secondLine.length > 0 ? secondLine : groups.map((g) => g.id),
  };
  if (cast.requesters.length === 0 || cast.agents.length === 0 || cast.firstLine.length === 0)
    throw new Error("seed-synthetic needs requesters, agents and a support group: seed the demo workspace first");
  return cast;
}

/**
 * Writes `count` tickets of a synthetic year (synthetic-history.ts) as the product stores them: each ticket's events,
 * its projection row (the fold of those events), its SLA row (the clocks folded now under the policy that applies,
 * thresholds already passed recorded as fired so the worker does not replay a year of warnings), escalations and
 * ratings; in bulk, a batch per transaction. An empty database gets the demo workspace first. Returns how many.
 */
export async function seedSynthetic(deps: Deps, options: { tickets: number; seed: number }): Promise<number> {
  await ensureSlaDefaults(deps);
  await seedDemoIfEmpty(deps);
  const cast = await castOf(deps);
  const now = deps.clock.now();
  const history = syntheticHistory(options.tickets, options.seed, cast, now.getTime());
  const policies = await policiesInForceCached(deps.cache, deps.db, now);
  const [{ max }] = (await deps.db
    .select({ max: sql<number>`coalesce(max(${tickets.number}), 10000)::int` })
    .from(tickets)) as [{ max: number }];
  for (let from = 0; from < history.length; from += BATCH) {
    const batch = history.slice(from, from + BATCH);
    const rows: Array<typeof tickets.$inferInsert> = [];
    const events: Array<typeof ticketEvents.$inferInsert> = [];
    const slas: Array<typeof ticketSla.$inferInsert> = [];
    const firings: Array<typeof slaFirings.$inferInsert> = [];
    for (const [i, t] of batch.entries()) {
      const state = replay(t.events);
      rows.push({ id: t.id, number: max + from + i + 1, ...state });
      events.push(
        ...t.events.map((e, seq) => ({
          ticketId: t.id,
          seq: seq + 1,
          type: e.type,
          actorId: e.actorId,
          at: e.at,
          data: e.data,
        })),
      );
      const chosen = choosePolicy(policies, state);
      if (!chosen) continue;
      const policy = chosen.version.definition;
      const calendars = await calendarsCached(
        deps.cache,
        deps.db,
        PRIORITIES.map((p) => policy.targets[p].calendarId),
      );
      const summary = foldClocks(t.events, { policy, calendars, now: now.getTime() });
      const { due, nextDueAt } = dueThresholds(thresholdsOf(summary, policy, calendars), new Set(), now.getTime());
      // What is past was fired when it fell due, as a worker that kept up would have.
      for (const d of due)
        firings.push({ ticketId: t.id, key: d.key, dueAt: new Date(d.at!), firedAt: new Date(d.at!) });
      slas.push(ticketSlaWrite(t.id, chosen.version.id, summary, [], nextDueAt, now));
    }
    await deps.db.transaction(async (tx) => {
      await tx.insert(tickets).values(rows);
      for (let j = 0; j < events.length; j += 2000) await tx.insert(ticketEvents).values(events.slice(j, j + 2000));
      if (slas.length > 0) await tx.insert(ticketSla).values(slas);
      await refreshTicketSearchUnscoped(
        tx,
        rows.map((r) => r.id!),
      );
      for (let j = 0; j < firings.length; j += 2000) await tx.insert(slaFirings).values(firings.slice(j, j + 2000));
      const escalated = batch.flatMap((t) => (t.escalation ? [{ ticketId: t.id, ...t.escalation }] : []));
      if (escalated.length > 0)
        await tx.insert(escalations).values(
          escalated.map((e) => ({
            ticketId: e.ticketId,
            kind: "manual" as const,
            fromGroupId: e.fromGroupId,
            toGroupId: e.toGroupId,
            reason: "Needs second line",
            actorId: e.actorId,
            at: e.at,
          })),
        );
      const rated = batch.flatMap((t) => (t.rating ? [{ ticketId: t.id, ...t.rating }] : []));
      if (rated.length > 0)
        await tx.insert(satisfactionRatings).values(
          rated.map((r) => ({
            ticketId: r.ticketId,
            personId: r.personId,
            score: r.score,
            comment: r.comment,
            createdAt: r.at,
            updatedAt: r.at,
          })),
        );
    });
  }
  await deps.db.execute(
    sql`select setval('ticket_number_seq', greatest(${max + history.length}, (select last_value from ticket_number_seq)))`,
  );
  return history.length;
}
