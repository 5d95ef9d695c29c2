import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { countUnread, findNotifications, type NotificationRow } from "./notification.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";

/** The caller's own in-app notifications, unread first, with how many are unread. */
export async function listNotifications(
  deps: Pick<Deps, "db">,
  actor: Actor,
  limit: number,
): Promise<{ items: NotificationRow[]; unread: number }> {
  authorizeSla(actor, "notification.read");
  const [items, unread] = await Promise.all([
    findNotifications(deps.db, actor.personId, limit),
    countUnread(deps.db, actor.personId),
  ]);
  return { items, unread };
}
