import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { findEscalations, type EscalationFilters } from "./escalation-log.store.ts";
import { authorizeSla } from "./sla-access.policy.ts";
import { slaError } from "./sla.errors.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string" && UUID.test(value[1])) {
      const at = new Date(value[0]);
      if (!Number.isNaN(at.getTime()) && at.toISOString() === value[0]) return { at, id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw slaError("INVALID_CURSOR", "query.cursor");
}

export type EscalationQuery = Omit<EscalationFilters, "after"> & { cursor?: string };

/** The escalation log across tickets, newest first, filtered by time, kind and group (managers and admins). */
export async function listEscalations(deps: Pick<Deps, "db">, actor: Actor, q: EscalationQuery) {
  authorizeSla(actor, "escalation.list");
  if (q.from && q.to && q.from > q.to) throw slaError("INVALID_RANGE", "query.from");
  const { cursor, ...filters } = q;
  const rows = await findEscalations(deps.db, { ...filters, limit: q.limit + 1, ...(cursor ? { after: decodeCursor(cursor) } : {}) });
  const items = rows.slice(0, q.limit);
  const last = items.at(-1)?.escalation;
  const nextCursor = rows.length > q.limit && last ? Buffer.from(JSON.stringify([last.at.toISOString(), last.id])).toString("base64url") : null;
  return { items, nextCursor };
}
