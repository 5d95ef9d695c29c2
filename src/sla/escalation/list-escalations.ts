import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { findEscalations, type EscalationFilters } from "./escalation-log.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";
import { slaError } from "../sla.errors.ts";
import { decodeCursor, encodeCursor } from "../../platform/db/keyset.ts";

const isInstant = (value: unknown): value is string =>
  typeof value === "string" && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;

function readCursor(cursor: string): { at: Date; id: string } {
  const parts = decodeCursor(cursor, isInstant);
  if (!parts) throw slaError("INVALID_CURSOR", "query.cursor");
  return { at: new Date(parts[0]), id: parts[1] };
}
export type EscalationQuery = Omit<EscalationFilters, "after"> & { cursor?: string };

/** The escalation log across tickets, newest first, filtered by time, kind and group (managers and admins). */
export async function listEscalations(deps: Pick<Deps, "db">, actor: Actor, q: EscalationQuery) {
  authorizeSla(actor, "escalation.list");
  if (q.from && q.to && q.from > q.to) throw slaError("INVALID_RANGE", "query.from");
  const { cursor, ...filters } = q;
  const rows = await findEscalations(deps.db, {
    ...filters,
    limit: q.limit + 1,
    ...(cursor ? { after: readCursor(cursor) } : {}),
  });
  const items = rows.slice(0, q.limit);
  const last = items.at(-1)?.escalation;
  const nextCursor = rows.length > q.limit && last ? encodeCursor(last.at.toISOString(), last.id) : null;
  return { items, nextCursor };
}
