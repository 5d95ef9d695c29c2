import type { Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { signedInActor } from "../../identity/authenticate.ts";
import { phoneMatchKey } from "../../shared/phone.ts";
import { unassignedSendersOrganization } from "../email/mail.store.ts";
import { UnplaceableSender } from "../email/place-sender.ts";
import type { InboundMessage } from "./inbound-message.ts";
import { findWhatsappSenderUnscoped, insertWhatsappRequester } from "./whatsapp.store.ts";

/**
 * The address a person known only by WhatsApp is given (people need one; `.invalid` can never receive mail): their
 * number's digits, or their user id when Meta sent no number.
 */
export function whatsappAddress(senderId: string): string {
  const id = senderId.replace(/[^A-Za-z0-9._-]/g, "-").toLowerCase();
  return `whatsapp-${id}@whatsapp.invalid`;
}

/**
 * The person a message is from, as the actor its ticket work is done by: the person on the same line (shared/phone.ts
 * rule), else the one made earlier for this WhatsApp id, else a new requester in the number's default organization
 * (or "Unassigned senders" for an agent to place).
 */
export async function placeWhatsappSender(
  db: Db,
  message: InboundMessage,
  defaultOrganizationId: string | null,
): Promise<Actor> {
  if (!message.senderId) throw new UnplaceableSender("the message names no sender (neither wa_id nor user id)");
  const email = whatsappAddress(message.senderId);
  const key = message.phone ? phoneMatchKey(message.phone) : null;
  let sender = await findWhatsappSenderUnscoped(db, key, email);
  if (!sender) {
    const organizationId = defaultOrganizationId ?? (await unassignedSendersOrganization(db));
    const name = message.name.slice(0, 200) || message.phone || "WhatsApp user";
    await insertWhatsappRequester(db, { name, email, phone: message.phone, organizationId });
    sender = await findWhatsappSenderUnscoped(db, key, email);
  }
  if (!sender) throw new UnplaceableSender(`no person could be made for ${message.senderId}`);
  if (!sender.active) throw new UnplaceableSender(`the sender ${message.senderId} is deactivated`);
  return signedInActor(sender);
}
