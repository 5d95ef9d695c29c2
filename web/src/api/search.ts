import { useQuery } from "@tanstack/react-query";
import { client, type ApiAnswer } from "./client.ts";

// Search across kinds (GET /api/v1/search): tickets for the signed-in, articles and tutorials for everyone.

export type SearchHit = ApiAnswer<"/api/v1/search", "get">["items"][number];
export type SearchKind = SearchHit["kind"];

export const searchKeys = { query: (q: string, kinds: string) => ["search", kinds, q] as const };

/** The hits for a query, best first; idle while the query holds nothing to search. */
export function useSearch(q: string, kinds: readonly SearchKind[] = []) {
  const kind = kinds.join(",");
  return useQuery({
    queryKey: searchKeys.query(q, kind),
    queryFn: () => client.get("/api/v1/search", { query: { q, ...(kind ? { kind } : {}) } }),
    enabled: q.trim() !== "",
    staleTime: 10_000,
  });
}
