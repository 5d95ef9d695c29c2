import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { markAllNotificationsRead } from "./notification.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";

/** Marks every unread notification of the caller read (the bell's "mark all read"); others' stay as they are. */
export async function readAllNotifications(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
): Promise<{ marked: number; unread: 0 }> {
  authorizeSla(actor, "notification.write");
  return { marked: await markAllNotificationsRead(deps.db, actor.personId, deps.clock.now()), unread: 0 };
}
