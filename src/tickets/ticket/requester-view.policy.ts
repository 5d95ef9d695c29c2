import { isStaff, type Actor } from "../../identity/actor.ts";
import type { TicketEvent } from "./events.ts";

// The one rule for what a requester may read of a ticket they can see: the history, the live stream and the
// attachments all ask it, so no read path keeps its own idea of what is internal. Staff who can see a ticket
// see all of it; deny by default for everyone else.

/** The fields whose moves a requester sees in their history: their conversation and the moves that concern them. */
export const REQUESTER_FIELDS: ReadonlySet<string> = new Set(["status", "priority", "subject"]);

/** Whether a requester sees anything of this event (internal notes and moves of internal fields only are staff's). */
export function requesterSeesEvent(event: TicketEvent): boolean {
  switch (event.type) {
    case "created":
    case "replied":
    case "requester_linked":
    case "public_incident": // written by staff for everyone to read
    case "remote_session": // someone works on their computer: they consent to it and see it
    case "whatsapp_template": // it was sent to them on WhatsApp
      return true;
    case "changed":
      return event.data.changes.some((c) => REQUESTER_FIELDS.has(c.field));
    case "noted":
      return false;
    case "visit": // the requester is the one visited; what is internal in it is left out by the presenter
      return event.data.action !== "window_missed";
  }
}

/** Whether this actor sees the event: staff every one, anyone else what requesterSeesEvent allows. */
export function actorSeesEvent(actor: Actor, event: TicketEvent): boolean {
  return isStaff(actor) || requesterSeesEvent(event);
}

/** An attachment as the rule needs it: who uploaded it. */
export type AttachmentFacts = { id: string; uploadedBy: string | null };

/**
 * Whether the actor may list or fetch an attachment of a ticket they can see. An attachment has the visibility
 * of the messages that carry it (visible when any of them is); one on no message yet is visible only to its
 * uploader and to staff. `events` is the ticket's whole history.
 */
export function canSeeAttachment(actor: Actor, attachment: AttachmentFacts, events: readonly TicketEvent[]): boolean {
  if (isStaff(actor)) return true;
  let carried = false;
  for (const event of events) {
    if ((event.type !== "replied" && event.type !== "noted") || !event.data.attachmentIds.includes(attachment.id))
      continue;
    if (actorSeesEvent(actor, event)) return true;
    carried = true;
  }
  return !carried && attachment.uploadedBy !== null && attachment.uploadedBy === actor.personId;
}
