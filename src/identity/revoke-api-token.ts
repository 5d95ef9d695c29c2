import type { Deps } from "../context.ts";
import type { Actor } from "./actor.ts";
import { recordAudit } from "./audit.store.ts";
import { authorize } from "./directory.policy.ts";
import { identityError } from "./identity.errors.ts";
import { findApiToken, revokeToken } from "./token.store.ts";

/** Revokes a live API token: your own, or anyone's as an admin; another's or a dead one is not found. Audited. */
export async function revokeApiToken(deps: Pick<Deps, "db" | "clock">, actor: Actor, id: string): Promise<void> {
  authorize(actor, "token.write");
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const token = await findApiToken(tx, actor, id);
    if (!token) throw identityError("TOKEN_NOT_FOUND", "params.id");
    authorize(actor, "token.write", { personId: token.personId });
    // The store only revokes a live token, so of two concurrent revocations one is not found.
    if (!(await revokeToken(tx, token.personId, id, now))) throw identityError("TOKEN_NOT_FOUND", "params.id");
    const changes = { revokedAt: { from: null, to: now.toISOString() } };
    await recordAudit(tx, actor, { action: "api_token.revoked", entity: "api_token", entityId: id, changes }, now);
  });
}
