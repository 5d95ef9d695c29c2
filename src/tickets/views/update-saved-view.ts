import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import { agentToolError } from "../agent-tools.errors.ts";
import { authorizeTool } from "../agent-tools.policy.ts";
import { lockSavedView, updateSavedViewRow, type SavedViewRow } from "./views.store.ts";

export type SavedViewPatch = { name?: string; filters?: Record<string, string>; position?: number };

/** Renames, refilters or moves one of the caller's saved views; anyone else's is not found. */
export async function updateSavedView(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  patch: SavedViewPatch,
): Promise<SavedViewRow> {
  authorizeTool(actor, "view.write");
  return deps.db.transaction(async (tx) => {
    const before = await lockSavedView(tx, actor.personId, id);
    if (!before) throw agentToolError("VIEW_NOT_FOUND", "params.id");
    const changes: SavedViewPatch = {};
    if (patch.name !== undefined && patch.name !== before.name) changes.name = patch.name;
    if (patch.filters !== undefined) changes.filters = patch.filters;
    if (patch.position !== undefined && patch.position !== before.position) changes.position = patch.position;
    if (Object.keys(changes).length === 0) return before;
    return updateSavedViewRow(tx, id, changes, deps.clock.now()).catch((error: unknown) => {
      throw isUniqueViolation(error) ? agentToolError("VIEW_NAME_TAKEN", "body.name") : error;
    });
  });
}
