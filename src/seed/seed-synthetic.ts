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
import { refreshTicketSearchUnscoped } from "../tickets/search/ticket-search.store.ts";
import { bulkInsert } from "./bulk-insert.ts";
import { ticketIndicatorFacts } from "../reports/indicator-facts.tables.ts";
import { factRows, tierContextOf } from "../reports/indicator-facts.store.ts";
import { factVersions } from "../reports/indicators/indicator-facts.ts";
import { syntheticTickets, type SyntheticCast } from "./synthetic-history.ts";

/**
 * Tickets written per transaction: each table's rows of a batch go in one statement (bulk-insert.ts), so a batch is
 * a handful of round trips; 2,000 tickets is about 16,000 events, a few megabytes of JSON.
 */
const BATCH = 2000;

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

type Batch = {
  tickets: Array<typeof tickets.$inferInsert>;
  events: Array<typeof ticketEvents.$inferInsert>;
  slas: Array<typeof ticketSla.$inferInsert>;
  firings: Array<typeof slaFirings.$inferInsert>;
  escalations: Array<typeof escalations.$inferInsert>;
  ratings: Array<typeof satisfactionRatings.$inferInsert>;
  facts: Array<typeof ticketIndicatorFacts.$inferInsert>;
};

const emptyBatch = (): Batch => ({
  tickets: [],
  events: [],
  slas: [],
  firings: [],
  escalations: [],
  ratings: [],
  facts: [],
});

async function writeBatch(deps: Deps, batch: Batch): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await bulkInsert(tx, tickets, batch.tickets);
    await bulkInsert(tx, ticketEvents, batch.events);
    await refreshTicketSearchUnscoped(
      tx,
      batch.tickets.map((t) => t.id!),
    );
    await bulkInsert(tx, ticketSla, batch.slas);
    await bulkInsert(tx, slaFirings, batch.firings);
    await bulkInsert(tx, escalations, batch.escalations);
    await bulkInsert(tx, satisfactionRatings, batch.ratings);
    await bulkInsert(tx, ticketIndicatorFacts, batch.facts);
  });
}

/**
 * Writes `count` tickets of a synthetic year (synthetic-history.ts) as the product stores them: each ticket's events,
 * its projection row (the fold of those events), its SLA row (the clocks folded now under the policy that applies,
 * thresholds already passed recorded as fired so the worker does not replay a year of warnings), escalations and
 * ratings; in bulk, a batch per transaction, the next batch generated while the database stores the last one.
 * An empty database gets the demo workspace first. Returns how many.
 */
export async function seedSynthetic(
  deps: Deps,
  options: { tickets: number; seed: number; /** Tickets per transaction (tests use small ones). */ batch?: number },
): Promise<number> {
  const batchSize = options.batch ?? BATCH;
  await ensureSlaDefaults(deps);
  await seedDemoIfEmpty(deps);
  const cast = await castOf(deps);
  const now = deps.clock.now();
  const policies = await policiesInForceCached(deps.cache, deps.db, now);
  const calendarsOf = new Map<string, Awaited<ReturnType<typeof calendarsCached>>>();
  // The indicator facts as the ticket reaction would have kept them (written in bulk, no reaction runs).
  const tiers = await tierContextOf(deps.db, [...cast.firstLine, ...cast.secondLine]);
  const [{ max }] = (await deps.db
    .select({ max: sql<number>`coalesce(max(${tickets.number}), 10000)::int` })
    .from(tickets)) as [{ max: number }];
  let written = 0;
  let batch = emptyBatch();
  let storing: Promise<void> = Promise.resolve();
  for (const t of syntheticTickets(options.tickets, options.seed, cast, now.getTime())) {
    const state = replay(t.events);
    batch.tickets.push({ id: t.id, number: max + ++written, ...state });
    for (const [seq, e] of t.events.entries())
      batch.events.push({ ticketId: t.id, seq: seq + 1, type: e.type, actorId: e.actorId, at: e.at, data: e.data });
    if (t.escalation)
      batch.escalations.push({ ticketId: t.id, kind: "manual", reason: "Needs second line", ...t.escalation });
    if (t.rating) {
      const { personId, score, comment, at } = t.rating;
      batch.ratings.push({ ticketId: t.id, personId, score, comment, createdAt: at, updatedAt: at });
    }
    const chosen = choosePolicy(policies, state);
    if (chosen) {
      const policy = chosen.version.definition;
      let calendars = calendarsOf.get(chosen.version.id);
      if (!calendars) {
        calendars = await calendarsCached(
          deps.cache,
          deps.db,
          PRIORITIES.map((p) => policy.targets[p].calendarId),
        );
        calendarsOf.set(chosen.version.id, calendars);
      }
      const summary = foldClocks(t.events, { policy, calendars, now: now.getTime() });
      const { due, nextDueAt } = dueThresholds(thresholdsOf(summary, policy, calendars), new Set(), now.getTime());
      // What is past was fired when it fell due, as a worker that kept up would have.
      for (const d of due)
        batch.firings.push({ ticketId: t.id, key: d.key, dueAt: new Date(d.at!), firedAt: new Date(d.at!) });
      batch.slas.push(ticketSlaWrite(t.id, chosen.version.id, summary, [], nextDueAt, now));
    }
    const sla = chosen ? { policy: chosen.version.definition, calendars: calendarsOf.get(chosen.version.id)! } : null;
    batch.facts.push(...factRows(factVersions({ id: t.id, number: max + written, events: t.events, sla }, tiers)));
    if (batch.tickets.length === batchSize) {
      // One batch in flight at a time: building the next one overlaps the database's work on this one.
      await storing;
      storing = writeBatch(deps, batch);
      // Seen now, thrown where it is awaited: a failure while the next batch is built is no unhandled rejection.
      storing.catch(() => undefined);
      batch = emptyBatch();
    }
  }
  await storing;
  await writeBatch(deps, batch);
  await deps.db.execute(
    sql`select setval('ticket_number_seq', greatest(${max + written}, (select last_value from ticket_number_seq)))`,
  );
  return written;
}
