import { useQuery } from "@tanstack/react-query";
import { client, type ApiBody } from "./client.ts";

// SLA policies (conditions, targets, escalations), versioned. Definitions and conditions are the API's
// SlaPolicyDefinition and SlaPolicyConditions, the formats the server validates on the way in.

export const policyKeys = {
  all: ["admin", "policies"] as const,
  one: (id: string) => ["admin", "policies", id] as const,
};

export function usePolicies() {
  return useQuery({
    queryKey: policyKeys.all,
    queryFn: () => client.get("/api/v1/sla/policies").then((r) => r.items),
  });
}

export function usePolicy(id: string) {
  const queryFn = () => client.get("/api/v1/sla/policies/{id}", { path: { id } });
  return useQuery({ queryKey: policyKeys.one(id), enabled: Boolean(id), queryFn });
}

export function createPolicy(body: ApiBody<"/api/v1/sla/policies", "post">) {
  return client.post("/api/v1/sla/policies", { body });
}

/** A new version of the targets and escalations, in force from effectiveFrom (now when left out). */
export function revisePolicy(id: string, body: ApiBody<"/api/v1/sla/policies/{id}", "put">) {
  return client.put("/api/v1/sla/policies/{id}", { path: { id }, body });
}

/** Name, conditions and order: not versioned. */
export function updatePolicy(id: string, body: ApiBody<"/api/v1/sla/policies/{id}", "patch">) {
  return client.patch("/api/v1/sla/policies/{id}", { path: { id }, body });
}

export function deletePolicy(id: string) {
  return client.delete("/api/v1/sla/policies/{id}", { path: { id } });
}
