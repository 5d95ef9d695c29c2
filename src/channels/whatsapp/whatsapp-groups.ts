import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { diffFields } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { findOrganization } from "../../identity/directory.store.ts";
import { whatsappError } from "./whatsapp.errors.ts";
import { authorizeWhatsapp } from "./whatsapp.policy.ts";
import { listGroupsUnscoped, lockGroupUnscoped, updateGroup, type WhatsappGroupRow } from "./whatsapp.store.ts";

/** A group as it leaves the API, with how many members it has. */
function presentGroup(row: WhatsappGroupRow) {
  return { ...row, participantCount: row.participants.length };
}

/** The WhatsApp groups the desk's numbers are in (admins), as their webhooks left them, with their bindings. */
export async function listWhatsappGroups(deps: Deps, actor: Actor) {
  authorizeWhatsapp(actor, "whatsapp.admin");
  return { items: (await listGroupsUnscoped(deps.db)).map(presentGroup) };
}

/**
 * An admin binds a group to the client organization its members belong to (null: unbound), audited: from then on a
 * member met for the first time is placed there, so the tickets they open are that organization's.
 */
export async function bindWhatsappGroup(
  deps: Deps,
  actor: Actor,
  groupId: string,
  input: { organizationId: string | null },
) {
  authorizeWhatsapp(actor, "whatsapp.admin");
  if (input.organizationId && !(await findOrganization(deps.db, actor, input.organizationId)))
    throw whatsappError("WHATSAPP_ORGANIZATION_NOT_FOUND", "body.organizationId");
  return deps.db.transaction(async (tx) => {
    const before = await lockGroupUnscoped(tx, groupId);
    if (!before) throw whatsappError("WHATSAPP_CHAT_GROUP_NOT_FOUND");
    const after = (await updateGroup(tx, groupId, { organizationId: input.organizationId }))!;
    const changes = diffFields(before, after, ["organizationId"] as const);
    if (Object.keys(changes).length > 0)
      await recordAudit(
        tx,
        actor,
        { action: "whatsapp_group.bound", entity: "whatsapp_group", entityId: groupId, changes },
        deps.clock.now(),
      );
    return presentGroup(after);
  });
}
