import { useQuery } from "@tanstack/react-query";
import { api, ApiError } from "../app/api.ts";
import { useGroups } from "../api/groups.ts";
import { useStaff } from "../api/people.ts";
import { useOrganizations } from "../api/reference.ts";
import { ACTIVE_STATUSES, type Ticket, type View } from "./types.ts";

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
