import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { client, type ApiAnswer } from "./client.ts";

/** One page of the ticket list (GET /api/v1/tickets), as the console's queue and the portal's requests read it. */
export type TicketPage = ApiAnswer<"/api/v1/tickets", "get">;

/** One ticket by the reference in the URL (number or id). */
export function useTicket(ref: string) {
  return useQuery({ queryKey: ["ticket", ref], queryFn: () => client.get("/api/v1/tickets/{id}", { path: { id: ref } }), retry: false });
}

/** The caller's views (standard, by priority, by organization, saved) with their live counts. */
export function useViews() {
  return useQuery({ queryKey: ["view-counts"], queryFn: () => client.get("/api/v1/views").then((r) => r.items) });
}

type ListQuery = NonNullable<NonNullable<Parameters<typeof client.get<"/api/v1/tickets">>[1]>["query"]>;

/** The ticket list page by page (cursor), for "show more"; `area` keeps one screen's pages apart from another's. */
export function useTicketPages(query: Omit<ListQuery, "cursor">, area: readonly string[]) {
  return useInfiniteQuery({
    queryKey: ["tickets", ...area, query],
    queryFn: ({ pageParam }) => client.get("/api/v1/tickets", { query: { ...query, ...(pageParam ? { cursor: pageParam } : {}) } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
