import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import type { RemoteSessionData } from "../../tickets/ticket/events.ts";
import { recordEvents } from "../../tickets/ticket/record-events.ts";
import { lockTicket, rowToState } from "../../tickets/ticket/ticket.store.ts";
import type { TicketRow } from "../../tickets/ticket.tables.ts";
import { remoteError } from "./remote.errors.ts";
import { findRemoteToolUnscoped, lockRemoteSessionUnscoped, type RemoteSessionRow } from "./remote.store.ts";

type Step = (
  tx: Db,
  ctx: { session: RemoteSessionRow; ticket: TicketRow; at: Date },
) => Promise<{ session: RemoteSessionRow; event: Omit<RemoteSessionData, "sessionId" | "tool"> }>;

/**
 * Runs one step of a session in one transaction with the `remote_session` event that records it on the ticket's
 * log: the session and its ticket are locked (a ticket the actor may not see is a session not found), `step`
 * decides and writes, and the event goes through the ticket reactions (SLA clocks, live updates) like any other.
 */
export async function remoteSessionStep(
  deps: Deps,
  actor: Actor,
  sessionId: string,
  step: Step,
): Promise<RemoteSessionRow> {
  return deps.db.transaction(async (tx) => {
    const found = await lockRemoteSessionUnscoped(tx, sessionId);
    if (!found) throw remoteError("REMOTE_SESSION_NOT_FOUND", "params.id");
    const ticket = await lockTicket(tx, actor, found.ticketId).catch(() => {
      throw remoteError("REMOTE_SESSION_NOT_FOUND", "params.id");
    });
    const at = deps.clock.now();
    const { session, event } = await step(tx, { session: found, ticket, at });
    const tool = await findRemoteToolUnscoped(tx, session.toolId);
    await recordEvents(deps, tx, ticket, rowToState(ticket), [
      {
        type: "remote_session",
        at,
        actorId: actorIdOf(actor),
        data: { sessionId: session.id, tool: tool?.name ?? "", ...event },
      },
    ]);
    return session;
  });
}
