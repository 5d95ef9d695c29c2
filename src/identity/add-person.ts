import type { Deps } from "../context.ts";
import type { Actor } from "./actor.ts";
import { diffFields, withSecrets } from "./audit.ts";
import { recordAudit } from "./audit.store.ts";
import { insertPerson, type NewPerson } from "./create-person.ts";
import { authorize } from "./directory.policy.ts";
import { findOrganization, findPerson, isUniqueViolation, type PersonRow } from "./directory.store.ts";
import { identityError } from "./identity.errors.ts";

/** The person fields the audit log follows (the password only as "[changed]"). */
export const PERSON_FIELDS = [
  "organizationId",
  "name",
  "email",
  "phone",
  "extension",
  "role",
  "orgManager",
  "managerId",
  "active",
  "locale",
  "timeZone",
] as const;

/** Adds a person to an organization (admin); the email must be free, a password is optional (argon2id). Audited. */
export async function addPerson(deps: Pick<Deps, "db" | "clock">, actor: Actor, input: NewPerson): Promise<PersonRow> {
  authorize(actor, "person.write");
  return deps.db.transaction(async (tx) => {
    if (!(await findOrganization(tx, actor, input.organizationId)))
      throw identityError("REFERENCE_NOT_FOUND", "body.organizationId");
    if (input.managerId && !(await findPerson(tx, actor, input.managerId)))
      throw identityError("REFERENCE_NOT_FOUND", "body.managerId");
    const created = await insertPerson(tx, input).catch((error: unknown) => {
      throw isUniqueViolation(error) ? identityError("EMAIL_TAKEN", "body.email") : error;
    });
    const { passwordHash: _secret, ...person } = created;
    const changes = withSecrets(diffFields(null, person, PERSON_FIELDS), { password: input.password !== undefined });
    await recordAudit(
      tx,
      actor,
      { action: "person.created", entity: "person", entityId: person.id, changes },
      deps.clock.now(),
    );
    return person;
  });
}
