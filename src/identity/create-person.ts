import type { Db } from "../platform/db/database.ts";
import type { Role } from "../shared/enums.ts";
import { findPersonByEmailUnscoped, insertPersonRow } from "./directory.store.ts";
import { identityError } from "./identity.errors.ts";
import { hashPassword } from "./secrets.ts";

export const MIN_PASSWORD_LENGTH = 10;

export type NewPerson = {
  organizationId: string;
  name: string;
  email: string;
  phone?: string | null;
  /** Staff: the telephone extension they answer on. */
  extension?: string | null;
  role: Role;
  orgManager?: boolean;
  managerId?: string | null;
  password?: string;
  locale?: string;
  /** IANA zone the person reads times in; none: the support calendar's. */
  timeZone?: string | null;
};

/** Adds a person; emails are unique regardless of case, passwords are stored only as argon2id hashes. */
export async function insertPerson(db: Db, input: NewPerson) {
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH)
    throw identityError("WEAK_PASSWORD", "body.password");
  if (await findPersonByEmailUnscoped(db, input.email)) throw identityError("EMAIL_TAKEN", "body.email");
  const { password, ...fields } = input;
  return insertPersonRow(db, { ...fields, passwordHash: password ? await hashPassword(password) : null });
}
