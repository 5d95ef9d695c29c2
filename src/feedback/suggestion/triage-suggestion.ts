import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { feedbackError } from "../feedback.errors.ts";
import type { SuggestionStatus } from "./suggestion.ts";
import { authorizeSuggestion } from "./suggestion.policy.ts";
import { lockSuggestionUnscoped, updateSuggestion, type SuggestionRow } from "./suggestion.store.ts";

/**
 * A manager triages a suggestion: its status (new, planned, done, declined) and the public answer its sender reads
 * in the portal or on the status link. Whoever triaged last is kept.
 */
export async function triageSuggestion(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: { status: SuggestionStatus; publicAnswer: string },
): Promise<SuggestionRow> {
  authorizeSuggestion(actor, "suggestion.triage");
  return deps.db.transaction(async (tx) => {
    const row = await lockSuggestionUnscoped(tx, id);
    if (!row) throw feedbackError("SUGGESTION_NOT_FOUND", "params.id");
    const publicAnswer = input.publicAnswer.trim();
    if (row.status === input.status && row.publicAnswer === publicAnswer) return row;
    return updateSuggestion(tx, id, {
      status: input.status,
      publicAnswer,
      triagedBy: actorIdOf(actor),
      updatedAt: deps.clock.now(),
    });
  });
}
