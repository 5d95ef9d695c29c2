import type { Deps } from "../context.ts";
import { findLoginUnscoped, insertSession } from "./credentials.store.ts";
import { identityError } from "./identity.errors.ts";
import { randomSecret, sha256, verifyPassword } from "./secrets.ts";
import { retryAfterSeconds, throttledUntil } from "./sign-in-limits.ts";
import {
  clearOwnFailures,
  forgetSignInAttempt,
  recentSignInFailures,
  recordSignInAttempt,
} from "./sign-in-limits.store.ts";

export type SignInResult = { sessionToken: string; csrfToken: string; expiresAt: Date; personId: string };

/** The account key of a typed email: the same for every spelling case, and no address kept in clear. */
export function signInAccount(email: string): string {
  return sha256(email.trim().toLowerCase());
}

export type PasswordAttempt = { account: string; client: string; id: number };

/**
 * Opens a password attempt for an account from a client: recorded as a failure before the password is checked
 * (so parallel attempts in any process see each other), then refused with SIGN_IN_THROTTLED if the account or the
 * client has used up its failures (a refusal is not counted). Call `passwordAccepted` when the password was right.
 */
export async function beginPasswordAttempt(
  deps: Pick<Deps, "db" | "config">,
  subject: { account: string; client: string },
  now: Date,
): Promise<PasswordAttempt> {
  const id = await recordSignInAttempt(deps.db, subject, now);
  const windowMs = deps.config.SIGN_IN_FAILURE_WINDOW_MINUTES * 60_000;
  const limit = { account: deps.config.SIGN_IN_ACCOUNT_FAILURES, client: deps.config.SIGN_IN_CLIENT_FAILURES };
  const recent = await recentSignInFailures(deps.db, subject, id, new Date(now.getTime() - windowMs), limit);
  const until = [
    throttledUntil(recent.account, limit.account, windowMs, now),
    throttledUntil(recent.client, limit.client, windowMs, now),
  ]
    .filter((d): d is Date => d !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (!until) return { ...subject, id };
  await forgetSignInAttempt(deps.db, id);
  throw identityError("SIGN_IN_THROTTLED", undefined, { retryAfterSeconds: retryAfterSeconds(until, now) });
}

/** A right password is not a failure: forget the attempt and the account's earlier failures from that client. */
export async function passwordAccepted(deps: Pick<Deps, "db">, attempt: PasswordAttempt): Promise<void> {
  await clearOwnFailures(deps.db, attempt);
}

/**
 * Signs a person in with email and password, opening a session. Unknown email and wrong password get the same
 * answer, and both count as failures of the typed account and of the client: past SIGN_IN_ACCOUNT_FAILURES or
 * SIGN_IN_CLIENT_FAILURES within the window, sign-in answers SIGN_IN_THROTTLED (even for the right password)
 * until enough failures are old. Successful sign-ins never count, and clear the account's failures from that client.
 */
export async function signIn(
  deps: Pick<Deps, "db" | "clock" | "config">,
  email: string,
  password: string,
  client = "local",
): Promise<SignInResult> {
  const now = deps.clock.now();
  const attempt = await beginPasswordAttempt(deps, { account: signInAccount(email), client }, now);
  const person = await findLoginUnscoped(deps.db, email);
  const ok = await verifyPassword(person?.active ? person.passwordHash : null, password);
  if (!person || !ok) throw identityError("BAD_CREDENTIALS");
  await passwordAccepted(deps, attempt);
  const sessionToken = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(now.getTime() + deps.config.SESSION_TTL_HOURS * 3_600_000);
  await insertSession(deps.db, { id: sha256(sessionToken), personId: person.id, csrfToken, createdAt: now, expiresAt });
  return { sessionToken, csrfToken, expiresAt, personId: person.id };
}
