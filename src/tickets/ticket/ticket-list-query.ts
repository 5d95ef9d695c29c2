import { z } from "zod";
import { CHANNELS, PRIORITIES, STATUSES } from "../../shared/enums.ts";
import { storableText } from "../../shared/storable-text.ts";
import { TICKET_SORTS, type TicketFilters } from "./list-tickets.store.ts";

const csv = <T extends string>(values: readonly [T, ...T[]]) =>
  storableText()
    .max(200)
    .transform((s) => s.split(",").filter(Boolean))
    .pipe(z.array(z.enum(values)));

/** The query parameters of GET /api/v1/tickets: the filters of the list, its order and its paging. */
export const TicketListQuery = z.strictObject({
  status: csv(STATUSES).optional().describe("Comma-separated statuses"),
  priority: csv(PRIORITIES).optional(),
  channel: csv(CHANNELS).optional(),
  groupId: z
    .union([z.uuid(), z.literal("mine")])
    .optional()
    .describe("A group id, or mine: any group you are a member of"),
  assignee: z.union([z.uuid(), z.enum(["me", "none"])]).optional(),
  organizationId: z.uuid().optional(),
  requesterId: z.uuid().optional(),
  parentId: z.uuid().optional().describe("Children of this ticket (e.g. the incidents linked to a major incident)"),
  tag: storableText().trim().min(1).max(50).optional(),
  q: storableText().max(200).optional(),
  sla: z.enum(["breached"]).optional().describe("breached: a clock breached, or a running one is past due"),
  breachingWithinMinutes: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_080)
    .optional()
    .describe("A running response or resolution clock falls due within this many minutes"),
  sort: z.enum(TICKET_SORTS).default("created").describe("due: by the earliest due instant of a running clock"),
  order: z.enum(["asc", "desc"]).optional().describe("Default desc; asc for sort=due (least time left first)"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: storableText().max(500).optional(),
});

/** What a view keeps of the list query: its filters and order, not its paging. */
export const ViewFilterQuery = TicketListQuery.omit({ limit: true, cursor: true });

/**
 * A view's filters: the list's query parameters as strings, exactly as GET /api/v1/tickets takes them.
 * Anything the list would refuse is refused here, naming the parameter (body.filters.<name>).
 */
export const ViewFilters = z.record(storableText().max(50), storableText().max(500)).superRefine((filters, ctx) => {
  const parsed = ViewFilterQuery.safeParse(filters);
  if (parsed.success) return;
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        ctx.addIssue({ code: "custom", path: [key], message: "is not a filter of the ticket list" });
    } else {
      ctx.addIssue({ code: "custom", path: issue.path.slice(0, 1), message: issue.message });
    }
  }
});

/** The list filters a view's parameters stand for, or undefined if they are not valid (any more). */
export function parseViewFilters(filters: Record<string, string>): TicketFilters | undefined {
  const parsed = ViewFilterQuery.safeParse(filters);
  return parsed.success ? parsed.data : undefined;
}
