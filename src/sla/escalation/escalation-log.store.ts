import { and, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { tickets } from "../../tickets/ticket.tables.ts";
import { escalations } from "../sla.tables.ts";

export type EscalationRow = typeof escalations.$inferSelect;

export type EscalationFilters = {
  /** At or after this instant. */
  from?: Date;
  /** Before this instant. */
  to?: Date;
  kind?: EscalationRow["kind"];
  /** Escalations from or to this group. */
  groupId?: string;
  limit: number;
  /** The (at, id) of the last row of the previous page. */
  after?: { at: Date; id: string };
};

/**
 * A kind as a filter. An escalation by hand is one `manual` record holding everything it did, so asking for
 * hand-overs (functional), raised priorities or people told (hierarchical) also finds the manual ones that did so.
 */
function kindCondition(kind: EscalationRow["kind"]): SQL | undefined {
  const manual = eq(escalations.kind, "manual");
  switch (kind) {
    case "functional":
      return or(
        eq(escalations.kind, kind),
        and(manual, sql`${escalations.toGroupId} is distinct from ${escalations.fromGroupId}`),
      );
    case "priority":
      return or(
        eq(escalations.kind, kind),
        and(manual, sql`${escalations.toPriority} is distinct from ${escalations.fromPriority}`),
      );
    case "hierarchical":
      return or(eq(escalations.kind, kind), and(manual, sql`jsonb_array_length(${escalations.notified}) > 0`));
    default:
      return eq(escalations.kind, kind);
  }
}

/** One page of the escalation log, newest first, with each ticket's number. Unscoped: managers and admins see every ticket. */
export async function findEscalations(
  db: Db,
  f: EscalationFilters,
): Promise<Array<{ escalation: EscalationRow; ticketNumber: number }>> {
  const conditions: Array<SQL | undefined> = [
    f.from ? gte(escalations.at, f.from) : undefined,
    f.to ? lt(escalations.at, f.to) : undefined,
    f.kind ? kindCondition(f.kind) : undefined,
    f.groupId ? or(eq(escalations.fromGroupId, f.groupId), eq(escalations.toGroupId, f.groupId)) : undefined,
    f.after
      ? sql`(${escalations.at}, ${escalations.id}) < (${f.after.at.toISOString()}::timestamptz, ${f.after.id}::uuid)`
      : undefined,
  ];
  return db
    .select({ escalation: escalations, ticketNumber: tickets.number })
    .from(escalations)
    .innerJoin(tickets, eq(tickets.id, escalations.ticketId))
    .where(and(...conditions))
    .orderBy(desc(escalations.at), desc(escalations.id))
    .limit(f.limit);
}
