import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useIndicators, type IndicatorReport, type ReportQuery } from "../api/reports.ts";
import { Problem } from "../ui/Problem.tsx";
import { BarFigure, LineFigure } from "./charts.tsx";
import { Count, Indicator, Plain, Rate, SmallTable, TimesTable, useMinutes } from "./Figures.tsx";
import { PeriodForm } from "./PeriodForm.tsx";
import { bucketFor, periodDays, readReportParams, reportSearch } from "./period.ts";
import { RegularSurveyLinks } from "./RegularSurveyLinks.tsx";
import { ReportTableView } from "./ReportTableView.tsx";
import { SlaCompliance } from "./SlaCompliance.tsx";
import { WorkTimeFigures } from "./WorkTimeFigures.tsx";
import "./reports.css";

const ESCALATION_KINDS = ["functional", "hierarchical", "priority", "manual"] as const;
const AGES = ["under_1d", "1_to_3d", "3_to_7d", "7_to_30d", "over_30d"] as const;
const SCORES = ["1", "2", "3", "4", "5"] as const;

/**
 * /reports — the manager's home (agents see their own and their groups' figures): the six indicators of the SLA
 * for a period against the published targets, the previous period beside each figure, charts with their tables,
 * the trend, and from every count the tickets behind it.
 */
export default function DashboardPage() {
  const { t } = useTranslation(["reports", "common"]);
  const [params, setParams] = useSearchParams();
  const { choice, query } = readReportParams(params, new Date().toISOString().slice(0, 10));
  const search = reportSearch(choice, query);
  const answer = useIndicators(query);
  return (
    <div className="page reports">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <PeriodForm
        key={search}
        choice={choice}
        query={query}
        onShow={(next, filters) => setParams(reportSearch(next, filters))}
      />
      {answer.isError ? <Problem error={answer.error} /> : null}
      {answer.data ? <Indicators report={answer.data} query={query} search={search} /> : null}
      {!answer.data && !answer.isError ? <p role="status">{t("common:loading")}</p> : null}
    </div>
  );
}

function Indicators({ report, query, search }: { report: IndicatorReport; query: ReportQuery; search: string }) {
  const { t, i18n } = useTranslation(["reports", "common"]);
  const lang = i18n.language;
  const minutes = useMinutes();
  const n = (x: number) => x.toLocaleString(lang === "ur" ? "ur-PK" : "en-GB");
  const prev = report.previous;
  const now = periodDays(report.period, lang);
  const before = prev ? periodDays(prev.period, lang) : { first: "—", last: "—" };
  const { tickets, escalations, satisfaction, first_contact_resolution: fcr } = report;
  return (
    <>
      <p className="period-line">
        {t("periodLine", {
          from: now.first,
          to: now.last,
          prevFrom: before.first,
          prevTo: before.last,
        })}
      </p>
      {report.factsPending > 0 ? (
        <p className="muted" role="status">
          {t("factsBehind", {
            asOf: new Date(report.factsAsOf).toLocaleString(lang === "ur" ? "ur-PK" : "en-GB"),
            count: report.factsPending,
          })}
        </p>
      ) : null}
      <div className="indicators">
        <Indicator id="response" title={t("sections.response")} definition={report.definitions.response}>
          <dl className="stats">
            <Count figure="response" value={report.response.count} before={prev?.response.count} search={search} />
          </dl>
          <TimesTable caption={t("sections.response")} now={report.response} before={prev?.response} />
        </Indicator>

        <Indicator id="resolution" title={t("sections.resolution")} definition={report.definitions.resolution}>
          <dl className="stats">
            <Count
              figure="resolution"
              value={report.resolution.count}
              before={prev?.resolution.count}
              search={search}
            />
          </dl>
          <TimesTable caption={t("sections.resolution")} now={report.resolution} before={prev?.resolution} />
        </Indicator>

        <SlaCompliance report={report} query={query} search={search} />

        <Indicator id="fcr" title={t("sections.fcr")} definition={report.definitions.first_contact_resolution}>
          <dl className="stats">
            <Rate label={t("fcr.rate")} value={fcr.rate} before={prev?.first_contact_resolution.rate} />
            <Count
              figure="first_contact"
              value={fcr.first_contact}
              before={prev?.first_contact_resolution.first_contact}
              search={search}
            />
            <Plain label={t("fcr.judged")} value={n(fcr.resolved)} />
            <Plain label={t("fcr.excluded")} value={n(fcr.excluded)} />
          </dl>
        </Indicator>

        <Indicator id="resolved" title={t("sections.resolved")} definition={report.definitions.tickets}>
          <dl className="stats">
            <Count figure="resolved" value={tickets.resolved} before={prev?.tickets.resolved} search={search} />
          </dl>
          <ReportTableView table="resolved" query={query} caption={t("tables.resolved")} />
        </Indicator>

        <Indicator id="escalations" title={t("sections.escalations")} definition={report.definitions.escalations}>
          <dl className="stats">
            <Count figure="escalated" value={escalations.count} before={prev?.escalations.count} search={search} />
          </dl>
          <p className="muted">{t("escalations.alerts", escalations.alerts)}</p>
          <BarFigure
            title={t("escalations.byKind")}
            rows={ESCALATION_KINDS.map((k) => ({ kind: t(`escalations.kinds.${k}`), count: escalations.by_kind[k] }))}
            category="kind"
            series={[{ key: "count", label: t("escalations.count") }]}
          />
          <div className="side-by-side">
            <SmallTable
              caption={t("escalations.byKind")}
              head={[t("escalations.kind"), t("escalations.count")]}
              rows={ESCALATION_KINDS.map((k) => [t(`escalations.kinds.${k}`), n(escalations.by_kind[k])])}
            />
            <SmallTable
              caption={t("escalations.byLevel")}
              head={[t("escalations.level"), t("escalations.count")]}
              rows={Object.entries(escalations.by_level).map(([level, count]) => [
                level === "manual" ? t("escalations.kinds.manual") : level,
                n(count),
              ])}
            />
            <SmallTable
              caption={t("escalations.tierTime")}
              head={[t("escalations.tier"), t("columns.count"), t("stats.median"), t("escalations.exceeded")]}
              rows={Object.entries(escalations.time_per_tier).map(([tier, v]) => [
                tier,
                n(v.tickets),
                minutes(v.business_minutes.median),
                n(v.exceeded),
              ])}
            />
          </div>
          <ReportTableView table="escalations" query={query} caption={t("escalations.items")} />
        </Indicator>

        <Indicator id="satisfaction" title={t("sections.satisfaction")} definition={report.definitions.satisfaction}>
          <dl className="stats">
            <Plain label={t("satisfaction.mean")} value={satisfaction.mean === null ? "—" : n(satisfaction.mean)} />
            <Count
              figure="rated"
              value={satisfaction.responses}
              before={prev?.satisfaction.responses}
              search={search}
            />
            <Rate
              label={t("satisfaction.responseRate")}
              value={satisfaction.response_rate}
              before={prev?.satisfaction.response_rate}
            />
          </dl>
          <BarFigure
            title={t("satisfaction.distribution")}
            rows={SCORES.map((s) => ({ score: s, count: satisfaction.distribution[s] }))}
            category="score"
            series={[{ key: "count", label: t("satisfaction.responses") }]}
          />
          <SmallTable
            caption={t("satisfaction.distribution")}
            head={[t("satisfaction.score"), t("satisfaction.responses")]}
            rows={SCORES.map((s) => [s, n(satisfaction.distribution[s])])}
          />
          <ReportTableView table="comments" query={query} caption={t("satisfaction.comments")} />
          <h3>{t("satisfaction.regular")}</h3>
          <dl className="stats">
            <Plain
              label={t("satisfaction.mean")}
              value={satisfaction.regular_survey.mean === null ? "—" : n(satisfaction.regular_survey.mean)}
            />
            <Plain label={t("satisfaction.responses")} value={n(satisfaction.regular_survey.responses)} />
            <Rate
              label={t("satisfaction.responseRate")}
              value={satisfaction.regular_survey.response_rate}
              before={prev?.satisfaction.regular_survey.response_rate}
            />
          </dl>
          <SmallTable
            caption={t("satisfaction.regularDistribution")}
            head={[t("satisfaction.score"), t("satisfaction.responses")]}
            rows={SCORES.map((s) => [s, n(satisfaction.regular_survey.distribution[s])])}
          />
          <RegularSurveyLinks />
        </Indicator>

        <WorkTimeFigures report={report} />

        <Indicator id="volume" title={t("sections.volume")} definition={report.definitions.tickets}>
          <dl className="stats">
            <Count figure="created" value={tickets.created} before={prev?.tickets.created} search={search} />
            <Count figure="backlog" value={tickets.backlog} before={prev?.tickets.backlog} search={search} />
            <Count figure="reopened" value={tickets.reopened} before={prev?.tickets.reopened} search={search} />
          </dl>
          <SmallTable
            caption={t("volume.ageing")}
            head={[t("volume.age"), t("volume.count")]}
            rows={AGES.map((a) => [t(`ages.${a}`), n(tickets.ageing[a])])}
          />
          <h3>{t("sections.channels")}</h3>
          <ReportTableView table="by_channel" query={query} caption={t("tables.by_channel")}>
            {(rows) => (
              <BarFigure
                title={t("tables.by_channel")}
                rows={rows.map((r) => ({ ...r, channel: t(`common:channel.${r.channel as "email"}`) }))}
                category="channel"
                series={(["created", "resolved", "backlog"] as const).map((key) => ({
                  key,
                  label: t(`columns.${key}`),
                }))}
              />
            )}
          </ReportTableView>
        </Indicator>

        <Indicator id="trend" title={t("sections.trend")} definition={report.definitions.period}>
          <ReportTableView table="trend" query={query} extra={{ bucket: bucketFor(query) }} caption={t("tables.trend")}>
            {(rows) => (
              <LineFigure
                title={t("tables.trend")}
                rows={rows.map((r) => ({ ...r, from: String(r.from).slice(5, 10) }))}
                category="from"
                series={(["created", "resolved", "backlog", "escalations"] as const).map((key) => ({
                  key,
                  label: t(`columns.${key}`),
                }))}
              />
            )}
          </ReportTableView>
        </Indicator>
      </div>
    </>
  );
}
