import { CHANNELS, PRIORITIES } from "../shared/enums.ts";
import type { FigureTicketRow } from "./indicators/figure-tickets.ts";
import type { IndicatorReport } from "./indicators/indicators.ts";
import type { ResolvedTicketRow } from "./indicators/resolved-tickets.ts";
import type { TrendPoint } from "./indicators/trend.ts";
import { RESOLVED_COLUMNS } from "./resolved-export.ts";
import type { Cell, Column, ExportTable } from "./table-export.ts";

// Every table the dashboard shows, as rows of plain cells: the JSON the page draws and the CSV and XLSX exports
// are the same rows, so a download always equals the table on screen.

type Rows = Array<Record<string, Cell>>;

export const TABLES = [
  "resolved",
  "tickets",
  "breached",
  "escalations",
  "by_priority",
  "by_channel",
  "trend",
  "comments",
] as const;
export type TableName = (typeof TABLES)[number];

export type ReportTable = ExportTable & { name: TableName; columns: Column[]; rows: Rows };

/** What a table is made from: the period's report and, for the tables that need them, its lists (each read only by the tables made from it). */
export type TableSources = {
  report: () => IndicatorReport;
  resolved: () => ResolvedTicketRow[];
  tickets: () => FigureTicketRow[];
  trend: () => TrendPoint[];
};

const FIGURE_TICKET_COLUMNS: ReadonlyArray<Column<keyof FigureTicketRow>> = [
  { key: "number", heading: "Ticket" },
  { key: "subject", heading: "Subject" },
  { key: "status", heading: "Status" },
  { key: "priority", heading: "Priority" },
  { key: "channel", heading: "Channel" },
  { key: "agent_id", heading: "Agent" },
  { key: "group_id", heading: "Group" },
  { key: "created_at", heading: "Opened" },
  { key: "resolved_at", heading: "Resolved" },
  { key: "ticket_id", heading: "Ticket id" },
];

const TREND_COLUMNS: ReadonlyArray<Column<keyof TrendPoint>> = [
  { key: "from", heading: "From" },
  { key: "to", heading: "To" },
  { key: "created", heading: "Created" },
  { key: "resolved", heading: "Resolved" },
  { key: "backlog", heading: "Backlog" },
  { key: "response_median_business_minutes", heading: "Response median (business min)" },
  { key: "resolution_median_business_minutes", heading: "Resolution median (business min)" },
  { key: "response_met_rate", heading: "Response met" },
  { key: "resolution_met_rate", heading: "Resolution met" },
  { key: "first_contact_rate", heading: "First-contact resolution" },
  { key: "escalations", heading: "Escalations" },
  { key: "satisfaction_mean", heading: "Satisfaction (mean)" },
];

const cols = (...pairs: Array<[string, string]>): Column[] => pairs.map(([key, heading]) => ({ key, heading }));

const DEFINITIONS: Record<TableName, { title: string; columns: readonly Column[]; rows: (s: TableSources) => Rows }> = {
  resolved: { title: "Resolved tickets", columns: RESOLVED_COLUMNS, rows: (s) => s.resolved() },
  tickets: { title: "Tickets", columns: FIGURE_TICKET_COLUMNS, rows: (s) => s.tickets() },
  breached: {
    title: "SLA breaches",
    columns: cols(
      ["number", "Ticket"],
      ["priority", "Priority"],
      ["clock", "Clock"],
      ["breached_at", "Breached at"],
      ["ticket_id", "Ticket id"],
    ),
    rows: (s) =>
      s.report().sla.breached.flatMap((b) =>
        b.clocks.map((c) => ({
          number: b.number,
          priority: b.priority,
          clock: c.kind,
          breached_at: c.breached_at,
          ticket_id: b.ticket_id,
        })),
      ),
  },
  escalations: {
    title: "Escalations",
    columns: cols(
      ["when", "When"],
      ["ticket_number", "Ticket"],
      ["kind", "Kind"],
      ["level", "Level"],
      ["trigger", "Trigger"],
      ["who", "Who"],
      ["rule", "Rule"],
      ["why", "Why"],
      ["from_group_id", "From group"],
      ["from_priority", "From priority"],
      ["to_group_id", "To group"],
      ["to_priority", "To priority"],
      ["notified", "Notified"],
      ["ticket_id", "Ticket id"],
    ),
    rows: (s) =>
      s.report().escalations.items.map((e) => ({
        when: e.when,
        ticket_number: e.ticket_number,
        kind: e.kind,
        level: e.level,
        trigger: e.trigger,
        who: e.who,
        rule: e.rule,
        why: e.why,
        from_group_id: e.from.group_id,
        from_priority: e.from.priority,
        to_group_id: e.to.group_id,
        to_priority: e.to.priority,
        notified: e.to.notified.join(" "),
        ticket_id: e.ticket_id,
      })),
  },
  by_priority: {
    title: "SLA compliance by priority",
    columns: cols(
      ["priority", "Priority"],
      ["count", "Tickets"],
      ["response_count", "Responses counted"],
      ["response_met_rate", "Response met"],
      ["resolution_count", "Resolutions counted"],
      ["resolution_met_rate", "Resolution met"],
    ),
    rows: (s) => PRIORITIES.map((priority) => ({ priority, ...s.report().sla.by_priority[priority] })),
  },
  by_channel: {
    title: "Volume by channel",
    columns: cols(["channel", "Channel"], ["created", "Created"], ["resolved", "Resolved"], ["backlog", "Backlog"]),
    rows: (s) => CHANNELS.map((channel) => ({ channel, ...s.report().tickets.by_channel[channel] })),
  },
  trend: { title: "Trend", columns: TREND_COLUMNS, rows: (s) => s.trend() },
  comments: {
    title: "Satisfaction comments",
    columns: cols(["at", "When"], ["ticket_number", "Ticket"], ["score", "Score"], ["comment", "Comment"]),
    rows: (s) => s.report().satisfaction.comments.map((c) => ({ ...c })),
  },
};

/** One table of the report, its columns in order and its rows as plain cells. */
export function reportTable(name: TableName, sources: TableSources): ReportTable {
  const d = DEFINITIONS[name];
  const rows = d.rows(sources).map((r) => Object.fromEntries(d.columns.map((c) => [c.key, r[c.key] ?? null])));
  return { name, title: d.title, columns: [...d.columns], rows };
}

/** Whether a table needs the `figure` of the drill-down or the `bucket` of a trend. */
export const needs = (name: TableName): "figure" | "bucket" | null =>
  name === "tickets" ? "figure" : name === "trend" ? "bucket" : null;
