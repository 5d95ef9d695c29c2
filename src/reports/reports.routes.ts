import { z } from "zod";
import type { Deps } from "../context.ts";
import { actorOf } from "../identity/session.routes.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { CHANNELS, PRIORITIES } from "../shared/enums.ts";
import { getIndicators } from "./get-indicators.ts";
import {
  FigureTicketDto,
  IndicatorReportDto,
  ReportTableDto,
  ResolvedTicketDto,
  TrendPointDto,
} from "./indicators.present.ts";
import { listAllResolvedTickets, listResolvedTickets } from "./list-resolved-tickets.ts";
import { MAX_LIST_PAGE } from "./list-facts.store.ts";
import { PeriodBound } from "./period-bound.ts";
import { resolvedCsv, resolvedXlsx } from "./resolved-export.ts";
import { FIGURES } from "./indicators/figure-tickets.ts";
import { getTrend } from "./get-trend.ts";
import { getReportTable } from "./get-report-table.ts";
import { listFigureTickets } from "./list-figure-tickets.ts";
import { TABLES } from "./report-tables.ts";
import { tableCsv, tableXlsx } from "./table-export.ts";
import { PolicyDefinition } from "../sla/policy/policy.ts";
import { replaySlaDraft } from "./what-if/replay-sla-draft.ts";
import { WhatIfDto } from "./what-if/what-if.present.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const IndicatorQuery = z.strictObject({
  from: PeriodBound.describe(
    "Start of the period, included: ISO 8601 instant with an offset, or a date (midnight UTC)",
  ),
  to: PeriodBound.describe("End of the period, excluded"),
  organizationId: z.uuid().optional(),
  groupId: z.uuid().optional(),
  agentId: z.uuid().optional().describe("The assignee"),
  priority: z.enum(PRIORITIES).optional(),
  channel: z.enum(CHANNELS).optional(),
  categoryId: z.uuid().optional(),
  compare: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .describe("Also the period of the same length just before"),
});

const ResolvedQuery = IndicatorQuery.omit({ compare: true });
const Limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_LIST_PAGE)
  .optional()
  .describe(`Rows per page (at most ${MAX_LIST_PAGE}; 500 without it)`);
/** The resolved list's keyset: the last row's resolution instant and ticket number, as `next` answered them. */
const ResolvedKey = z.strictObject({ resolvedAt: z.iso.datetime(), number: z.number().int() });
const ResolvedAfter = z
  .string()
  .regex(/^[^~]+~\d+$/)
  .transform((v, c) => {
    const [resolvedAt, number] = v.split("~");
    const key = ResolvedKey.safeParse({ resolvedAt, number: Number(number) });
    if (!key.success) c.addIssue({ code: "custom", message: "not a page key of this list" });
    return key.data ?? { resolvedAt: "", number: 0 };
  })
  .optional()
  .describe("Where the page starts: the `next` of the page before");
const resolvedNext = (key: { resolvedAt: string; number: number } | null) =>
  key === null ? null : `${key.resolvedAt}~${key.number}`;
const Next = z.string().nullable().describe("The `after` of the next page; null after the last");
const Figure = z.enum(FIGURES).describe("The figure whose tickets to list");
const Bucket = z.enum(["day", "week"]).describe("Cut the period into days or weeks (seven days from its start)");
const TableQuery = ResolvedQuery.extend({
  figure: Figure.optional().describe("For the tickets table: the figure whose tickets it lists"),
  bucket: Bucket.optional().describe("For the trend table: days or weeks"),
});
const TableParams = z.strictObject({ table: z.enum(TABLES) });
const fileDay = (d: Date) => d.toISOString().slice(0, 10);

const WhatIfBody = z.strictObject({
  from: PeriodBound.describe("Start of the past period to replay, included"),
  to: PeriodBound.describe("End of the period, excluded"),
  policyId: z.uuid().optional().describe("The policy the draft changes: only its tickets are replayed"),
  definition: PolicyDefinition.describe("The draft, as the policy editor saves it"),
});

/** The indicators of a period and the table of the tickets resolved in it. */
export async function reportRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["reports"];
  app.get(
    "/api/v1/reports/indicators",
    {
      schema: {
        tags,
        summary:
          "The SLA's indicators for a period, folded from the ticket log (managers and admins: all; agents: their own and their groups')",
        querystring: IndicatorQuery,
        response: { 200: IndicatorReportDto },
      },
    },
    async (request) => getIndicators(deps, actorOf(request), request.query),
  );

  app.get(
    "/api/v1/reports/resolved",
    {
      schema: {
        tags,
        summary:
          "The tickets resolved in a period, each with its response and resolution times (business and wall) and breach flags",
        querystring: ResolvedQuery.extend({ after: ResolvedAfter, limit: Limit }),
        response: { 200: z.object({ items: z.array(ResolvedTicketDto), next: Next }) },
      },
    },
    async (request) => {
      const page = await listResolvedTickets(deps, actorOf(request), request.query);
      return { items: page.items, next: resolvedNext(page.next) };
    },
  );

  app.get(
    "/api/v1/reports/tickets",
    {
      schema: {
        tags,
        summary: "The tickets behind one figure of the period (drill-down), counted by the figure's own rule",
        querystring: ResolvedQuery.extend({
          figure: Figure,
          after: z.coerce.number().int().optional().describe("Where the page starts: the `next` of the page before"),
          limit: Limit,
        }),
        response: {
          200: z.object({
            figure: Figure,
            items: z.array(FigureTicketDto),
            next: z.number().int().nullable().describe("The `after` of the next page; null after the last"),
          }),
        },
      },
    },
    async (request) => ({
      figure: request.query.figure,
      ...(await listFigureTickets(deps, actorOf(request), request.query)),
    }),
  );

  app.get(
    "/api/v1/reports/trend",
    {
      schema: {
        tags,
        summary: "The headline figures of each day or week of the period, by the same definitions as the report",
        querystring: ResolvedQuery.extend({ bucket: Bucket }),
        response: { 200: z.object({ bucket: Bucket, points: z.array(TrendPointDto) }) },
      },
    },
    async (request) => ({
      bucket: request.query.bucket,
      points: await getTrend(deps, actorOf(request), request.query),
    }),
  );

  app.get(
    "/api/v1/reports/tables/:table",
    {
      schema: {
        tags,
        summary: "One of the dashboard's tables as plain rows: the cells its CSV and XLSX exports hold",
        params: TableParams,
        querystring: TableQuery,
        response: { 200: ReportTableDto },
      },
    },
    async (request) => getReportTable(deps, actorOf(request), request.params.table, request.query),
  );

  app.get(
    "/api/v1/reports/tables/:table/export",
    {
      schema: {
        tags,
        summary:
          "One of the dashboard's tables as a download: format=csv (text/csv) or format=xlsx (an Excel workbook)",
        params: TableParams,
        querystring: TableQuery.extend({ format: z.enum(["csv", "xlsx"]) }),
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const table = await getReportTable(deps, actorOf(request), request.params.table, query);
      const name = `${table.name.replace("_", "-")}-${fileDay(query.from)}-${fileDay(query.to)}.${format}`;
      return reply
        .header("content-type", format === "csv" ? "text/csv; charset=utf-8" : XLSX_TYPE)
        .header("content-disposition", `attachment; filename="${name}"`)
        .send(format === "csv" ? tableCsv(table) : await tableXlsx(table));
    },
  );

  app.get(
    "/api/v1/reports/resolved/export",
    {
      schema: {
        tags,
        summary:
          "The resolved-tickets table as a download: format=csv (text/csv) or format=xlsx (an Excel workbook), the same cells as the JSON",
        querystring: ResolvedQuery.extend({ format: z.enum(["csv", "xlsx"]) }),
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const items = await listAllResolvedTickets(deps, actorOf(request), query);
      const name = `resolved-${fileDay(query.from)}-${fileDay(query.to)}.${format}`;
      const body = format === "csv" ? resolvedCsv(items) : await resolvedXlsx(items);
      return reply
        .header("content-type", format === "csv" ? "text/csv; charset=utf-8" : XLSX_TYPE)
        .header("content-disposition", `attachment; filename="${name}"`)
        .send(body);
    },
  );

  app.post(
    "/api/v1/reports/what-if",
    {
      schema: {
        tags,
        summary:
          "Replays a past period under a draft SLA policy, never writing: compliance per priority as it was and as it would have been, and the clocks that would flip (managers and admins)",
        body: WhatIfBody,
        response: { 200: WhatIfDto },
      },
    },
    async (request) => replaySlaDraft(deps, actorOf(request), request.body),
  );
}
