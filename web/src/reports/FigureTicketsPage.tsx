import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import type { Figure } from "../api/reports.ts";
import { NotFoundPage } from "../app/NotFoundPage.tsx";
import { periodDays, readReportParams, reportSearch } from "./period.ts";
import { ReportTableView } from "./ReportTableView.tsx";
import "./reports.css";

const FIGURES: readonly Figure[] = [
  "created",
  "resolved",
  "backlog",
  "reopened",
  "response",
  "resolution",
  "response_breached",
  "resolution_breached",
  "first_contact",
  "escalated",
  "rated",
];

/**
 * /reports/tickets/:figure — the tickets one figure of the dashboard counted (the server applies the figure's own
 * rule), each linking to its page and to its clock timeline there; the list downloads as CSV or XLSX.
 */
export default function FigureTicketsPage() {
  const { t, i18n } = useTranslation(["reports", "common"]);
  const { figure } = useParams();
  const [params] = useSearchParams();
  const { choice, query } = readReportParams(params, new Date().toISOString().slice(0, 10));
  if (!FIGURES.includes(figure as Figure)) return <NotFoundPage />;
  const name = t(`figures.${figure as Figure}`);
  const days = periodDays({ from: `${query.from}T00:00:00Z`, to: `${query.to}T00:00:00Z` }, i18n.language);
  return (
    <div className="page reports">
      <p>
        <Link to={`/reports?${reportSearch(choice, query)}`}>{t("backToDashboard")}</Link>
      </p>
      <h1>
        {t("drillTitle")}: {name}
      </h1>
      <p className="period-line">
        {days.first} – {days.last}
      </p>
      <ReportTableView table="tickets" query={query} extra={{ figure: figure as Figure }} caption={name} clockLinks />
    </div>
  );
}
