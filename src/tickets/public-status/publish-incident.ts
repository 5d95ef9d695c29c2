import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import type { PublicIncidentData } from "../ticket/events.ts";
import { findPublicIncidentUnscoped, savePublicIncident, type PublicIncidentRow } from "./public-incident.store.ts";
import { recordEvents } from "../ticket/record-events.ts";
import { ticketError } from "../ticket.errors.ts";
import { authorize } from "../ticket/ticket.policy.ts";
import { lockTicket, rowToState } from "../ticket/ticket.store.ts";
import type { TicketRow } from "../ticket.tables.ts";

/**
 * Runs one change to a ticket's public incident (staff who may work the ticket), in one transaction with the
 * `public_incident` event that records it. This process's copy of the status page is dropped at once; other
 * processes refresh theirs within the reference cache's lifetime (REFERENCE_CACHE_MS, a few seconds).
 */
export async function changePublicIncident(
  deps: Deps,
  actor: Actor,
  ticketId: string,
  change: (tx: Db, ticket: TicketRow, incident: PublicIncidentRow | undefined, at: Date) => Promise<PublicIncidentData>,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const row = await lockTicket(tx, actor, ticketId);
    authorize(actor, "note", row); // staff only: nothing on the status page comes from a requester
    const at = deps.clock.now();
    const data = await change(tx, row, await findPublicIncidentUnscoped(tx, row.id), at);
    await recordEvents(deps, tx, row, rowToState(row), [
      { type: "public_incident", at, actorId: actorIdOf(actor), data },
    ]);
  });
  // Not referenceChanged(): that NOTIFY goes through another connection, which a caller's outer transaction (the
  // demo seed) would wait on for ever on PGlite's single connection.
  deps.cache.invalidate("tickets:public-status");
}

/** Puts the ticket on the public status page under a title staff wrote, or changes that title. */
export async function publishIncident(deps: Deps, actor: Actor, ticketId: string, title: string): Promise<void> {
  await changePublicIncident(deps, actor, ticketId, async (tx, ticket, incident, at) => {
    const live = incident && incident.unpublishedAt === null;
    if (live && incident.title === title) throw ticketError("NOTHING_TO_CHANGE", "body.title");
    await savePublicIncident(tx, { ticketId: ticket.id, title, publishedAt: live ? incident.publishedAt : at });
    return { action: "published", title };
  });
}
