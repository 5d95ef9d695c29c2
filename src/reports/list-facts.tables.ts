import { sql } from "drizzle-orm";
import { boolean, index, jsonb, text, uuid, type AnyPgColumn, type ExtraConfigColumn } from "drizzle-orm/pg-core";
import type { Status } from "../shared/enums.ts";
import type { ListFacts } from "./indicators/list-facts.ts";

/**
 * The columns of `ticket_indicator_facts` the ticket-by-ticket lists read (indicators/list-facts.ts): the ticket as
 * it stood at each version. Nullable only because rows written before they arrived had none; the migration path
 * refolds every ticket when `…_list_facts.sql` is applied (rebuild-indicator-facts.ts), so every row has them after.
 */
export const listFactColumns = {
  subject: text("subject"),
  status: text("status").$type<Status>(),
  assigneeId: uuid("assignee_id"),
  groupId: uuid("group_id"),
  organizationId: uuid("organization_id"),
  responseBreached: boolean("response_breached"),
  resolutionBreached: boolean("resolution_breached"),
  linkedClocks: jsonb("linked_clocks").$type<ListFacts["linkedClocks"]>(),
};

/**
 * The resolved list in its own order (resolution instant, then number): a page is read off this index from the
 * keyset on, the versions not valid at the period's end filtered out (a resolved ticket has a few final versions).
 */
export const listFactIndexes = (t: {
  resolvedAt: AnyPgColumn | ExtraConfigColumn;
  number: AnyPgColumn | ExtraConfigColumn;
  final: AnyPgColumn | ExtraConfigColumn;
}) => [
  index("ticket_indicator_facts_resolved_idx")
    .on(t.resolvedAt as ExtraConfigColumn, t.number as ExtraConfigColumn)
    .where(sql`${t.final}`),
];

/** A version's list facts as its row's columns. */
export const listFactRow = (l: ListFacts) => ({ ...l });

type ListColumns = {
  [K in keyof ListFacts]: K extends "subject" | "status" | "organizationId" ? ListFacts[K] | null : ListFacts[K];
};

/** A stored row's list columns read back as the pure list facts (an unfilled row reads as empty). */
export function listFactsOfRow(r: ListColumns): ListFacts {
  const clocks = r.linkedClocks;
  return {
    subject: r.subject ?? "",
    status: r.status ?? "new",
    assigneeId: r.assigneeId,
    groupId: r.groupId,
    organizationId: r.organizationId ?? "",
    responseBreached: r.responseBreached,
    resolutionBreached: r.resolutionBreached,
    // jsonb keeps its own key order: rebuilt in the pure function's.
    linkedClocks: clocks
      ? {
          response: clocks.response && {
            businessMinutes: clocks.response.businessMinutes,
            wallMinutes: clocks.response.wallMinutes,
          },
          resolution: clocks.resolution && {
            businessMinutes: clocks.resolution.businessMinutes,
            wallMinutes: clocks.resolution.wallMinutes,
          },
        }
      : null,
  };
}
