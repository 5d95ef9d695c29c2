import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { randomSecret, sha256 } from "../../identity/secrets.ts";
import { authorizeSuggestion } from "./suggestion.policy.ts";
import { insertSuggestion, type SuggestionRow } from "./suggestion.store.ts";

export type SuggestionInput = { title: string; body: string; contactEmail?: string | undefined };

/** A new suggestion and the token of its status link (shown once; only its hash is kept). */
export type SentSuggestion = { suggestion: SuggestionRow; statusToken: string };

/**
 * Sends an improvement suggestion: signed in (the portal; the sender then finds it in their list) or anonymously
 * on the public page (`actor` null; an address to hear back is optional and unverified). Either way the sender gets
 * a status link that shows the managers' answer without signing in.
 */
export async function sendSuggestion(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor | null,
  input: SuggestionInput,
): Promise<SentSuggestion> {
  if (actor) authorizeSuggestion(actor, "suggestion.send");
  const statusToken = randomSecret();
  const now = deps.clock.now();
  const suggestion = await insertSuggestion(deps.db, {
    title: input.title.trim(),
    body: input.body.trim(),
    source: actor ? "portal" : "public",
    personId: actor?.personId ?? null,
    contactEmail: actor ? null : input.contactEmail?.trim() || null,
    statusTokenHash: sha256(statusToken),
    createdAt: now,
    updatedAt: now,
  });
  return { suggestion, statusToken };
}
