import type { Deps } from "../../context.ts";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";
import { SEARCH_KINDS, type SearchItem, type SearchKind } from "./search-item.ts";
import { recordSearch } from "./search-log.store.ts";
import { normaliseForLog } from "./search-query.ts";
import { PUBLIC_SEARCH_KINDS, SEARCH_SOURCES } from "./search-sources.ts";

export type SearchInput = {
  /** What was typed (at most QUERY_MAX_LENGTH characters, checked by the route). */
  q: string;
  /** The kinds to search; omitted: every kind the caller may search. */
  kinds?: readonly SearchKind[];
  /** Most hits answered, across kinds. */
  limit: number;
};

/**
 * Searches the asked kinds with the caller's rights and merges the hits best first by score. Anonymous callers
 * search the public kinds; asking for tickets needs a sign-in. Every search is logged without personal data.
 */
export async function search(deps: Deps, actor: Actor | null, input: SearchInput): Promise<SearchItem[]> {
  const allowed = actor ? SEARCH_KINDS : PUBLIC_SEARCH_KINDS;
  if (input.kinds?.some((k) => !allowed.includes(k))) throw identityError("UNAUTHENTICATED", "query.kind");
  const kinds = SEARCH_KINDS.filter((k) => (input.kinds ?? allowed).includes(k));
  const request = { q: input.q, limit: input.limit };
  // Reads that may lag, like the lists: a hit a replica has not yet seen shows on the next search.
  const found = await Promise.all(kinds.map((k) => SEARCH_SOURCES[k](deps.readDb, actor, request)));
  const items = found
    .flat()
    .sort((a, b) => b.score - a.score)
    .slice(0, input.limit);
  try {
    await recordSearch(deps.db, {
      at: deps.clock.now(),
      query: normaliseForLog(input.q),
      kinds: kinds.join(","),
      resultCount: items.length,
      callerKind: !actor ? "anonymous" : isStaff(actor) ? "staff" : "requester",
    });
  } catch (error) {
    // The log feeds owners' statistics; the caller's answer must not depend on it.
    deps.log.warn({ err: error }, "search log insert failed");
  }
  return items;
}
