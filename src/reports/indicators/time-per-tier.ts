import type { CalendarTimeline } from "../../sla/calendar/index.ts";
import { foldOla } from "../../sla/clock/ola.ts";
import type { Priority } from "../../shared/enums.ts";
import type { Period } from "./period.ts";
import { spread, type Spread } from "./stats.ts";
import type { TicketFacts, TicketHistory } from "./ticket-facts.ts";

/** A support group as the OLA measures it: its tier, and its internal target's calendar and minutes, if set. */
export type GroupTerms = { tier: number; calendarId: string | null; minutes: Partial<Record<Priority, number>> };

export type TierTime = {
  /** Tickets this tier held while they were worked. */
  tickets: number;
  /** Business minutes each of those tickets spent with the tier's groups. */
  business_minutes: Spread;
  /** Holds longer than the group's internal target (none counted where no target is set). */
  exceeded: number;
};

export type TierContext = { groups: ReadonlyMap<string, GroupTerms>; calendars: ReadonlyMap<string, CalendarTimeline> };

/** What one ticket's tiers held it: business minutes per tier and how many holds exceeded their group's target. */
export type TierHold = { minutes: number; exceeded: number };

/**
 * The business time each tier's groups held one ticket while it was worked, up to `end`, through the SLA's own OLA
 * fold (on the group's calendar, else the ticket's resolution calendar).
 */
export function tierHolds(
  t: TicketFacts,
  sla: NonNullable<TicketHistory["sla"]>,
  ctx: TierContext,
  end: number,
): Map<number, TierHold> {
  const fallback = sla.policy.targets[t.priority].calendarId;
  const holds = foldOla(t.events, {
    pauseStatuses: sla.policy.pauseStatuses,
    now: end,
    termsOf: (groupId, priority) => {
      const group = ctx.groups.get(groupId);
      const calendarId = group?.calendarId && ctx.calendars.has(group.calendarId) ? group.calendarId : fallback;
      const target = group?.minutes[priority];
      const timeline = (ctx.calendars.get(calendarId) ?? sla.calendars.get(calendarId))!;
      return { calendarId, timeline, targetMs: target === undefined ? null : Math.round(target * 60_000) };
    },
  });
  const perTier = new Map<number, TierHold>();
  for (const hold of holds) {
    const tier = ctx.groups.get(hold.groupId)?.tier ?? 0;
    const sum = perTier.get(tier) ?? { minutes: 0, exceeded: 0 };
    perTier.set(tier, {
      minutes: sum.minutes + hold.heldMs / 60_000,
      exceeded: sum.exceeded + (hold.exceeded ? 1 : 0),
    });
  }
  return perTier;
}

/**
 * Time per tier (OLA): for the tickets resolved in the period, the business time each tier's groups held them
 * while they were worked (not waiting on the customer), on the group's calendar (else the ticket's resolution
 * calendar) — through the SLA's own OLA fold.
 */
export function timePerTier(
  period: Period,
  tickets: readonly TicketFacts[],
  slaOf: (id: string) => TicketHistory["sla"],
  ctx: TierContext,
): Record<string, TierTime> {
  const minutes = new Map<number, number[]>();
  const exceeded = new Map<number, number>();
  for (const t of tickets) {
    const sla = slaOf(t.id);
    if (!t.resolvedInPeriod || t.linked || !sla) continue;
    for (const [tier, held] of tierHolds(t, sla, ctx, Math.min(period.to, t.resolvedAt ?? period.to))) {
      minutes.set(tier, [...(minutes.get(tier) ?? []), held.minutes]);
      if (held.exceeded > 0) exceeded.set(tier, (exceeded.get(tier) ?? 0) + held.exceeded);
    }
  }
  const out: Record<string, TierTime> = {};
  for (const tier of [...minutes.keys()].sort((a, b) => a - b)) {
    const list = minutes.get(tier)!;
    out[String(tier)] = { tickets: list.length, business_minutes: spread(list), exceeded: exceeded.get(tier) ?? 0 };
  }
  return out;
}
