import { useMutation, useQueries, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { api } from "../app/api.ts";
import { useAnnounce } from "./feedback.tsx";
import type { CalendarDetail, Calendar, Category, Group, Organization, Page, Person, PolicyDetail, Policy } from "./types.ts";

// Reference data the admin screens share; every key starts with "admin" so saves can invalidate precisely.

export const keys = {
  calendars: ["admin", "calendars"] as const,
  calendar: (id: string) => ["admin", "calendars", id] as const,
  policies: ["admin", "policies"] as const,
  policy: (id: string) => ["admin", "policies", id] as const,
  matrix: ["admin", "priority-matrix"] as const,
  groups: ["admin", "groups"] as const,
  groupTarget: (id: string) => ["admin", "groups", id, "target"] as const,
  people: ["admin", "people"] as const,
  organizations: ["admin", "organizations"] as const,
  routingRules: ["admin", "routing-rules"] as const,
  categories: ["admin", "categories"] as const,
  tokens: ["admin", "tokens"] as const,
  channels: ["admin", "channels"] as const,
  publicStatus: ["admin", "public-status"] as const,
  canned: ["admin", "canned-responses"] as const,
  audit: ["admin", "audit"] as const,
};

export const useCalendars = () =>
  useQuery({ queryKey: keys.calendars, queryFn: () => api<{ items: Calendar[] }>("GET", "/api/v1/sla/calendars").then((r) => r.items) });
export const useCalendar = (id: string) =>
  useQuery({ queryKey: keys.calendar(id), enabled: Boolean(id), queryFn: () => api<CalendarDetail>("GET", `/api/v1/sla/calendars/${id}`) });
export const usePolicies = () =>
  useQuery({ queryKey: keys.policies, queryFn: () => api<{ items: Policy[] }>("GET", "/api/v1/sla/policies").then((r) => r.items) });
export const usePolicy = (id: string) =>
  useQuery({ queryKey: keys.policy(id), enabled: Boolean(id), queryFn: () => api<PolicyDetail>("GET", `/api/v1/sla/policies/${id}`) });
export const useGroups = () => useQuery({ queryKey: keys.groups, queryFn: () => api<{ items: Group[] }>("GET", "/api/v1/groups").then((r) => r.items) });
export const useOrganizations = () =>
  useQuery({ queryKey: keys.organizations, queryFn: () => api<{ items: Organization[] }>("GET", "/api/v1/organizations").then((r) => r.items) });
export const useCategories = () =>
  useQuery({ queryKey: keys.categories, queryFn: () => api<{ items: Category[] }>("GET", "/api/v1/categories").then((r) => r.items) });

/** Everyone who can work tickets (agents, managers, admins), by name: for leads, members, managers to notify. */
export function useStaff() {
  return useQuery({
    queryKey: [...keys.people, "staff"],
    queryFn: async () => {
      const pages = await Promise.all(
        (["agent", "manager", "admin"] as const).map((role) => api<Page<Person>>("GET", `/api/v1/people?role=${role}&limit=200`)),
      );
      return pages.flatMap((p) => p.items).sort((a, b) => a.name.localeCompare(b.name));
    },
  });
}

/** The people of one organization (first 200 by name): candidates for someone's manager. */
export function useOrganizationPeople(organizationId: string | undefined) {
  return useQuery({
    queryKey: [...keys.people, "organization", organizationId],
    enabled: Boolean(organizationId),
    queryFn: () => api<Page<Person>>("GET", `/api/v1/people?organizationId=${organizationId}&limit=200`).then((r) => r.items),
  });
}

/** Names for person ids (audit actors, version authors); each person is fetched once and cached. */
export function usePersonNames(ids: readonly (string | null | undefined)[]): Map<string, string> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: [...keys.people, "one", id],
      queryFn: () => api<Person>("GET", `/api/v1/people/${id}`),
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  const names = new Map<string, string>();
  results.forEach((r, i) => {
    if (r.data) names.set(unique[i]!, r.data.name);
  });
  return names;
}

/** A write that, on success, refreshes the given queries and says so in the admin live region. */
export function useSave<TVars, TResult>(
  fn: (vars: TVars) => Promise<TResult>,
  options: {
    invalidate: QueryKey[];
    message?: string | ((result: TResult, vars: TVars) => string);
    onSuccess?: (result: TResult, vars: TVars) => void;
    /** For deletes: run onSuccess (leave the deleted thing's page) first, forget these queries and refresh only the exact keys. */
    leaveFirst?: boolean;
    forget?: QueryKey[];
  },
) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (result, vars) => {
      if (options.leaveFirst) options.onSuccess?.(result, vars);
      for (const queryKey of options.forget ?? []) queryClient.removeQueries({ queryKey });
      await Promise.all(options.invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey, exact: options.leaveFirst === true })));
      // Every admin write is audited: the log must show it the next time it is looked at.
      void queryClient.invalidateQueries({ queryKey: keys.audit });
      const message = typeof options.message === "function" ? options.message(result, vars) : options.message;
      if (message) announce(message);
      if (!options.leaveFirst) options.onSuccess?.(result, vars);
    },
  });
}

/** By id, for showing names in tables. */
export function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [item.id, item]));
}
