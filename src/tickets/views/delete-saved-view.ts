import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { agentToolError } from "../agent-tools.errors.ts";
import { authorizeTool } from "../agent-tools.policy.ts";
import { deleteSavedViewRow } from "./views.store.ts";

/** Deletes one of the caller's saved views; anyone else's is not found. */
export async function deleteSavedView(deps: Pick<Deps, "db">, actor: Actor, id: string): Promise<void> {
  authorizeTool(actor, "view.write");
  if (!(await deleteSavedViewRow(deps.db, actor.personId, id))) throw agentToolError("VIEW_NOT_FOUND", "params.id");
}
