import type { Deps } from "../../context.ts";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { ticketError } from "../../tickets/ticket.errors.ts";
import { authorize } from "../../tickets/ticket/ticket.policy.ts";
import { remoteError } from "./remote.errors.ts";
import { remoteSessionStep } from "./remote-session-step.ts";
import { updateRemoteSession } from "./remote.store.ts";

/**
 * Records the requester's consent to a session: the requester themselves in the portal (via portal), or an agent
 * who may update the ticket recording what the requester said on the phone (via phone). Once only, before it ends.
 */
export async function consentRemoteSession(deps: Deps, actor: Actor, sessionId: string) {
  return remoteSessionStep(deps, actor, sessionId, async (tx, { session, ticket, at }) => {
    const staff = isStaff(actor);
    if (staff) authorize(actor, "update", ticket);
    // Only the person whose computer it is consents for themselves (not an organization manager reading along).
    else if (ticket.requesterId !== actor.personId) throw ticketError("TICKET_ACTION_FORBIDDEN");
    else authorize(actor, "reply", ticket);
    if (session.endedAt) throw remoteError("REMOTE_SESSION_ENDED");
    if (session.consentAt) throw remoteError("REMOTE_SESSION_ALREADY_CONSENTED");
    const via = staff ? ("phone" as const) : ("portal" as const);
    const updated = await updateRemoteSession(tx, session.id, {
      consentBy: ticket.requesterId,
      consentAt: at,
      consentVia: via,
      consentRecordedBy: actor.personId,
    });
    return { session: updated, event: { action: "consented", via } };
  });
}
