import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useGroups } from "../api/groups.ts";
import { usePeopleNames } from "../api/people.ts";
import { useOrganizations } from "../api/reference.ts";
import {
  tableExportUrl,
  useReportTable,
  type ReportQuery,
  type ReportTable,
  type TableExtra,
  type TableName,
} from "../api/reports.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Problem } from "../ui/Problem.tsx";
import type en from "../locales/en/reports.json";

type Row = ReportTable["rows"][number];
type Cell = Row[string];
type ColumnKey = keyof (typeof en)["columns"];

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const PEOPLE = new Set(["agent_id", "who"]);
const GROUPS = new Set(["group_id", "from_group_id", "to_group_id"]);
const TICKETS = new Set(["number", "ticket_number"]);
const RATES = new Set(["response_met_rate", "resolution_met_rate", "first_contact_rate"]);
// Ids the export keeps for machines; on screen the names beside them say the same.
const HIDDEN = new Set(["ticket_id", "organization_id"]);

/** A share 0–1 as a percentage in the reader's language; "—" when nothing was counted. */
export function percent(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined) return "—";
  return new Intl.NumberFormat(lang === "ur" ? "ur-PK" : "en-GB", {
    style: "percent",
    maximumFractionDigits: 1,
  }).format(value);
}

/** Download links for one table: the server makes the file from the same rows as the table on screen. */
export function ExportLinks({ table, query, extra }: { table: TableName; query: ReportQuery; extra?: TableExtra }) {
  const { t } = useTranslation("reports");
  const name = t(`tables.${table}`);
  return (
    <p className="report-exports">
      {(["csv", "xlsx"] as const).map((format) => (
        // The visible word starts the link's name (what voice control users say), the hidden words say what it is.
        <a key={format} href={tableExportUrl(table, query, format, extra)} download>
          {format === "csv" ? t("exportCsv") : t("exportXlsx")}
          <span className="visually-hidden"> — {t("exportOf", { table: name, format: format.toUpperCase() })}</span>
        </a>
      ))}
    </p>
  );
}

/**
 * One of the report's tables as the server gives it (the rows its CSV and XLSX hold), with its export links:
 * tickets link to their page, ids read as names, instants in the reader's zone, shares as percentages.
 */
export function ReportTableView({
  table,
  query,
  extra,
  caption,
  clockLinks = false,
  children,
}: {
  table: TableName;
  query: ReportQuery;
  extra?: TableExtra;
  caption: string;
  /** Adds a link to each ticket's clock timeline (the SLA panel of its page). */
  clockLinks?: boolean;
  /** Drawn above the table from its rows (a chart). */
  children?: (rows: Row[]) => ReactNode;
}) {
  const { t, i18n } = useTranslation(["reports", "common"]);
  const answer = useReportTable(table, query, extra);
  const rows = answer.data?.rows ?? [];
  const groups = new Map((useGroups().data ?? []).map((g) => [g.id, g.name]));
  const organizations = new Map((useOrganizations().data ?? []).map((o) => [o.id, o.name]));
  const people = usePeopleNames(rows.flatMap((r) => [...PEOPLE].map((k) => r[k] as string | null)));
  if (answer.isError) return <Problem error={answer.error} />;
  if (!answer.data) return <p role="status">{t("common:loading")}</p>;
  const columns = answer.data.columns.filter((c) => !HIDDEN.has(c.key));
  const show = (key: string, value: Cell): ReactNode => {
    if (value === null || value === "") return key === "who" ? t("engine") : "—";
    if (typeof value === "boolean") return value ? t("common:yes") : t("common:no");
    if (TICKETS.has(key)) return <Link to={`/console/tickets/${value}`}>#{value}</Link>;
    if (RATES.has(key) && typeof value === "number") return percent(value, i18n.language);
    if (typeof value === "number") return value.toLocaleString(i18n.language === "ur" ? "ur-PK" : "en-GB");
    if (PEOPLE.has(key)) return people.get(value) ?? value;
    if (GROUPS.has(key)) return groups.get(value) ?? value;
    if (key === "organization_id") return organizations.get(value) ?? value;
    if (key === "priority" || key === "from_priority" || key === "to_priority")
      return t(`common:priority.${value as "high"}`, { defaultValue: value });
    if (key === "channel") return t(`common:channel.${value as "email"}`, { defaultValue: value });
    if (key === "status") return t(`common:status.${value as "open"}`, { defaultValue: value });
    if (ISO.test(value)) return formatDateTime(value, i18n.language);
    return <bdi>{value}</bdi>;
  };
  return (
    <div className="report-table">
      {children && rows.length > 0 ? children(rows) : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {t(`columns.${c.key as ColumnKey}`, { defaultValue: c.heading })}
                </th>
              ))}
              {clockLinks ? <th scope="col">{t("clockTimeline")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length + (clockLinks ? 1 : 0)} className="muted">
                  {t("empty")}
                </td>
              </tr>
            ) : (
              rows.map((r, i) => (
                <tr key={`${String(r.ticket_id ?? "")}:${i}`}>
                  {columns.map((c) => (
                    <td key={c.key}>{show(c.key, r[c.key] ?? null)}</td>
                  ))}
                  {clockLinks ? (
                    <td>
                      <Link
                        to={`/console/tickets/${String(r.number)}#sla-heading`}
                        aria-label={t("clockTimelineOf", { number: String(r.number) })}
                      >
                        {t("clockTimeline")}
                      </Link>
                    </td>
                  ) : null}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <ExportLinks table={table} query={query} extra={extra} />
    </div>
  );
}
