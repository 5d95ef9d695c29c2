import type { Deps } from "../../context.ts";
import { sha256 } from "../../identity/secrets.ts";
import { feedbackError } from "../feedback.errors.ts";
import { findSuggestionByTokenHash, type SuggestionRow } from "./suggestion.store.ts";

/** What the status link shows its holder (no sign-in): the suggestion as sent, its status and the public answer. */
export async function getSuggestionStatus(deps: Pick<Deps, "db">, token: string): Promise<SuggestionRow> {
  // Looked up by the token's SHA-256, so the comparison never runs over the secret itself.
  const row = await findSuggestionByTokenHash(deps.db, sha256(token));
  if (!row) throw feedbackError("SUGGESTION_NOT_FOUND", "params.token");
  return row;
}
