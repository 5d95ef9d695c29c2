import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { buildUrl, client, type ApiAnswer } from "./client.ts";

// The reports of the dashboard: the indicators of a period, their trend, the tickets behind a figure and every
// table as JSON or as a CSV/XLSX download (the same rows, made by the server).

type IndicatorParams = NonNullable<
  NonNullable<Parameters<typeof client.get<"/api/v1/reports/indicators">>[1]>["query"]
>;

/** A period (from included, to excluded; dates or instants) and the filters that pick the tickets. */
export type ReportQuery = Omit<IndicatorParams, "compare">;
export type IndicatorReport = ApiAnswer<"/api/v1/reports/indicators", "get">;
export type Figure = ApiAnswer<"/api/v1/reports/tickets", "get">["figure"];
export type FigureTicket = ApiAnswer<"/api/v1/reports/tickets", "get">["items"][number];
export type Bucket = ApiAnswer<"/api/v1/reports/trend", "get">["bucket"];
export type TrendPoint = ApiAnswer<"/api/v1/reports/trend", "get">["points"][number];
export type ReportTable = ApiAnswer<"/api/v1/reports/tables/{table}", "get">;
export type TableName = NonNullable<
  Parameters<typeof client.get<"/api/v1/reports/tables/{table}">>[1]
>["path"]["table"];
/** What a table needs beyond the period: the figure of a drill-down, the bucket of a trend. */
export type TableExtra = { figure?: Figure; bucket?: Bucket };

export const reportKeys = { all: ["reports"] as const };

// Figures move with every ticket change; a dashboard left open refreshes them now and then rather than on each event.
const STALE = 60_000;

/** The indicators of the period, with the period just before it for comparison. */
export function useIndicators(query: ReportQuery) {
  return useQuery({
    queryKey: [...reportKeys.all, "indicators", query],
    queryFn: () => client.get("/api/v1/reports/indicators", { query: { ...query, compare: "true" } }),
    placeholderData: keepPreviousData,
    staleTime: STALE,
    retry: false,
  });
}

/** One of the dashboard's tables: its columns and rows, exactly what its export holds. */
export function useReportTable(table: TableName, query: ReportQuery, extra: TableExtra = {}) {
  return useQuery({
    queryKey: [...reportKeys.all, "table", table, query, extra],
    queryFn: () => client.get("/api/v1/reports/tables/{table}", { path: { table }, query: { ...query, ...extra } }),
    placeholderData: keepPreviousData,
    staleTime: STALE,
    retry: false,
  });
}

/** Where a browser downloads a table as CSV or as an Excel workbook (a link: the browser saves the file). */
export function tableExportUrl(table: TableName, query: ReportQuery, format: "csv" | "xlsx", extra: TableExtra = {}) {
  return buildUrl("/api/v1/reports/tables/{table}/export", { path: { table }, query: { ...query, ...extra, format } });
}
