import type { Deps } from "../../context.ts";
import { actorIdOf, isStaff, type Actor } from "../../identity/actor.ts";
import { recordEvents } from "../../tickets/ticket/record-events.ts";
import { ticketError } from "../../tickets/ticket.errors.ts";
import { authorize } from "../../tickets/ticket/ticket.policy.ts";
import { lockTicketByRef, rowToState } from "../../tickets/ticket/ticket.store.ts";
import { remoteError } from "./remote.errors.ts";
import { findRemoteToolUnscoped, insertRemoteSession, type RemoteSessionRow } from "./remote.store.ts";

export type RemoteSessionRequest = {
  /** One of the active tools (GET /api/v1/remote-tools). */
  toolId: string;
  /** The tool's id of the session or the device (what `{id}` becomes in the launch link). */
  sessionRef: string;
  /** What the session is for, as the requester is asked to consent to it. */
  purpose: string;
  /** The requester already said yes on the phone: the agent records it with the request. */
  consentOnPhone?: boolean | undefined;
};

/**
 * Asks for a remote session on a ticket (staff who may update it): recorded on the ticket's log as `requested`
 * (and `consented` when the agent records the requester's spoken consent at once). It cannot start before consent.
 */
export async function requestRemoteSession(
  deps: Deps,
  actor: Actor,
  ticketRef: string,
  input: RemoteSessionRequest,
): Promise<RemoteSessionRow> {
  return deps.db.transaction(async (tx) => {
    const ticket = await lockTicketByRef(tx, actor, ticketRef);
    authorize(actor, "update", ticket);
    if (!isStaff(actor)) throw ticketError("TICKET_ACTION_FORBIDDEN");
    const tool = await findRemoteToolUnscoped(tx, input.toolId);
    if (!tool?.active) throw remoteError("REMOTE_TOOL_NOT_FOUND", "body.toolId");
    const at = deps.clock.now();
    const phone = input.consentOnPhone === true;
    const session = await insertRemoteSession(tx, {
      ticketId: ticket.id,
      toolId: tool.id,
      sessionRef: input.sessionRef,
      purpose: input.purpose,
      requestedBy: actor.personId,
      ...(phone
        ? { consentBy: ticket.requesterId, consentAt: at, consentVia: "phone", consentRecordedBy: actor.personId }
        : {}),
      createdAt: at,
    });
    const base = { at, actorId: actorIdOf(actor), type: "remote_session" as const };
    const data = { sessionId: session.id, tool: tool.name };
    await recordEvents(deps, tx, ticket, rowToState(ticket), [
      { ...base, data: { ...data, action: "requested" } },
      ...(phone ? [{ ...base, data: { ...data, action: "consented" as const, via: "phone" as const } }] : []),
    ]);
    return session;
  });
}
