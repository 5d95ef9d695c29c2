import type { Deps } from "../context.ts";
import type { Db } from "../platform/db/database.ts";
import { ROLES, type Role } from "../shared/enums.ts";
import type { Actor } from "./actor.ts";
import { PERSON_FIELDS } from "./add-person.ts";
import { applyPatch, changedValues, diffFields, hasChanges, withSecrets } from "./audit.ts";
import { recordAudit } from "./audit.store.ts";
import { MIN_PASSWORD_LENGTH } from "./create-person.ts";
import { authorize } from "./directory.policy.ts";
import { deleteSessionsOfPerson } from "./credentials.store.ts";
import {
  countOtherActiveAdmins,
  findPerson,
  findPersonByEmailUnscoped,
  isUniqueViolation,
  lockAdmins,
  lockManagementChain,
  lockPerson,
  managementChainUnscoped,
  updatePersonRow,
  type PersonRow,
} from "./directory.store.ts";
import { identityError } from "./identity.errors.ts";
import { hashPassword } from "./secrets.ts";

export type PersonPatch = {
  name?: string;
  email?: string;
  phone?: string | null;
  extension?: string | null;
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
  if ((await managementChainUnscoped(tx, managerId)).includes(personId))
    throw identityError("MANAGER_CYCLE", "body.managerId");
}

// The workspace must keep one active admin, or nobody could ever administer it again. The advisory lock makes two
// admins demoting each other at the same moment wait for one another, so the second sees the first's change.
async function keepOneAdmin(tx: Db, before: PersonRow, after: PersonRow): Promise<void> {
  if (before.role !== "admin" || !before.active || (after.role === "admin" && after.active)) return;
  await lockAdmins(tx);
  if ((await countOtherActiveAdmins(tx, before.id)) === 0)
    throw identityError("LAST_ADMIN", after.role !== "admin" ? "body.role" : "body.active");
}

/**
 * Which of the person's sessions a change ends: all of them when they are deactivated or lose rights, all but the
 * caller's own when their password changes (a new password locks out whoever knew the old one). API tokens are
 * separate credentials and stay valid until revoked (deactivation stops them too).
 */
function sessionsToEnd(before: PersonRow, after: PersonRow, passwordChanged: boolean): "all" | "others" | "none" {
  if (!after.active || ROLES.indexOf(after.role) < ROLES.indexOf(before.role)) return "all";
  return passwordChanged ? "others" : "none";
}

export type UpdatePersonOptions = {
  /** The session (SHA-256 id) making the change: it survives the person's own password change. */
  currentSessionId?: string | undefined;
};

/**
 * Changes a person (admin): emails stay unique, the management chain stays a tree (MANAGER_CYCLE),
 * a new password is hashed with argon2id, the last active admin stays one (LAST_ADMIN). A new password ends the
 * person's other sessions; deactivation or a lower role ends all of them, in every process.
 * Audited, with the password recorded only as "[changed]".
 */
export async function updatePerson(
  deps: Pick<Deps, "db" | "clock" | "referenceChanged">,
  actor: Actor,
  id: string,
  patch: PersonPatch,
  options: UpdatePersonOptions = {},
) {
  authorize(actor, "person.write");
  const { password, ...fields } = patch;
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH)
    throw identityError("WEAK_PASSWORD", "body.password");
  // Hashing takes tens of milliseconds: do it before the transaction holds any lock.
  const passwordHash = password !== undefined ? await hashPassword(password) : undefined;
  let endedSessions = 0;
  const result = await deps.db.transaction(async (tx) => {
    const before = await lockPerson(tx, actor, id);
    if (!before) throw identityError("PERSON_NOT_FOUND", "params.id");
    const after = applyPatch(before, fields);
    if (after.email.toLowerCase() !== before.email.toLowerCase()) {
      const holder = await findPersonByEmailUnscoped(tx, after.email);
      if (holder && holder.id !== id) throw identityError("EMAIL_TAKEN", "body.email");
    }
    if (after.managerId !== null && after.managerId !== before.managerId)
      await checkManager(tx, actor, id, after.managerId);
    await keepOneAdmin(tx, before, after);
    const changes = withSecrets(diffFields(before, after, PERSON_FIELDS), { password: passwordHash !== undefined });
    if (!hasChanges(changes)) return before;
    const row = await updatePersonRow(tx, id, {
      ...changedValues(after, changes),
      ...(passwordHash ? { passwordHash } : {}),
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? identityError("EMAIL_TAKEN", "body.email") : error;
    });
    await recordAudit(
      tx,
      actor,
      { action: "person.updated", entity: "person", entityId: id, changes },
      deps.clock.now(),
    );
    const end = sessionsToEnd(before, after, passwordHash !== undefined);
    if (end !== "none") {
      const keep = end === "others" && actor.personId === id ? options.currentSessionId : undefined;
      endedSessions = await deleteSessionsOfPerson(tx, id, keep);
    }
    return row;
  });
  // Other processes may hold the ended sessions in their credential cache: drop it everywhere.
  if (endedSessions > 0) await deps.referenceChanged();
  return result;
}
