import { useQuery } from "@tanstack/react-query";
import { client, type ApiBody } from "./client.ts";
import type { Group } from "./types.ts";

const HOUR = 3_600_000;

/** One cache for support groups, read by the console and admin alike: an admin save refreshes both. */
export const groupKeys = {
  all: ["groups"] as const,
  target: (id: string) => ["groups", id, "target"] as const,
};

/** Every support group (a desk has tens, not thousands): pickers, names, the admin list. */
export function useGroups() {
  return useQuery({
    queryKey: groupKeys.all,
    queryFn: () => client.get("/api/v1/groups").then((r) => r.items),
    staleTime: HOUR,
  });
}

export function createGroup(body: ApiBody<"/api/v1/groups", "post">) {
  return client.post("/api/v1/groups", { body });
}

export function updateGroup(id: string, body: ApiBody<"/api/v1/groups/{id}", "patch">) {
  return client.patch("/api/v1/groups/{id}", { path: { id }, body });
}

/** Replaces the members as a whole. */
export function setGroupMembers(id: string, personIds: string[]) {
  return client.put("/api/v1/groups/{id}/members", { path: { id }, body: { personIds } });
}

/** The group's OLA: how long it may hold an active ticket per priority. */
export function useGroupTarget(groupId: string) {
  const queryFn = () => client.get("/api/v1/sla/group-targets/{groupId}", { path: { groupId } });
  return useQuery({ queryKey: groupKeys.target(groupId), queryFn });
}

export function saveGroupTarget(groupId: string, body: ApiBody<"/api/v1/sla/group-targets/{groupId}", "put">) {
  return client.put("/api/v1/sla/group-targets/{groupId}", { path: { groupId }, body });
}
