import { useQuery } from "@tanstack/react-query";
import { client, type ApiBody } from "./client.ts";
import type { Organization, Category } from "./types.ts";

const HOUR = 3_600_000;

/** One cache for organizations and categories, read by the console, portal and admin alike. */
export const referenceKeys = {
  organizations: ["organizations"] as const,
  categories: ["categories"] as const,
  matrix: ["priority-matrix"] as const,
};

export function useOrganizations() {
  const queryFn = () => client.get("/api/v1/organizations").then((r) => r.items);
  return useQuery({ queryKey: referenceKeys.organizations, queryFn, staleTime: HOUR });
}

export function useCategories() {
  const queryFn = () => client.get("/api/v1/categories").then((r) => r.items);
  return useQuery({ queryKey: referenceKeys.categories, queryFn, staleTime: HOUR });
}

/** Impact × urgency → priority, as the admin set it. */
export function usePriorityMatrix() {
  return useQuery({
    queryKey: referenceKeys.matrix,
    queryFn: () => client.get("/api/v1/settings/priority-matrix"),
    staleTime: HOUR,
  });
}

export function createOrganization(body: ApiBody<"/api/v1/organizations", "post">) {
  return client.post("/api/v1/organizations", { body });
}

export function updateOrganization(id: string, body: ApiBody<"/api/v1/organizations/{id}", "patch">) {
  return client.patch("/api/v1/organizations/{id}", { path: { id }, body });
}

export function createCategory(body: ApiBody<"/api/v1/categories", "post">) {
  return client.post("/api/v1/categories", { body });
}

export function updateCategory(id: string, body: ApiBody<"/api/v1/categories/{id}", "patch">) {
  return client.patch("/api/v1/categories/{id}", { path: { id }, body });
}

/** Replaces the whole matrix. */
export function savePriorityMatrix(body: ApiBody<"/api/v1/settings/priority-matrix", "put">) {
  return client.put("/api/v1/settings/priority-matrix", { body });
}
