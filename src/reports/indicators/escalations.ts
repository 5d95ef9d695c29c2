import type { Period } from "./period.ts";
import { inPeriod } from "./period.ts";

/** One escalation record as stored by the SLA engine or a person (sla.tables.ts `escalations`). */
export type EscalationFact = {
  id: string;
  ticketId: string;
  ticketNumber: number;
  kind: "warning" | "breach" | "functional" | "hierarchical" | "priority" | "manual";
  level: number | null;
  clock: string | null;
  fromGroupId: string | null;
  toGroupId: string | null;
  fromPriority: string | null;
  toPriority: string | null;
  notified: readonly string[];
  reason: string;
  /** The policy threshold that fired it; null when a person escalated by hand. */
  rule: string | null;
  actorId: string | null;
  at: Date;
};

/** Kinds that move or raise a ticket or call people in; warnings and breaches are alerts, counted apart. */
export const ESCALATING_KINDS = ["functional", "hierarchical", "priority", "manual"] as const;
type EscalatingKind = (typeof ESCALATING_KINDS)[number];

export const isEscalation = (e: EscalationFact): e is EscalationFact & { kind: EscalatingKind } =>
  (ESCALATING_KINDS as readonly string[]).includes(e.kind);

export type EscalationItem = {
  ticket_id: string;
  ticket_number: number;
  kind: EscalatingKind;
  level: number | null;
  trigger: "automatic" | "manual";
  /** The person who escalated, or null when the SLA engine did (see `rule`). */
  who: string | null;
  rule: string | null;
  when: string;
  why: string;
  from: { group_id: string | null; priority: string | null };
  to: { group_id: string | null; priority: string | null; notified: string[] };
};

export type Escalations = {
  count: number;
  by_kind: Record<EscalatingKind, number>;
  /** Automatic levels by their number; escalations by hand under "manual". */
  by_level: Record<string, number>;
  by_trigger: { automatic: number; manual: number };
  /** SLA warnings and breaches notified in the period (not escalations: nothing moved). */
  alerts: { warning: number; breach: number };
  items: EscalationItem[];
};

/**
 * Escalations in the period: functional (to another group or tier), hierarchical (people up the chain told),
 * priority (raised) — automatic at an SLA escalation level — and manual (by a person, one record per act), each
 * with who, when, why, from and to.
 */
export function escalationsIn(period: Period, records: readonly EscalationFact[]): Escalations {
  const inside = records
    .filter((e) => inPeriod(period, e.at.getTime()))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
  const by_kind = { functional: 0, hierarchical: 0, priority: 0, manual: 0 };
  const by_level: Record<string, number> = {};
  const alerts = { warning: 0, breach: 0 };
  const items: EscalationItem[] = [];
  for (const e of inside) {
    if (!isEscalation(e)) {
      alerts[e.kind as "warning" | "breach"] += 1;
      continue;
    }
    by_kind[e.kind] += 1;
    const level = e.kind === "manual" ? "manual" : String(e.level ?? "none");
    by_level[level] = (by_level[level] ?? 0) + 1;
    items.push({
      ticket_id: e.ticketId,
      ticket_number: e.ticketNumber,
      kind: e.kind,
      level: e.level,
      trigger: e.rule === null ? "manual" : "automatic",
      who: e.actorId,
      rule: e.rule,
      when: e.at.toISOString(),
      why: e.reason,
      from: { group_id: e.fromGroupId, priority: e.fromPriority },
      to: { group_id: e.toGroupId, priority: e.toPriority, notified: [...e.notified] },
    });
  }
  const manual = items.filter((i) => i.trigger === "manual").length;
  return {
    count: items.length,
    by_kind,
    by_level,
    by_trigger: { automatic: items.length - manual, manual },
    alerts,
    items,
  };
}
