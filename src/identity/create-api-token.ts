import type { Deps } from "../context.ts";
import type { TokenScope } from "../shared/enums.ts";
import { insertApiToken } from "./token.store.ts";
import { randomSecret, sha256 } from "./secrets.ts";

/**
 * Issues an API token: the secret is shown once and only its SHA-256 is kept. Scopes narrow what the
 * token may do; it never exceeds its owner's own rights, which are checked on every use.
 */
export async function createApiToken(
  deps: Pick<Deps, "db" | "clock">,
  input: { personId: string; name: string; scopes: TokenScope[]; expiresAt?: Date | null },
) {
  const token = `fl_${randomSecret()}`;
  const row = await insertApiToken(deps.db, {
    personId: input.personId,
    name: input.name,
    tokenHash: sha256(token),
    prefix: token.slice(0, 10),
    scopes: [...new Set(input.scopes)],
    createdAt: deps.clock.now(),
    expiresAt: input.expiresAt ?? null,
  });
  return { token, row };
}
