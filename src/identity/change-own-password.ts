import type { Deps } from "../context.ts";
import type { Actor } from "./actor.ts";
import { withSecrets } from "./audit.ts";
import { recordAudit } from "./audit.store.ts";
import { MIN_PASSWORD_LENGTH } from "./create-person.ts";
import { deleteSessionsOfPerson, findOwnPasswordUnscoped } from "./credentials.store.ts";
import { updatePersonRow } from "./directory.store.ts";
import { identityError } from "./identity.errors.ts";
import { hashPassword, verifyPassword } from "./secrets.ts";
import { beginPasswordAttempt, passwordAccepted, signInAccount } from "./sign-in.ts";
import { listTokensOf } from "./token.store.ts";

export type ChangeOwnPasswordInput = {
  currentPassword: string;
  newPassword: string;
  /** The session (SHA-256 id) making the change: the only one of theirs that survives. */
  currentSessionId: string;
  /** The client address, for the sign-in failure limits a wrong current password counts against. */
  client: string;
};

/**
 * A signed-in person changes their own password: the current one must be right (a wrong one counts as a failed
 * sign-in, so a borrowed session cannot guess it), every other session of theirs ends in every process, and the
 * answer lists the API tokens that stay valid — they are separate credentials, revoked only on purpose.
 */
export async function changeOwnPassword(
  deps: Pick<Deps, "db" | "clock" | "config" | "referenceChanged">,
  actor: Actor,
  input: ChangeOwnPasswordInput,
) {
  if (actor.via !== "session") throw identityError("SESSION_REQUIRED");
  if (input.newPassword.length < MIN_PASSWORD_LENGTH) throw identityError("WEAK_PASSWORD", "body.newPassword");
  const now = deps.clock.now();
  const own = await findOwnPasswordUnscoped(deps.db, actor.personId);
  if (!own) throw identityError("UNAUTHENTICATED");
  const attempt = await beginPasswordAttempt(deps, { account: signInAccount(own.email), client: input.client }, now);
  if (!(await verifyPassword(own.passwordHash, input.currentPassword)))
    throw identityError("CURRENT_PASSWORD_WRONG", "body.currentPassword");
  await passwordAccepted(deps, attempt);
  const passwordHash = await hashPassword(input.newPassword);
  const ended = await deps.db.transaction(async (tx) => {
    await updatePersonRow(tx, actor.personId, { passwordHash });
    await recordAudit(
      tx,
      actor,
      {
        action: "person.updated",
        entity: "person",
        entityId: actor.personId,
        changes: withSecrets({}, { password: true }),
      },
      now,
    );
    return deleteSessionsOfPerson(tx, actor.personId, input.currentSessionId);
  });
  if (ended > 0) await deps.referenceChanged();
  const live = (await listTokensOf(deps.db, actor.personId)).filter(
    (t) => !t.revokedAt && (!t.expiresAt || t.expiresAt > now),
  );
  return { otherSessionsEnded: ended, apiTokensStillValid: live };
}
