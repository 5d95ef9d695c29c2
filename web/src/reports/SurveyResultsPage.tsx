import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import {
  surveyResultsExportUrl,
  useRegularSurvey,
  useSurveyResults,
  type SurveyRound,
} from "../api/regular-surveys.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Problem } from "../ui/Problem.tsx";
import { SelectField } from "../ui/Field.tsx";
import { percent } from "./ReportTableView.tsx";
import { QuestionResults } from "./SurveyQuestionResults.tsx";
import "./reports.css";

/**
 * /reports/surveys/:id — a regular survey's results (managers and admins): pick a round (the newest by default,
 * ?round= keeps the choice in the address), then per question its figures with a chart beside each table, the
 * text answers a page at a time, and the round as CSV or XLSX (the server's export).
 */
export default function SurveyResultsPage() {
  const { t } = useTranslation(["reports", "common"]);
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const survey = useRegularSurvey(id);
  const rounds = survey.data?.rounds ?? [];
  const roundId = params.get("round") ?? rounds[0]?.id ?? "";
  return (
    <div className="page reports">
      <p>
        <Link to="/reports">{t("backToDashboard")}</Link>
      </p>
      <h1>
        {t("surveyResults.title")}
        {survey.data ? (
          <>
            : <bdi>{survey.data.survey.title}</bdi>
          </>
        ) : null}
      </h1>
      {survey.isError ? <Problem error={survey.error} /> : null}
      {survey.isPending ? <p role="status">{t("common:loading")}</p> : null}
      {survey.data && rounds.length === 0 ? <p className="muted">{t("surveyResults.noRounds")}</p> : null}
      {rounds.length > 0 ? (
        <RoundPicker rounds={rounds} value={roundId} onChange={(round) => setParams({ round }, { replace: true })} />
      ) : null}
      {roundId ? <RoundResults surveyId={id} roundId={roundId} /> : null}
    </div>
  );
}

function RoundPicker({
  rounds,
  value,
  onChange,
}: {
  rounds: SurveyRound[];
  value: string;
  onChange(roundId: string): void;
}) {
  const { t } = useTranslation(["reports", "common"]);
  return (
    <div className="report-filters">
      <SelectField label={t("surveyResults.round")} value={value} onChange={(e) => onChange(e.target.value)}>
        {rounds.map((r) => (
          <option key={r.id} value={r.id}>
            {r.open ? t("surveyResults.roundOpen", { day: r.periodStart }) : r.periodStart}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

function RoundResults({ surveyId, roundId }: { surveyId: string; roundId: string }) {
  const { t, i18n } = useTranslation(["reports", "common"]);
  const results = useSurveyResults(surveyId, roundId);
  if (results.isError) return <Problem error={results.error} />;
  if (!results.data) return <p role="status">{t("common:loading")}</p>;
  const r = results.data;
  const n = (x: number) => x.toLocaleString(i18n.language === "ur" ? "ur-PK" : "en-GB");
  return (
    <>
      <p className="period-line">
        {t("surveyResults.window", {
          from: formatDateTime(r.round.opensAt, i18n.language),
          to: formatDateTime(r.round.closesAt, i18n.language),
        })}{" "}
        {r.open ? t("surveyResults.stillOpen") : null}
      </p>
      <dl className="stats">
        <div className="stat">
          <dt>{t("surveyResults.invited")}</dt>
          <dd className="value">{n(r.invited)}</dd>
        </div>
        <div className="stat">
          <dt>{t("surveyResults.responses")}</dt>
          <dd className="value">{n(r.responses)}</dd>
        </div>
        <div className="stat">
          <dt>{t("surveyResults.responseRate")}</dt>
          <dd className="value">{percent(r.response_rate, i18n.language)}</dd>
        </div>
      </dl>
      <p className="report-exports">
        {(["csv", "xlsx"] as const).map((format) => (
          <a key={format} href={surveyResultsExportUrl(surveyId, roundId, format)} download>
            {format === "csv" ? t("exportCsv") : t("exportXlsx")}
            <span className="visually-hidden">
              {" "}
              — {t("exportOf", { table: t("surveyResults.title"), format: format.toUpperCase() })}
            </span>
          </a>
        ))}
      </p>
      <div className="indicators">
        {r.questions.map((q, i) => (
          <QuestionResults key={q.question.id} result={q} index={i} surveyId={surveyId} roundId={roundId} />
        ))}
      </div>
    </>
  );
}
