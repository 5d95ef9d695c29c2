import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { ticketError } from "../../tickets/ticket.errors.ts";
import { authorize } from "../../tickets/ticket/ticket.policy.ts";
import { remoteError } from "./remote.errors.ts";
import { remoteSessionStep } from "./remote-session-step.ts";
import { updateRemoteSession } from "./remote.store.ts";

/**
 * The requester says no to a session they were asked to allow (in the portal): it ends cancelled without ever having
 * been consented to, so it can never start. Only the person whose computer it is decides (as for consent), and only
 * while it waits for them; the event's actor is the requester, which is how the ticket's log tells a refusal from an
 * agent cancelling. Staff who hear "no" on the phone cancel it themselves (end, outcome cancelled).
 */
export async function declineRemoteSession(deps: Deps, actor: Actor, sessionId: string) {
  return remoteSessionStep(deps, actor, sessionId, async (tx, { session, ticket, at }) => {
    if (ticket.requesterId !== actor.personId) throw ticketError("TICKET_ACTION_FORBIDDEN");
    authorize(actor, "reply", ticket);
    if (session.endedAt) throw remoteError("REMOTE_SESSION_ENDED");
    if (session.consentAt) throw remoteError("REMOTE_SESSION_ALREADY_CONSENTED");
    const updated = await updateRemoteSession(tx, session.id, { endedAt: at, outcome: "cancelled" });
    return { session: updated, event: { action: "ended", outcome: "cancelled" } };
  });
}
