import type { Deps } from "../../context.ts";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { ticketError } from "../../tickets/ticket.errors.ts";
import { authorize } from "../../tickets/ticket/ticket.policy.ts";
import type { RemoteSessionData } from "../../tickets/ticket/events.ts";
import { remoteError } from "./remote.errors.ts";
import { remoteSessionStep } from "./remote-session-step.ts";
import { updateRemoteSession } from "./remote.store.ts";

export type RemoteOutcome = NonNullable<RemoteSessionData["outcome"]>;

/**
 * Ends a session with its notes and outcome (staff who may update the ticket). A session that never started can only
 * be cancelled; an ended one stays as it ended.
 */
export async function endRemoteSession(
  deps: Deps,
  actor: Actor,
  sessionId: string,
  input: { notes: string; outcome: RemoteOutcome },
) {
  return remoteSessionStep(deps, actor, sessionId, async (tx, { session, ticket, at }) => {
    authorize(actor, "update", ticket);
    if (!isStaff(actor)) throw ticketError("TICKET_ACTION_FORBIDDEN");
    if (session.endedAt) throw remoteError("REMOTE_SESSION_ENDED");
    if (!session.startedAt && input.outcome !== "cancelled")
      throw remoteError("REMOTE_SESSION_NOT_STARTED", "body.outcome");
    const updated = await updateRemoteSession(tx, session.id, {
      endedAt: at,
      notes: input.notes,
      outcome: input.outcome,
    });
    return { session: updated, event: { action: "ended", outcome: input.outcome } };
  });
}
