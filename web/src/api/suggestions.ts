import { useQuery } from "@tanstack/react-query";
import { client, type ApiAnswer, type ApiBody } from "./client.ts";

// Improvement suggestions: sent on the public page (or signed in), followed by their status link, triaged by managers.

export type Suggestion = ApiAnswer<"/api/v1/suggestions", "get">["items"][number];
export type SuggestionStatus = Suggestion["status"];
export const SUGGESTION_STATUSES: readonly SuggestionStatus[] = ["new", "planned", "done", "declined"];

export const suggestionKeys = {
  list: (status: SuggestionStatus | "") => ["suggestions", status] as const,
  status: (token: string) => ["public", "suggestion", token] as const,
};

/** Signed in: the suggestion is the sender's, listed with its status and the managers' answer. */
export function sendSuggestion(body: ApiBody<"/api/v1/suggestions", "post">) {
  return client.post("/api/v1/suggestions", { body });
}

export function sendPublicSuggestion(body: ApiBody<"/api/v1/public/suggestions", "post">) {
  return client.post("/api/v1/public/suggestions", { body });
}

/** A suggestion as its status link shows it (404 problem for an unknown link). */
export function useSuggestionStatus(token: string) {
  return useQuery({
    queryKey: suggestionKeys.status(token),
    queryFn: () => client.get("/api/v1/public/suggestions/{token}", { path: { token } }),
    retry: false,
    enabled: token !== "",
  });
}

/** Managers and admins: every suggestion (optionally in one status); anyone else their own. */
export function useSuggestions(status: SuggestionStatus | "") {
  return useQuery({
    queryKey: suggestionKeys.list(status),
    queryFn: () => client.get("/api/v1/suggestions", { query: status ? { status } : {} }),
  });
}

export function triageSuggestion(id: string, body: ApiBody<"/api/v1/suggestions/{id}", "patch">) {
  return client.patch("/api/v1/suggestions/{id}", { path: { id }, body });
}
