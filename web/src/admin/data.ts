import { useMutation, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { api } from "../app/api.ts";
import { groupKeys } from "../api/groups.ts";
import { peopleKeys } from "../api/people.ts";
import { referenceKeys } from "../api/reference.ts";
import { useAnnounce } from "./feedback.tsx";
import type { CalendarDetail, Calendar, Category, Group, Organization, Page, Person, PolicyDetail, Policy } from "./types.ts";

// Reference data the admin screens share; every key starts with "admin" so saves can invalidate precisely.

export const keys = {
  calendars: ["admin", "calendars"] as const,
  calendar: (id: string) => ["admin", "calendars", id] as const,
  policies: ["admin", "policies"] as const,
  policy: (id: string) => ["admin", "policies", id] as const,
  matrix: referenceKeys.matrix,
  // Shared with the console (web/src/api/): an admin save refreshes what agents see too.
  groups: groupKeys.all,
  groupTarget: groupKeys.target,
  people: peopleKeys.all,
  organizations: referenceKeys.organizations,
  routingRules: ["admin", "routing-rules"] as const,
  categories: referenceKeys.categories,
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
