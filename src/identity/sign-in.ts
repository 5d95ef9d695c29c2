import type { Deps } from "../context.ts";
import { findLoginUnscoped, insertSession } from "./credentials.store.ts";
import { identityError } from "./identity.errors.ts";
import { randomSecret, sha256, verifyPassword } from "./secrets.ts";

export type SignInResult = { sessionToken: string; csrfToken: string; expiresAt: Date; personId: string };

/** Signs a person in with email and password, opening a session; the same answer for unknown email and wrong password. */
export async function signIn(deps: Deps, email: string, password: string): Promise<SignInResult> {
  const person = await findLoginUnscoped(deps.db, email);
  const ok = await verifyPassword(person?.active ? person.passwordHash : null, password);
  if (!person || !ok) throw identityError("BAD_CREDENTIALS");
  const sessionToken = randomSecret();
  const csrfToken = randomSecret();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.config.SESSION_TTL_HOURS * 3_600_000);
  await insertSession(deps.db, { id: sha256(sessionToken), personId: person.id, csrfToken, createdAt: now, expiresAt });
  return { sessionToken, csrfToken, expiresAt, personId: person.id };
}
