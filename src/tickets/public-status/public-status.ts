import type { Deps } from "../../context.ts";
import { hasScope, type Actor } from "../../identity/actor.ts";
import { diffFields, hasChanges } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { identityError } from "../../identity/identity.errors.ts";
import { DomainError } from "../../shared/errors.ts";
import { findPublishedIncidentsUnscoped, listPublicIncidentUpdatesUnscoped } from "./public-incident.store.ts";
import {
  loadPublicStatusSetting,
  lockPublicStatusSetting,
  savePublicStatusSetting,
  type PublicStatusSetting,
} from "./public-status.store.ts";

export const MAX_PUBLIC_INCIDENTS = 20;
/** How long a resolved incident stays on the page, so visitors see that it is over. */
export const RESOLVED_SHOWN_MS = 24 * 3_600_000;

type Cached = Pick<Deps, "db" | "clock" | "cache">;

const setting = (deps: Cached) =>
  deps.cache.get("tickets:public-status-setting", () => loadPublicStatusSetting(deps.db));

/**
 * The public status page (no sign-in): the incidents staff published, newest first (at most 20), each with the title
 * and the timestamped updates staff wrote, its number and whether it is resolved; resolved ones stay for a day.
 * Nothing a requester typed is shown (the rule of issue 8: public incidents are published by staff).
 * STATUS_PAGE_DISABLED (404) when an admin switched the page off. The list is reused for the reference cache's
 * lifetime (a few seconds; a publish drops it at once), so a crowd refreshing during an outage costs one query.
 */
export async function publicStatus(deps: Cached) {
  if (!(await setting(deps)).enabled)
    throw new DomainError("not_found", "STATUS_PAGE_DISABLED", "The public status page is switched off.");
  const now = deps.clock.now();
  const incidents = await deps.cache.get("tickets:public-status", async () => {
    const rows = await findPublishedIncidentsUnscoped(
      deps.db,
      MAX_PUBLIC_INCIDENTS,
      new Date(now.getTime() - RESOLVED_SHOWN_MS),
    );
    const updates = await listPublicIncidentUpdatesUnscoped(
      deps.db,
      rows.map((r) => r.ticketId),
    );
    return rows.map((r) => ({
      number: r.number,
      title: r.title,
      status: r.status,
      resolved: r.status === "resolved" || r.status === "closed",
      since: r.publishedAt.toISOString(),
      resolvedAt: r.resolvedAt?.toISOString() ?? null,
      updates: updates.filter((u) => u.ticketId === r.ticketId).map((u) => ({ body: u.body, at: u.at.toISOString() })),
    }));
  });
  return { checkedAt: now.toISOString(), incidents };
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
export async function setPublicStatusSetting(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  value: PublicStatusSetting,
): Promise<PublicStatusSetting> {
  authorizeSetting(actor, true);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const before = await lockPublicStatusSetting(tx);
    const changes = diffFields(before, value, ["enabled"]);
    if (!hasChanges(changes)) return before;
    await savePublicStatusSetting(tx, { enabled: value.enabled }, now);
    await recordAudit(
      tx,
      actor,
      { action: "public_status.updated", entity: "setting", entityId: "public_status", changes },
      now,
    );
    return { enabled: value.enabled };
  });
}
