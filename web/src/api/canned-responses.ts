import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { client, type ApiBody } from "./client.ts";

/** Ready-made replies: the admin list and the console's picker share one cache, so an admin save shows at once. */
export const cannedKeys = {
  all: ["admin", "canned-responses"] as const,
  search: (q: string) => ["admin", "canned-responses", q] as const,
};

/** The replies whose title or text matches q (all of them for ""). */
export function useCannedResponses(
  q: string,
  options: { enabled?: boolean; staleTime?: number; retry?: boolean; keepPrevious?: boolean } = {},
) {
  const { keepPrevious, ...rest } = options;
  return useQuery({
    queryKey: cannedKeys.search(q),
    queryFn: () => client.get("/api/v1/canned-responses", { query: { q } }).then((r) => r.items),
    ...(keepPrevious ? { placeholderData: keepPreviousData } : {}),
    ...rest,
  });
}

export function createCannedResponse(body: ApiBody<"/api/v1/canned-responses", "post">) {
  return client.post("/api/v1/canned-responses", { body });
}

export function updateCannedResponse(id: string, body: ApiBody<"/api/v1/canned-responses/{id}", "patch">) {
  return client.patch("/api/v1/canned-responses/{id}", { path: { id }, body });
}

export function deleteCannedResponse(id: string) {
  return client.delete("/api/v1/canned-responses/{id}", { path: { id } });
}
