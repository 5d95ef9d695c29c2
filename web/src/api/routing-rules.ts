import { useQuery } from "@tanstack/react-query";
import { client, type ApiBody } from "./client.ts";

/** Rules that route a new ticket to a group (first match by position). */
export const routingKeys = { all: ["admin", "routing-rules"] as const };

export function useRoutingRules() {
  return useQuery({
    queryKey: routingKeys.all,
    queryFn: () => client.get("/api/v1/routing-rules").then((r) => r.items),
  });
}

export function createRoutingRule(body: ApiBody<"/api/v1/routing-rules", "post">) {
  return client.post("/api/v1/routing-rules", { body });
}

export function updateRoutingRule(id: string, body: ApiBody<"/api/v1/routing-rules/{id}", "patch">) {
  return client.patch("/api/v1/routing-rules/{id}", { path: { id }, body });
}

export function deleteRoutingRule(id: string) {
  return client.delete("/api/v1/routing-rules/{id}", { path: { id } });
}
