import type { Deps } from "../context.ts";
import type { Actor } from "./actor.ts";
import { findAuditEntries, type AuditFilters } from "./audit.store.ts";
import { authorize } from "./directory.policy.ts";

/** A page of the audit log, newest first: admins only. */
export async function listAudit(deps: Pick<Deps, "db">, actor: Actor, filters: AuditFilters) {
  authorize(actor, "audit.read");
  return findAuditEntries(deps.db, actor, filters);
}
