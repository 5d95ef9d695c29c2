import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { markNotificationRead, type NotificationRow } from "./notification.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";
import { slaError } from "../sla.errors.ts";

/** Marks one of the caller's notifications read; someone else's is not found. Repeating it keeps the first time. */
export async function readNotification(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
): Promise<NotificationRow> {
  authorizeSla(actor, "notification.write");
  const row = await markNotificationRead(deps.db, actor.personId, id, deps.clock.now());
  if (!row) throw slaError("NOTIFICATION_NOT_FOUND", "params.id");
  return row;
}
