import type { Deps } from "../context.ts";
import { hasScope, type Actor } from "../identity/actor.ts";
import { diffFields, hasChanges } from "../identity/audit.ts";
import { recordAudit } from "../identity/audit.store.ts";
import { identityError } from "../identity/identity.errors.ts";
import { DomainError } from "../shared/errors.ts";
import {
  findOpenCriticalIncidentsUnscoped,
  loadPublicStatusSetting,
  lockPublicStatusSetting,
  savePublicStatusSetting,
  type PublicStatusSetting,
} from "./public-status.store.ts";

export const MAX_PUBLIC_INCIDENTS = 20;

type Cached = Pick<Deps, "db" | "clock" | "cache">;

const setting = (deps: Cached) => deps.cache.get("tickets:public-status-setting", () => loadPublicStatusSetting(deps.db));

/**
 * The public status page (no sign-in): the open critical incidents, newest first (at most 20), each as its number,
 * subject, status and since when. STATUS_PAGE_DISABLED (404) when an admin switched the page off. The list is
 * reused for the reference cache's lifetime (a few seconds), so a crowd refreshing during an outage costs one query.
 */
export async function publicStatus(deps: Cached) {
  if (!(await setting(deps)).enabled) throw new DomainError("not_found", "STATUS_PAGE_DISABLED", "The public status page is switched off.");
  const incidents = await deps.cache.get("tickets:public-status", () => findOpenCriticalIncidentsUnscoped(deps.db, MAX_PUBLIC_INCIDENTS));
  return {
    checkedAt: deps.clock.now().toISOString(),
    incidents: incidents.map((i) => ({ number: i.number, subject: i.subject, priority: "critical" as const, status: i.status, since: i.since.toISOString() })),
  };
}

/** Settings are admin business: the role first, then the credential's scope (deny by default). */
function authorizeSetting(actor: Actor, write: boolean): void {
  if (actor.role !== "admin") throw identityError("FORBIDDEN");
  if (!hasScope(actor, write ? "directory:write" : "directory:read")) throw identityError("SCOPE_MISSING");
}

/** Whether the public status page is on (admin). */
export async function getPublicStatusSetting(deps: Pick<Deps, "db">, actor: Actor): Promise<PublicStatusSetting> {
  authorizeSetting(actor, false);
  return loadPublicStatusSetting(deps.db);
}

/** Switches the public status page on or off (admin; audited). */
export async function setPublicStatusSetting(deps: Pick<Deps, "db" | "clock">, actor: Actor, value: PublicStatusSetting): Promise<PublicStatusSetting> {
  authorizeSetting(actor, true);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const before = await lockPublicStatusSetting(tx);
    const changes = diffFields(before, value, ["enabled"]);
    if (!hasChanges(changes)) return before;
    await savePublicStatusSetting(tx, { enabled: value.enabled }, now);
    await recordAudit(tx, actor, { action: "public_status.updated", entity: "setting", entityId: "public_status", changes }, now);
    return { enabled: value.enabled };
  });
}
