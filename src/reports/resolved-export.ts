import ExcelJS from "exceljs";
import { toCsv } from "./csv.ts";
import type { ResolvedTicketRow } from "./indicators/resolved-tickets.ts";

/** The resolved-tickets table's columns, in order: the JSON key and the heading people read. */
export const RESOLVED_COLUMNS: ReadonlyArray<{ key: keyof ResolvedTicketRow; heading: string }> = [
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

/** The table as CSV: a heading row, then one row per ticket, the same cells as the JSON. */
export function resolvedCsv(rows: readonly ResolvedTicketRow[]): string {
  return toCsv([RESOLVED_COLUMNS.map((c) => c.heading), ...rows.map((r) => RESOLVED_COLUMNS.map((c) => r[c.key]))]);
}

/**
 * The table as an Excel workbook (one sheet, "Resolved tickets"): numbers as numbers, flags as booleans, instants
 * as ISO text (a spreadsheet's dates have no time zone; the text keeps the instant exact).
 */
export async function resolvedXlsx(rows: readonly ResolvedTicketRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Frontline";
  const sheet = book.addWorksheet("Resolved tickets", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = RESOLVED_COLUMNS.map((c) => ({
    header: c.heading,
    key: c.key,
    width: Math.max(12, c.heading.length + 2),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(Object.fromEntries(RESOLVED_COLUMNS.map((c) => [c.key, r[c.key]])));
  return Buffer.from(await book.xlsx.writeBuffer());
}
