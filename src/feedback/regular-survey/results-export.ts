import type { Cell, ExportTable } from "../../reports/table-export.ts";
import type { SurveyAnswers, SurveyQuestion } from "./regular-survey.ts";
import type { RoundResults } from "./survey-results.ts";

const COLUMNS = [
  { key: "question_id", heading: "Question id" },
  { key: "question", heading: "Question" },
  { key: "kind", heading: "Kind" },
  { key: "answer", heading: "Answer" },
  { key: "count", heading: "Count" },
  { key: "mean", heading: "Mean" },
] as const;

/**
 * A round's results as one table for CSV and XLSX: per scale question a row per score (1–5) with the mean, per
 * choice question a row per option, per text question a row per answer — the figures the results page shows.
 */
export function resultsTable(title: string, results: RoundResults, answers: readonly SurveyAnswers[]): ExportTable {
  const rows = results.questions.flatMap((r): Array<Record<string, Cell>> => {
    const base = { question_id: r.question.id, question: r.question.text, kind: r.kind };
    switch (r.kind) {
      case "scale":
        return (["1", "2", "3", "4", "5"] as const).map((s) => ({
          ...base,
          answer: s,
          count: r.distribution[s],
          mean: r.mean,
        }));
      case "choice":
        return r.counts.map((c) => ({ ...base, answer: c.option, count: c.count, mean: null }));
      case "text":
        return textsOf(r.question, answers).map((t) => ({ ...base, answer: t, count: 1, mean: null }));
    }
  });
  return { title, columns: COLUMNS, rows };
}

function textsOf(question: SurveyQuestion, answers: readonly SurveyAnswers[]): string[] {
  return answers.map((a) => a[question.id]).filter((v): v is string => typeof v === "string");
}
