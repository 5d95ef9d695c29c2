import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTextAnswers, type QuestionResult, type SurveyQuestion } from "../api/regular-surveys.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Problem } from "../ui/Problem.tsx";
import { BarFigure } from "./charts.tsx";
import { SmallTable } from "./Figures.tsx";

// One question's results in a round: a scale's mean and distribution, a choice's count per option (each chart
// beside its table, the same figures), a text question's answers a page at a time.

const SCORES = ["1", "2", "3", "4", "5"] as const;
const PAGE = 20;

/** The question in the reader's language when it was written in Urdu too. */
export function questionText(q: Pick<SurveyQuestion, "text" | "textUr">, lang: string): string {
  return lang === "ur" && q.textUr ? q.textUr : q.text;
}

export function QuestionResults({
  result,
  index,
  surveyId,
  roundId,
}: {
  result: QuestionResult;
  index: number;
  surveyId: string;
  roundId: string;
}) {
  const { t, i18n } = useTranslation(["reports", "common"]);
  const n = (x: number) => x.toLocaleString(i18n.language === "ur" ? "ur-PK" : "en-GB");
  const text = questionText(result.question, i18n.language);
  const headingId = `survey-question-${index}`;
  return (
    <section className="indicator" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t("surveyResults.questionN", { n: index + 1 })}: <bdi>{text}</bdi>
      </h2>
      <p className="definition">
        {t(`surveyResults.kinds.${result.kind}`)} · {t("surveyResults.answered", { count: result.answered })}
      </p>
      {result.kind === "scale" ? (
        <>
          <dl className="stats">
            <div className="stat">
              <dt>{t("surveyResults.mean")}</dt>
              <dd className="value">{result.mean === null ? "—" : n(result.mean)}</dd>
            </div>
          </dl>
          <div className="side-by-side">
            <BarFigure
              title={t("surveyResults.distributionOf", { question: text })}
              rows={SCORES.map((s) => ({ score: s, count: result.distribution[s] }))}
              category="score"
              series={[{ key: "count", label: t("surveyResults.answers") }]}
            />
            <SmallTable
              caption={t("surveyResults.distributionOf", { question: text })}
              head={[t("surveyResults.score"), t("surveyResults.answers")]}
              rows={SCORES.map((s) => [s, n(result.distribution[s])])}
            />
          </div>
        </>
      ) : null}
      {result.kind === "choice" ? (
        <div className="side-by-side">
          <BarFigure
            title={t("surveyResults.countsOf", { question: text })}
            rows={result.counts.map((c) => ({ option: c.option, count: c.count }))}
            category="option"
            series={[{ key: "count", label: t("surveyResults.answers") }]}
          />
          <SmallTable
            caption={t("surveyResults.countsOf", { question: text })}
            head={[t("surveyResults.option"), t("surveyResults.answers")]}
            rows={result.counts.map((c) => [c.option, n(c.count)])}
          />
        </div>
      ) : null}
      {result.kind === "text" ? (
        <TextAnswers surveyId={surveyId} roundId={roundId} questionId={result.question.id} label={text} />
      ) : null}
    </section>
  );
}

function TextAnswers({
  surveyId,
  roundId,
  questionId,
  label,
}: {
  surveyId: string;
  roundId: string;
  questionId: string;
  label: string;
}) {
  const { t, i18n } = useTranslation(["reports", "common"]);
  const [offset, setOffset] = useState(0);
  const page = useTextAnswers(surveyId, roundId, questionId, offset, PAGE);
  if (page.isError) return <Problem error={page.error} />;
  if (!page.data) return <p role="status">{t("common:loading")}</p>;
  const { items, total } = page.data;
  if (total === 0) return <p className="muted">{t("surveyResults.noText")}</p>;
  return (
    <div className="stack">
      <ul className="survey-text-answers" aria-label={t("surveyResults.textOf", { question: label })}>
        {items.map((a, i) => (
          <li key={`${offset + i}`}>
            <p className="survey-text">
              <bdi>{a.text}</bdi>
            </p>
            <p className="muted">{formatDateTime(a.at, i18n.language)}</p>
          </li>
        ))}
      </ul>
      <nav className="pager" aria-label={t("surveyResults.pagesOf", { question: label })}>
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          {t("surveyResults.previousPage")}
        </button>
        <span>{t("surveyResults.shown", { from: offset + 1, to: offset + items.length, total })}</span>
        <button type="button" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
          {t("surveyResults.nextPage")}
        </button>
      </nav>
    </div>
  );
}
