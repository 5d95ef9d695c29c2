import { useTranslation } from "react-i18next";
import type { IndicatorReport, ReportQuery } from "../api/reports.ts";
import { usePublicSla } from "../api/public.ts";
import { BarFigure } from "./charts.tsx";
import { Count, Indicator, Rate, useMinutes } from "./Figures.tsx";
import { ExportLinks, percent, ReportTableView } from "./ReportTableView.tsx";

const PRIORITIES = ["critical", "high", "medium", "low"] as const;
type Figures = Omit<IndicatorReport, "definitions" | "filters" | "previous" | "factsAsOf" | "factsPending">;

const breachedCount = (r: Figures, kind: "first_response" | "resolution") =>
  r.sla.breached.filter((b) => b.clocks.some((c) => c.kind === kind)).length;

/** SLA compliance: the shares met, per priority against the published targets (chart and table), and the breaches. */
export function SlaCompliance({
  report,
  query,
  search,
}: {
  report: IndicatorReport;
  query: ReportQuery;
  search: string;
}) {
  const { t, i18n } = useTranslation(["reports", "common"]);
  const lang = i18n.language;
  const minutes = useMinutes();
  const targets = new Map(usePublicSla().data?.priorities.map((p) => [p.priority, p]) ?? []);
  const prev = report.previous;
  const chart = PRIORITIES.map((p) => ({
    priority: t(`common:priority.${p}`),
    response: Math.round((report.sla.by_priority[p].response_met_rate ?? 0) * 100),
    resolution: Math.round((report.sla.by_priority[p].resolution_met_rate ?? 0) * 100),
  }));
  return (
    <Indicator id="sla" title={t("sections.sla")} definition={report.definitions.sla}>
      <dl className="stats">
        <Rate label={t("sla.responseMet")} value={report.sla.response_met_rate} before={prev?.sla.response_met_rate} />
        <Rate
          label={t("sla.resolutionMet")}
          value={report.sla.resolution_met_rate}
          before={prev?.sla.resolution_met_rate}
        />
        <Count
          figure="response_breached"
          value={breachedCount(report, "first_response")}
          before={prev ? breachedCount(prev, "first_response") : undefined}
          search={search}
        />
        <Count
          figure="resolution_breached"
          value={breachedCount(report, "resolution")}
          before={prev ? breachedCount(prev, "resolution") : undefined}
          search={search}
        />
      </dl>
      <BarFigure
        title={t("sla.byPriority")}
        rows={chart}
        category="priority"
        series={[
          { key: "response", label: t("sla.responseMet") },
          { key: "resolution", label: t("sla.resolutionMet") },
        ]}
      />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t("sla.byPriority")}>
        <table>
          <caption>{t("sla.byPriority")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.priority")}</th>
              <th scope="col">{t("sla.respondTarget")}</th>
              <th scope="col">{t("columns.response_met_rate")}</th>
              <th scope="col">{t("sla.resolveTarget")}</th>
              <th scope="col">{t("columns.resolution_met_rate")}</th>
              <th scope="col">{t("columns.count")}</th>
            </tr>
          </thead>
          <tbody>
            {PRIORITIES.map((p) => {
              const row = report.sla.by_priority[p];
              const target = targets.get(p);
              return (
                <tr key={p}>
                  <th scope="row">{t(`common:priority.${p}`)}</th>
                  <td>{minutes(target?.respondMinutes)}</td>
                  <td>{percent(row.response_met_rate, lang)}</td>
                  <td>{minutes(target?.resolveMinutes)}</td>
                  <td>{percent(row.resolution_met_rate, lang)}</td>
                  <td>{row.count}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ExportLinks table="by_priority" query={query} />
      <ReportTableView table="breached" query={query} caption={t("sla.breached")} />
    </Indicator>
  );
}
