import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { authorize } from "../../identity/directory.policy.ts";
import { loadPriorityMatrix } from "../routing/routing.store.ts";
import type { PriorityMatrix } from "../ticket/ticket.ts";

/** The impact × urgency → priority matrix in force: anyone signed in may read it. */
export async function getPriorityMatrix(deps: Pick<Deps, "db">, actor: Actor): Promise<PriorityMatrix> {
  authorize(actor, "priorityMatrix.read");
  return loadPriorityMatrix(deps.db);
}
