import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import { agentToolError } from "../agent-tools.errors.ts";
import { authorizeTool } from "../agent-tools.policy.ts";
import { countSavedViews, insertSavedView, type SavedViewRow } from "./views.store.ts";

/** How many views one person may keep (a count per view runs on every refresh of the console). */
export const MAX_SAVED_VIEWS = 50;

export type NewSavedView = {
  name: string;
  /** Query parameters of GET /api/v1/tickets, already validated against the list's query (see ViewFilters). */
  filters: Record<string, string>;
  position?: number;
};

/** Saves a named set of list filters for the caller (staff); names are unique per person, case-insensitively. */
export async function createSavedView(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: NewSavedView,
): Promise<SavedViewRow> {
  authorizeTool(actor, "view.write");
  return deps.db.transaction(async (tx) => {
    if ((await countSavedViews(tx, actor.personId)) >= MAX_SAVED_VIEWS)
      throw agentToolError("VIEW_LIMIT_REACHED", "body", { limit: MAX_SAVED_VIEWS });
    return insertSavedView(tx, {
      ownerId: actor.personId,
      name: input.name,
      filters: input.filters,
      position: input.position,
      at: deps.clock.now(),
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? agentToolError("VIEW_NAME_TAKEN", "body.name") : error;
    });
  });
}
