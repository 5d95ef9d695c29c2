import type { Db } from "../../platform/db/database.ts";
import type { Actor } from "../../identity/actor.ts";
import { TOKEN_SCOPES } from "../../shared/enums.ts";
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
): Promise<{ sender: Sender; actor: Actor; isNew: boolean }> {
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
    sender = placed ?? (await findSenderUnscoped(db, from.address));
    isNew = true;
  }
  if (!sender) throw new UnplaceableSender(`no person could be made for ${from.address}`);
  if (!sender.active) throw new UnplaceableSender(`the sender ${from.address} is deactivated`);
  const actor: Actor = {
    personId: sender.id,
    name: sender.name,
    role: sender.role,
    organizationId: sender.organizationId,
    orgManager: sender.orgManager,
    groupIds: sender.groupIds,
    // What the person could do signed in; the mail itself is the credential, as the mailbox accepted it.
    scopes: TOKEN_SCOPES.filter((s) => s !== "admin" || sender.role === "admin"),
    via: "session",
  };
  return { sender, actor, isNew };
}
