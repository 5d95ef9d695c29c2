import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSearchStats, type SearchStats } from "../api/kb-editor.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Problem } from "../ui/Problem.tsx";
import "./kb-editor.css";

/** The periods an owner may look back over, in days. */
const PERIODS = [7, 30, 90] as const;

/** One list of searches: what was typed, how often, when last. */
function QueriesTable({ id, title, rows }: { id: string; title: string; rows: SearchStats["topQueries"] }) {
  const { t, i18n } = useTranslation(["kbEditor", "common"]);
  return (
    <section className="stack" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t("searchStats.empty")}</p>
      ) : (
        <table aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{t("searchStats.query")}</th>
              <th scope="col">{t("searchStats.count")}</th>
              <th scope="col">{t("searchStats.lastAt")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.query}>
                <td>
                  <bdi>{row.query}</bdi>
                </td>
                <td>{row.searches}</td>
                <td>{formatDateTime(row.lastAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** /console/kb/search-stats: for knowledge base owners, the top searches and the top searches that found nothing. */
export default function KbSearchStatsPage() {
  const { t } = useTranslation(["kbEditor", "common"]);
  const [days, setDays] = useState<number>(30);
  const stats = useSearchStats(days);
  const data = stats.data;
  return (
    <section className="page kb-editor stack" aria-labelledby="kb-search-stats-title">
      <Link to="/console/kb/report">{t("report.title")}</Link>
      <h1 id="kb-search-stats-title">{t("searchStats.title")}</h1>
      <p className="muted">{t("searchStats.intro")}</p>
      <label>
        {t("searchStats.period")}{" "}
        <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
          {PERIODS.map((n) => (
            <option key={n} value={n}>
              {t("searchStats.days", { count: n })}
            </option>
          ))}
        </select>
      </label>
      <Problem error={stats.error} />
      {stats.isPending ? (
        <p className="loading" role="status">
          {t("common:loading")}
        </p>
      ) : null}
      {data ? (
        <>
          <p>{t("searchStats.totals", { searches: data.searches, noResults: data.noResults })}</p>
          <div className="kb-columns">
            <QueriesTable id="kb-top-queries" title={t("searchStats.topQueries")} rows={data.topQueries} />
            <QueriesTable
              id="kb-top-without-results"
              title={t("searchStats.topWithoutResults")}
              rows={data.topWithoutResults}
            />
          </div>
        </>
      ) : null}
    </section>
  );
}
