import type { Deps } from "../context.ts";
import type { Actor } from "./actor.ts";
import { authorize } from "./directory.policy.ts";
import { listTokensOf } from "./token.store.ts";

/** A person's API tokens, newest first, without secrets: your own, or anyone's for an admin. */
export async function listApiTokens(deps: Pick<Deps, "db">, actor: Actor, personId?: string) {
  const owner = personId ?? actor.personId;
  authorize(actor, "token.read", { personId: owner });
  return (await listTokensOf(deps.db, owner)).map((row) => ({ ...row, personId: owner }));
}
