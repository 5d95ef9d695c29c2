import { randomUUID } from "node:crypto";
import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { insertPublicIncidentUpdate } from "./public-incident.store.ts";
import { changePublicIncident } from "./publish-incident.ts";
import { ticketError } from "../ticket.errors.ts";

/** Adds a timestamped public update to a published incident (staff); the status page shows it under the title. */
export async function postIncidentUpdate(deps: Deps, actor: Actor, ticketId: string, body: string): Promise<void> {
  await changePublicIncident(deps, actor, ticketId, async (tx, ticket, incident, at) => {
    if (!incident || incident.unpublishedAt !== null) throw ticketError("PUBLIC_INCIDENT_NOT_FOUND", "params.id");
    const updateId = randomUUID();
    await insertPublicIncidentUpdate(tx, { id: updateId, ticketId: ticket.id, body, authorId: actorIdOf(actor), at });
    return { action: "update", updateId, body };
  });
}
