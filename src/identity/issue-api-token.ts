import type { Deps } from "../context.ts";
import type { TokenScope } from "../shared/enums.ts";
import { hasScope, type Actor } from "./actor.ts";
import { diffFields } from "./audit.ts";
import { recordAudit } from "./audit.store.ts";
import { createApiToken } from "./create-api-token.ts";
import { authorize } from "./directory.policy.ts";
import { findPerson } from "./directory.store.ts";
import { identityError } from "./identity.errors.ts";

export type TokenRequest = { name: string; scopes: TokenScope[]; personId?: string; expiresInDays?: number };

// The workspace's operational figures, like its administration, are an admin's to hand out.
const ADMIN_ONLY: readonly TokenScope[] = ["admin", "metrics"];

const TOKEN_FIELDS = ["personId", "name", "scopes", "expiresAt"] as const;

/**
 * Issues an API token for yourself (or, as an admin, for anyone active). A token never carries a scope
 * the credential issuing it lacks, and the admin scope only for an admin. The secret is returned once. Audited.
 */
export async function issueApiToken(deps: Pick<Deps, "db" | "clock">, actor: Actor, input: TokenRequest) {
  const personId = input.personId ?? actor.personId;
  authorize(actor, "token.write", { personId });
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const owner = await findPerson(tx, actor, personId);
    if (!owner || !owner.active) throw identityError("REFERENCE_NOT_FOUND", "body.personId");
    if (
      input.scopes.some((s) => !hasScope(actor, s)) ||
      (ADMIN_ONLY.some((s) => input.scopes.includes(s)) && owner.role !== "admin")
    ) {
      throw identityError("SCOPE_NOT_ALLOWED", "body.scopes");
    }
    const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null;
    const { token, row } = await createApiToken(
      { db: tx, clock: deps.clock },
      { personId, name: input.name, scopes: input.scopes, expiresAt },
    );
    const changes = diffFields(null, row, TOKEN_FIELDS);
    await recordAudit(tx, actor, { action: "api_token.issued", entity: "api_token", entityId: row.id, changes }, now);
    const { tokenHash: _hash, ...shown } = row;
    return { token, row: shown };
  });
}
