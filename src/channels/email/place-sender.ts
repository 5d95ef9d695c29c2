import type { Db } from "../../platform/db/database.ts";
import type { Actor } from "../../identity/actor.ts";
import { signedInActor } from "../../identity/authenticate.ts";
import {
  findSenderUnscoped,
  insertRequesterIfAbsent,
  organizationForDomainUnscoped,
  unassignedSendersOrganization,
  type Sender,
} from "./mail.store.ts";
import { insertPlacedRequester } from "./ingest-mail.store.ts";

/** Why a mail's sender cannot act (the mail is quarantined with this reason). */
export class UnplaceableSender extends Error {}

/**
 * The person a mail is from, as the actor its ticket work is done by: the person with that address (any case), else
 * a new requester in the organization owning the address's domain, else in "Unassigned senders" for an agent to place.
 */
export async function placeSender(
  db: Db,
  from: { address: string; name: string },
  /** The person with that address as the caller already read them in this transaction (null: nobody), if it did. */
  known?: Sender | null,
): Promise<{
  sender: Sender;
  actor: Actor;
  /** Whether this call made the person (their row has the defaults). */ isNew: boolean;
}> {
  let sender = known === undefined ? await findSenderUnscoped(db, from.address) : (known ?? undefined);
  let isNew = false;
  if (!sender) {
    const domain = from.address.split("@").pop() ?? "";
    const name = from.name.trim().slice(0, 200) || from.address;
    // One statement places and adds them; only the very first stranger from an unknown domain takes the long way.
    let placed = await insertPlacedRequester(db, { name, email: from.address, domain });
    if (placed === null) {
      const organizationId =
        (await organizationForDomainUnscoped(db, domain)) ?? (await unassignedSendersOrganization(db));
      placed = await insertRequesterIfAbsent(db, { name, email: from.address, organizationId });
    }
    // Made by this mail (not by another that placed the same address first): their row has the table's defaults.
    isNew = placed !== undefined;
    sender = placed ?? (await findSenderUnscoped(db, from.address));
  }
  if (!sender) throw new UnplaceableSender(`no person could be made for ${from.address}`);
  if (!sender.active) throw new UnplaceableSender(`the sender ${from.address} is deactivated`);
  const actor = signedInActor(sender);
  return { sender, actor, isNew };
}
