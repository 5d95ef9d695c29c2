import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { ApiOptions } from "../app/api.ts";
import { client, type ApiAnswer, type ApiBody } from "./client.ts";

/** One page of the ticket list (GET /api/v1/tickets), as the console's queue and the portal's requests read it. */
export type TicketPage = ApiAnswer<"/api/v1/tickets", "get">;

/** One ticket by the reference in the URL (number or id). */
export function useTicket(ref: string, options: { enabled?: boolean } = {}) {
  const queryFn = () => client.get("/api/v1/tickets/{id}", { path: { id: ref } });
  return useQuery({ queryKey: ["ticket", ref], queryFn, retry: false, enabled: options.enabled ?? true });
}

/** The caller's views (standard, by priority, by organization, saved) with their live counts. */
export function useViews() {
  return useQuery({ queryKey: ["view-counts"], queryFn: () => client.get("/api/v1/views").then((r) => r.items) });
}

export type TicketListQuery = NonNullable<NonNullable<Parameters<typeof client.get<"/api/v1/tickets">>[1]>["query"]>;

/** The ticket list page by page (cursor), for "show more"; `area` keeps one screen's pages apart from another's. */
export function useTicketPages(
  query: Omit<TicketListQuery, "cursor">,
  area: readonly string[],
  options: { enabled?: boolean } = {},
) {
  return useInfiniteQuery({
    enabled: options.enabled ?? true,
    queryKey: ["tickets", ...area, query],
    queryFn: ({ pageParam }) =>
      client.get("/api/v1/tickets", { query: { ...query, ...(pageParam ? { cursor: pageParam } : {}) } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Opens a ticket (the portal's form); the key makes a resend after a dropped connection answer with the first ticket. */
export function createTicket(body: ApiBody<"/api/v1/tickets", "post">, options: ApiOptions = {}) {
  return client.post("/api/v1/tickets", { body, ...options });
}
