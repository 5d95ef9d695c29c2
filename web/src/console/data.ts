import { useMemo } from "react";
import { useQueries, useQuery } from "@tanstack/react-query";
import { api, ApiError } from "../app/api.ts";
import { ACTIVE_STATUSES, type Category, type Group, type Organization, type Person, type PriorityMatrix, type Ticket, type View } from "./types.ts";

const HOUR = 3_600_000;

/** Reference data changes rarely: kept for an hour, shared by every console page. */
export function useGroups() {
  return useQuery({ queryKey: ["console", "groups"], queryFn: () => api<{ items: Group[] }>("GET", "/api/v1/groups").then((r) => r.items), staleTime: HOUR });
}

export function useOrganizations() {
  return useQuery({ queryKey: ["console", "organizations"], queryFn: () => api<{ items: Organization[] }>("GET", "/api/v1/organizations").then((r) => r.items), staleTime: HOUR });
}

export function useCategories() {
  return useQuery({ queryKey: ["console", "categories"], queryFn: () => api<{ items: Category[] }>("GET", "/api/v1/categories").then((r) => r.items), staleTime: HOUR });
}

export function usePriorityMatrix() {
  return useQuery({ queryKey: ["console", "priority-matrix"], queryFn: () => api<PriorityMatrix>("GET", "/api/v1/settings/priority-matrix"), staleTime: HOUR });
}

/** Every active staff member (agents, managers, admins), for assignee pickers and author names. */
export function useStaff() {
  return useQuery({
    queryKey: ["console", "staff"],
    staleTime: HOUR,
    queryFn: async () => {
      const all: Person[] = [];
      for (const role of ["agent", "manager", "admin"]) {
        let cursor: string | null = null;
        do {
          const qs: string = new URLSearchParams({ role, active: "true", limit: "200", ...(cursor ? { cursor } : {}) }).toString();
          const page: { items: Person[]; nextCursor: string | null } = await api("GET", `/api/v1/people?${qs}`);
          all.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
      }
      return all.sort((a, b) => a.name.localeCompare(b.name));
    },
  });
}

/** One person by id (requesters, authors): fetched when first shown, then kept. */
export function usePerson(id: string | null | undefined) {
  return useQuery({
    queryKey: ["console", "person", id],
    queryFn: () => api<Person>("GET", `/api/v1/people/${id}`),
    enabled: Boolean(id),
    staleTime: HOUR,
    retry: false,
  });
}

/** Names of several people (the requesters on screen): one cached query per distinct id, shared with usePerson. */
export function usePeopleNames(ids: (string | null | undefined)[]): Map<string, string> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))].sort();
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: ["console", "person", id],
      queryFn: () => api<Person>("GET", `/api/v1/people/${id}`),
      staleTime: HOUR,
      retry: false,
    })),
  });
  const key = results.map((r) => r.data?.name ?? "").join("\n") + unique.join(",");
  return useMemo(() => new Map(unique.flatMap((id, i) => (results[i]?.data ? [[id, results[i]!.data!.name] as [string, string]] : []))), [key]);
}

/** A name lookup over staff, organizations and groups. */
export function useNames() {
  const staff = useStaff().data ?? [];
  const groups = useGroups().data ?? [];
  const orgs = useOrganizations().data ?? [];
  return {
    person: (id: string | null | undefined) => (id ? staff.find((p) => p.id === id)?.name : undefined),
    group: (id: string | null | undefined) => (id ? groups.find((g) => g.id === id)?.name : undefined),
    organization: (id: string | null | undefined) => (id ? orgs.find((o) => o.id === id)?.name : undefined),
  };
}

/** The views the standard sidebar shows when GET /api/v1/views is not available (no counts then). */
export const FALLBACK_VIEWS: View[] = [
  { key: "mine", kind: "standard", id: null, name: null, filters: { assignee: "me", status: ACTIVE_STATUSES }, count: null },
  { key: "unassigned", kind: "standard", id: null, name: null, filters: { assignee: "none", status: ACTIVE_STATUSES }, count: null },
  { key: "breaching-soon", kind: "standard", id: null, name: null, filters: { breachingWithinMinutes: "60", sort: "due", order: "asc" }, count: null },
  { key: "breached", kind: "standard", id: null, name: null, filters: { sla: "breached", status: ACTIVE_STATUSES }, count: null },
  { key: "open", kind: "standard", id: null, name: null, filters: { status: ACTIVE_STATUSES }, count: null },
  ...(["critical", "high", "medium", "low"] as const).map((p) => ({
    key: `priority-${p}`,
    kind: "priority" as const,
    id: null,
    name: null,
    filters: { priority: p, status: ACTIVE_STATUSES },
    count: null,
  })),
];

/** The views with their live counts (GET /api/v1/views); the standard ones without counts if that API is missing. */
export function useViews() {
  return useQuery({
    queryKey: ["view-counts"],
    queryFn: async () => {
      try {
        return (await api<{ items: View[] }>("GET", "/api/v1/views")).items;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return FALLBACK_VIEWS;
        throw error;
      }
    },
  });
}

/** One ticket by the reference in the URL (number or id). */
export function useTicket(ref: string) {
  return useQuery({ queryKey: ["ticket", ref], queryFn: () => api<Ticket>("GET", `/api/v1/tickets/${encodeURIComponent(ref)}`), retry: false });
}
