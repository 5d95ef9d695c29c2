import { useQuery } from "@tanstack/react-query";
import { client } from "./client.ts";
import type { Group } from "./types.ts";

const HOUR = 3_600_000;

/** One cache for support groups, read by the console and admin alike: an admin save refreshes both. */
export const groupKeys = {
  all: ["groups"] as const,
  target: (id: string) => ["groups", id, "target"] as const,
};

/** Every support group (a desk has tens, not thousands): pickers, names, the admin list. */
export function useGroups() {
  return useQuery({ queryKey: groupKeys.all, queryFn: () => client.get("/api/v1/groups").then((r) => r.items), staleTime: HOUR });
}
