import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { canSuggestion } from "./suggestion.policy.ts";
import { listSuggestionRows, type SuggestionRow, type SuggestionStatus } from "./suggestion.store.ts";

/** Managers and admins see every suggestion (to triage them); anyone else the ones they sent. Newest first. */
export async function listSuggestions(
  deps: Pick<Deps, "db">,
  actor: Actor,
  filter: { status?: SuggestionStatus | undefined; limit: number },
): Promise<SuggestionRow[]> {
  const all = canSuggestion(actor, "suggestion.read_all");
  return listSuggestionRows(deps.db, {
    ...(all ? {} : { personId: actor.personId }),
    ...(filter.status ? { status: filter.status } : {}),
    limit: filter.limit,
  });
}
