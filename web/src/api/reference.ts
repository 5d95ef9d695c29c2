import { useQuery } from "@tanstack/react-query";
import { client } from "./client.ts";
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
  return useQuery({ queryKey: referenceKeys.matrix, queryFn: () => client.get("/api/v1/settings/priority-matrix"), staleTime: HOUR });
}
