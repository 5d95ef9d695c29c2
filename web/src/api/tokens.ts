import { useQuery } from "@tanstack/react-query";
import { client, type ApiBody } from "./client.ts";

/** API tokens: the caller's own, or (admins) someone else's. */
export const tokenKeys = {
  all: ["admin", "tokens"] as const,
  of: (personId: string | undefined) => ["admin", "tokens", personId ?? "me"] as const,
};

/** The tokens of personId (undefined: the caller's own). */
export function useTokens(personId: string | undefined) {
  const queryFn = () => client.get("/api/v1/tokens", { query: personId ? { personId } : {} }).then((r) => r.items);
  return useQuery({ queryKey: tokenKeys.of(personId), queryFn });
}

/** Issues a token; the answer carries its secret, shown once. */
export function issueToken(body: ApiBody<"/api/v1/tokens", "post">) {
  return client.post("/api/v1/tokens", { body });
}

export function revokeToken(id: string) {
  return client.delete("/api/v1/tokens/{id}", { path: { id } });
}
