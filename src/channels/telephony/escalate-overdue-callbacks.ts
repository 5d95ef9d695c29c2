import type { Deps } from "../../context.ts";
import { insertFiringEffects, type NotificationRow } from "../../sla/escalation/escalation.store.ts";
import { notificationMessages } from "../../tickets/live/live.ts";
import { publishLive } from "../../tickets/live/publish-live.ts";
import { claimOverdueCallbacksUnscoped, earliestCallbackDueUnscoped, groupLeadIdsUnscoped } from "./telephony.store.ts";

/** The notification kind of an overdue callback (the bell's list shows its title). */
export const CALLBACK_OVERDUE_KIND = "sla.callback_overdue";

/**
 * The callback queue's threshold, fired by the SLA timer worker: a missed call not called back by its due time is
 * escalated once — recorded on the call (`callback_escalated_at`, set by the claim, so two processes never both fire
 * it) and notified in-app, like a breach, to the people who run the queues (the support groups' leads: a missed call
 * is on no ticket yet, so it has no assignee). Returns how many it escalated.
 */
export async function escalateOverdueCallbacks(
  deps: Pick<Deps, "db" | "clock" | "log">,
  limit: number,
): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const calls = await claimOverdueCallbacksUnscoped(tx, now, limit);
    if (calls.length === 0) return 0;
    const leads = await groupLeadIdsUnscoped(tx);
    const notifications: NotificationRow[] = calls.flatMap((call) =>
      leads.map((personId) => ({
        personId,
        ticketId: null,
        kind: CALLBACK_OVERDUE_KIND,
        title: `Missed call from ${call.fromNumber}: callback overdue`,
        body: `The callback was due at ${call.callbackDueAt!.toISOString()}.`,
        createdAt: now,
      })),
    );
    await insertFiringEffects(tx, { escalations: [], notifications, jobs: [] });
    await publishLive(tx, notificationMessages(notifications, now));
    deps.log.info({ calls: calls.length, notified: leads.length }, "overdue callbacks escalated");
    return calls.length;
  });
}

/** When the next callback falls due (null: none waiting). */
export function nextCallbackDue(deps: Pick<Deps, "db">): Promise<Date | null> {
  return earliestCallbackDueUnscoped(deps.db);
}
