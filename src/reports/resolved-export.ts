import type { ResolvedTicketRow } from "./indicators/resolved-tickets.ts";
import { tableCsv, tableXlsx, type Column } from "./table-export.ts";

/** The resolved-tickets table's columns, in order: the JSON key and the heading people read. */
export const RESOLVED_COLUMNS: ReadonlyArray<Column<keyof ResolvedTicketRow>> = [
  { key: "number", heading: "Ticket" },
  { key: "subject", heading: "Subject" },
  { key: "priority", heading: "Priority" },
  { key: "channel", heading: "Channel" },
  { key: "agent_id", heading: "Agent" },
  { key: "group_id", heading: "Group" },
  { key: "organization_id", heading: "Organization" },
  { key: "created_at", heading: "Opened" },
  { key: "resolved_at", heading: "Resolved" },
  { key: "response_business_minutes", heading: "Response (business min)" },
  { key: "response_wall_minutes", heading: "Response (wall min)" },
  { key: "resolution_business_minutes", heading: "Resolution (business min)" },
  { key: "resolution_wall_minutes", heading: "Resolution (wall min)" },
  { key: "response_breached", heading: "Response breached" },
  { key: "resolution_breached", heading: "Resolution breached" },
  { key: "linked_to_parent", heading: "Linked to a parent" },
  { key: "ticket_id", heading: "Ticket id" },
];

const resolvedTable = (rows: readonly ResolvedTicketRow[]) => ({
  title: "Resolved tickets",
  columns: RESOLVED_COLUMNS,
  rows,
});

/** The table as CSV: a heading row, then one row per ticket, the same cells as the JSON. */
export const resolvedCsv = (rows: readonly ResolvedTicketRow[]): string => tableCsv(resolvedTable(rows));

/** The table as an Excel workbook (one sheet, "Resolved tickets"). */
export const resolvedXlsx = (rows: readonly ResolvedTicketRow[]): Promise<Buffer> => tableXlsx(resolvedTable(rows));
