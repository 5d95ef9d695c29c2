import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { PRIORITIES, type Status } from "../../shared/enums.ts";
import { authorizeTool } from "../agent-tools.policy.ts";
import type { TicketFilters } from "../ticket/list-tickets.store.ts";
import { parseViewFilters } from "../ticket/ticket-list-query.ts";
import {
  countByClientOrganization,
  countEach,
  countMatching,
  findSavedViews,
  type SavedViewRow,
} from "./views.store.ts";

/** The statuses of tickets still being worked: every standard view shows only these. */
export const OPEN_STATUSES: readonly Status[] = ["new", "open", "pending", "on_hold"];
const OPEN = OPEN_STATUSES.join(",");

export type ViewKind = "standard" | "priority" | "organization" | "saved";

/** A queue the console offers: the ticket list's query parameters that show it, and how many tickets it holds now. */
export type View = {
  key: string;
  kind: ViewKind;
  /** The saved view's id (null for the others). */
  id: string | null;
  /** The organization's or the saved view's name (null for the others: the client names them). */
  name: string | null;
  /** Exactly the query parameters of GET /api/v1/tickets that list this view. */
  filters: Record<string, string>;
  count: number;
};

type Fixed = { key: string; kind: "standard" | "priority"; filters: Record<string, string> };

/** The views everyone on the desk has, in the order the console shows them. */
export const FIXED_VIEWS: readonly Fixed[] = [
  { key: "mine", kind: "standard", filters: { status: OPEN, assignee: "me" } },
  { key: "unassigned", kind: "standard", filters: { status: OPEN, groupId: "mine", assignee: "none" } },
  {
    key: "breaching-soon",
    kind: "standard",
    filters: { status: OPEN, breachingWithinMinutes: "60", sort: "due", order: "asc" },
  },
  { key: "breached", kind: "standard", filters: { status: OPEN, sla: "breached", sort: "due", order: "asc" } },
  { key: "open", kind: "standard", filters: { status: OPEN } },
  ...PRIORITIES.map((p): Fixed => ({ key: `priority-${p}`, kind: "priority", filters: { status: OPEN, priority: p } })),
];

function filtersOf(parameters: Record<string, string>): TicketFilters {
  const filters = parseViewFilters(parameters);
  if (!filters) throw new Error(`view parameters ${JSON.stringify(parameters)} are not list filters`);
  return filters;
}

// Parsed once: they never change.
const FIXED_FILTERS = FIXED_VIEWS.map((v) => filtersOf(v.filters));

/** A saved view's parameters as strings (the column allows lists; the API only ever stores strings). */
export function savedParameters(row: Pick<SavedViewRow, "filters">): Record<string, string> {
  return Object.fromEntries(Object.entries(row.filters).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v]));
}

/**
 * The caller's views with live counts: the fixed ones (one statement), one per client organization with open
 * tickets (one grouped query), then their saved views (each the list's query in count mode). All counts are
 * scoped exactly as the list is, so each equals the length of the list its filters show. Staff only.
 */
export async function listViews(deps: Pick<Deps, "db" | "readDb" | "clock" | "log">, actor: Actor): Promise<View[]> {
  authorizeTool(actor, "view.read");
  const now = deps.clock.now();
  // Independent reads: on PostgreSQL they run side by side on the pool. Counts may lag like the lists they
  // count (the replica); the caller's own views come from the primary, so a view just saved is there.
  const [fixed, organizations, saved] = await Promise.all([
    countEach(deps.readDb, actor, FIXED_FILTERS, OPEN_STATUSES, now),
    countByClientOrganization(deps.readDb, actor, OPEN_STATUSES),
    findSavedViews(deps.db, actor.personId),
  ]);
  const views: View[] = FIXED_VIEWS.map((v, i) => ({
    key: v.key,
    kind: v.kind,
    id: null,
    name: null,
    filters: { ...v.filters },
    count: fixed[i]!,
  }));
  for (const org of organizations) {
    views.push({
      key: `org-${org.organizationId}`,
      kind: "organization",
      id: null,
      name: org.name,
      filters: { status: OPEN, organizationId: org.organizationId },
      count: org.count,
    });
  }
  for (const row of saved) {
    const filters = savedParameters(row);
    const parsed = parseViewFilters(filters);
    // Stored filters were valid when saved; one the list no longer takes counts nothing rather than failing the page.
    if (!parsed) deps.log.warn({ viewId: row.id }, "saved view has filters the ticket list no longer takes");
    const n = parsed ? await countMatching(deps.readDb, actor, parsed, now) : 0;
    views.push({ key: `saved-${row.id}`, kind: "saved", id: row.id, name: row.name, filters, count: n });
  }
  return views;
}
