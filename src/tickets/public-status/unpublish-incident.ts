import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { markPublicIncidentUnpublished } from "./public-incident.store.ts";
import { changePublicIncident } from "./publish-incident.ts";
import { ticketError } from "../ticket.errors.ts";

/** Takes the incident off the public status page (staff); its title and updates stay in the ticket's history. */
export async function unpublishIncident(deps: Deps, actor: Actor, ticketId: string): Promise<void> {
  await changePublicIncident(deps, actor, ticketId, async (tx, ticket, incident, at) => {
    if (!incident || incident.unpublishedAt !== null) throw ticketError("PUBLIC_INCIDENT_NOT_FOUND", "params.id");
    await markPublicIncidentUnpublished(tx, ticket.id, at);
    return { action: "unpublished" };
  });
}
