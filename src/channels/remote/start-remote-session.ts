import type { Deps } from "../../context.ts";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { ticketError } from "../../tickets/ticket.errors.ts";
import { authorize } from "../../tickets/ticket/ticket.policy.ts";
import { remoteError } from "./remote.errors.ts";
import { remoteSessionStep } from "./remote-session-step.ts";
import { updateRemoteSession } from "./remote.store.ts";

/**
 * Starts a session (staff who may update the ticket): refused with 409 REMOTE_CONSENT_REQUIRED until the requester
 * consented. Its `started` event may count as the first response (the SLA version's remoteStartCountsAsResponse).
 */
export async function startRemoteSession(deps: Deps, actor: Actor, sessionId: string) {
  return remoteSessionStep(deps, actor, sessionId, async (tx, { session, ticket, at }) => {
    authorize(actor, "update", ticket);
    if (!isStaff(actor)) throw ticketError("TICKET_ACTION_FORBIDDEN");
    if (session.endedAt) throw remoteError("REMOTE_SESSION_ENDED");
    if (session.startedAt) throw remoteError("REMOTE_SESSION_ALREADY_STARTED");
    if (!session.consentAt) throw remoteError("REMOTE_CONSENT_REQUIRED");
    const updated = await updateRemoteSession(tx, session.id, { startedAt: at, startedBy: actor.personId });
    return { session: updated, event: { action: "started" } };
  });
}
