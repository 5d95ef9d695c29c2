import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useKbReport, type KbReportFigures } from "../api/kb-editor.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Problem } from "../ui/Problem.tsx";
import "./kb-editor.css";

type Column = "views" | "helpful" | "unhelpful" | "deflections";

/** One list of the report: the article (a link to edit it) and the figures that list is about. */
function FiguresTable({
  id,
  title,
  rows,
  columns,
}: {
  id: string;
  title: string;
  rows: KbReportFigures[];
  columns: Column[];
}) {
  const { t } = useTranslation(["kbEditor", "common"]);
  const heading: Record<Column, string> = {
    views: t("report.views"),
    helpful: t("report.helpful"),
    unhelpful: t("report.unhelpful"),
    deflections: t("report.deflectionCount"),
  };
  return (
    <section className="stack" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t("report.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("report.article")}</th>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {heading[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link
                    to={`/console/kb/${row.id}/edit`}
                    lang={row.language}
                    dir={row.language === "ur" ? "rtl" : "ltr"}
                  >
                    {row.title}
                  </Link>
                </td>
                {columns.map((c) => (
                  <td key={c}>{row[c]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** /console/kb/report: the owners' report on published articles, everyone's or only the reader's own. */
export default function KbReportPage() {
  const { t, i18n } = useTranslation(["kbEditor", "common"]);
  const [mine, setMine] = useState(false);
  const report = useKbReport(mine);
  const data = report.data;
  return (
    <section className="page kb-editor stack" aria-labelledby="kb-report-title">
      <Link to="/console/kb">{t("editor.back")}</Link>
      <h1 id="kb-report-title">{t("report.title")}</h1>
      <p className="muted">{t("report.intro")}</p>
      <Link to="/console/kb/search-stats">{t("searchStats.link")}</Link>
      <label className="choice">
        <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} />
        {t("report.mine")}
      </label>
      <Problem error={report.error} />
      {report.isPending ? (
        <p className="loading" role="status">
          {t("common:loading")}
        </p>
      ) : null}
      {data ? (
        <div className="kb-columns">
          <FiguresTable
            id="kb-most-viewed"
            title={t("report.mostViewed")}
            rows={data.mostViewed}
            columns={["views", "helpful", "unhelpful"]}
          />
          <FiguresTable
            id="kb-least-helpful"
            title={t("report.leastHelpful")}
            rows={data.leastHelpful}
            columns={["helpful", "unhelpful", "views"]}
          />
          <FiguresTable
            id="kb-deflections"
            title={t("report.deflections")}
            rows={data.deflections}
            columns={["deflections", "views"]}
          />
          <section className="stack" aria-labelledby="kb-comments">
            <h2 id="kb-comments">{t("report.comments")}</h2>
            {data.comments.length === 0 ? (
              <p className="muted">{t("report.empty")}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("report.article")}</th>
                    <th scope="col">{t("report.answer")}</th>
                    <th scope="col">{t("report.comment")}</th>
                    <th scope="col">{t("report.when")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.comments.map((c) => (
                    <tr key={`${c.articleId}:${c.at}`}>
                      <td>
                        <Link to={`/console/kb/${c.articleId}/edit`}>{c.title}</Link>
                      </td>
                      <td>{c.helpful ? t("report.yes") : t("report.no")}</td>
                      <td>
                        <bdi>{c.comment}</bdi>
                      </td>
                      <td>{formatDateTime(c.at, i18n.language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </div>
      ) : null}
    </section>
  );
}
