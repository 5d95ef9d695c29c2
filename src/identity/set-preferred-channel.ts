import type { RequesterChannel } from "../channels/requester-channel.ts";
import type { Deps } from "../context.ts";
import { hasScope, isStaff, type Actor } from "./actor.ts";
import { diffFields, hasChanges } from "./audit.ts";
import { recordAudit } from "./audit.store.ts";
import { lockPerson, updatePersonRow, type PersonRow } from "./directory.store.ts";
import { identityError } from "./identity.errors.ts";

/**
 * Sets the channel notifications to a person go out on: the person themself (in the portal) or staff (agents too,
 * not only admins: a requester says it on the phone). Anyone else's is not found. Audited.
 */
export async function setPreferredChannel(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  preferredChannel: RequesterChannel,
): Promise<PersonRow> {
  const self = actor.personId === id;
  if (!self && !isStaff(actor)) throw identityError("PERSON_NOT_FOUND", "params.id");
  if (!hasScope(actor, self ? "tickets:write" : "directory:write") && !hasScope(actor, "directory:write"))
    throw identityError("SCOPE_MISSING");
  return deps.db.transaction(async (tx) => {
    const before = await lockPerson(tx, actor, id);
    if (!before) throw identityError("PERSON_NOT_FOUND", "params.id");
    const changes = diffFields(before, { ...before, preferredChannel }, ["preferredChannel"]);
    if (!hasChanges(changes)) return before;
    const row = await updatePersonRow(tx, id, { preferredChannel });
    await recordAudit(
      tx,
      actor,
      { action: "person.updated", entity: "person", entityId: id, changes },
      deps.clock.now(),
    );
    return row;
  });
}
