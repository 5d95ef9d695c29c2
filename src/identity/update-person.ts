import type { Deps } from "../context.ts";
import type { Db } from "../platform/db/database.ts";
import type { Role } from "../shared/enums.ts";
import type { Actor } from "./actor.ts";
import { PERSON_FIELDS } from "./add-person.ts";
import { applyPatch, changedValues, diffFields, hasChanges, withSecrets } from "./audit.ts";
import { recordAudit } from "./audit.store.ts";
import { MIN_PASSWORD_LENGTH } from "./create-person.ts";
import { authorize } from "./directory.policy.ts";
import { findPerson, findPersonByEmailUnscoped, isUniqueViolation, lockManagementChain, lockPerson, managementChainUnscoped, updatePersonRow } from "./directory.store.ts";
import { identityError } from "./identity.errors.ts";
import { hashPassword } from "./secrets.ts";

export type PersonPatch = {
  name?: string;
  email?: string;
  phone?: string | null;
  role?: Role;
  orgManager?: boolean;
  managerId?: string | null;
  active?: boolean;
  locale?: string;
  timeZone?: string | null;
  password?: string;
};

// The new manager must exist and must not already report (directly or not) to the person.
async function checkManager(tx: Db, actor: Actor, personId: string, managerId: string): Promise<void> {
  await lockManagementChain(tx);
  if (!(await findPerson(tx, actor, managerId))) throw identityError("REFERENCE_NOT_FOUND", "body.managerId");
  if ((await managementChainUnscoped(tx, managerId)).includes(personId)) throw identityError("MANAGER_CYCLE", "body.managerId");
}

/**
 * Changes a person (admin): emails stay unique, the management chain stays a tree (MANAGER_CYCLE),
 * a new password is hashed with argon2id. Audited, with the password recorded only as "[changed]".
 */
export async function updatePerson(deps: Pick<Deps, "db" | "clock">, actor: Actor, id: string, patch: PersonPatch) {
  authorize(actor, "person.write");
  const { password, ...fields } = patch;
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) throw identityError("WEAK_PASSWORD", "body.password");
  // Hashing takes tens of milliseconds: do it before the transaction holds any lock.
  const passwordHash = password !== undefined ? await hashPassword(password) : undefined;
  return deps.db.transaction(async (tx) => {
    const before = await lockPerson(tx, actor, id);
    if (!before) throw identityError("PERSON_NOT_FOUND", "params.id");
    const after = applyPatch(before, fields);
    if (after.email.toLowerCase() !== before.email.toLowerCase()) {
      const holder = await findPersonByEmailUnscoped(tx, after.email);
      if (holder && holder.id !== id) throw identityError("EMAIL_TAKEN", "body.email");
    }
    if (after.managerId !== null && after.managerId !== before.managerId) await checkManager(tx, actor, id, after.managerId);
    const changes = withSecrets(diffFields(before, after, PERSON_FIELDS), { password: passwordHash !== undefined });
    if (!hasChanges(changes)) return before;
    const row = await updatePersonRow(tx, id, { ...changedValues(after, changes), ...(passwordHash ? { passwordHash } : {}) }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? identityError("EMAIL_TAKEN", "body.email") : error;
    });
    await recordAudit(tx, actor, { action: "person.updated", entity: "person", entityId: id, changes }, deps.clock.now());
    return row;
  });
}
