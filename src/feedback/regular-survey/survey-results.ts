import type { SurveyAnswers, SurveyQuestion } from "./regular-survey.ts";

// A round's results, per question, from its answers. Pure.

export type ScaleResult = {
  kind: "scale";
  answered: number;
  /** Mean of the scores given, two decimals; null when nobody answered. */
  mean: number | null;
  distribution: Record<"1" | "2" | "3" | "4" | "5", number>;
};
export type ChoiceResult = { kind: "choice"; answered: number; counts: Array<{ option: string; count: number }> };
export type TextResult = { kind: "text"; answered: number };
export type QuestionResult = { question: SurveyQuestion } & (ScaleResult | ChoiceResult | TextResult);

export type RoundResults = {
  invited: number;
  responses: number;
  /** responses / invited; null when nobody was invited. */
  response_rate: number | null;
  questions: QuestionResult[];
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Per question: a scale's mean and distribution, a choice's count per option (in the order asked), text's count. */
export function roundResults(
  questions: readonly SurveyQuestion[],
  answers: readonly SurveyAnswers[],
  invited: number,
): RoundResults {
  return {
    invited,
    responses: answers.length,
    response_rate: invited === 0 ? null : round2(answers.length / invited),
    questions: questions.map((q) => ({ question: q, ...questionResult(q, answers) })),
  };
}

function questionResult(q: SurveyQuestion, answers: readonly SurveyAnswers[]) {
  const given = answers.map((a) => a[q.id]).filter((v) => v !== undefined);
  switch (q.kind) {
    case "scale": {
      const scores = given.filter((v): v is number => typeof v === "number");
      return { kind: "scale" as const, answered: scores.length, ...scaleFigures(scores) };
    }
    case "choice":
      return {
        kind: "choice" as const,
        answered: given.length,
        counts: q.options.map((option) => ({ option, count: given.filter((v) => v === option).length })),
      };
    case "text":
      return { kind: "text" as const, answered: given.length };
  }
}

/** Mean (two decimals) and distribution of 1–5 scores. */
export function scaleFigures(scores: readonly number[]): Pick<ScaleResult, "mean" | "distribution"> {
  const distribution = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 };
  for (const s of scores) distribution[String(s) as keyof typeof distribution] += 1;
  const total = scores.reduce((sum, s) => sum + s, 0);
  return { mean: scores.length === 0 ? null : round2(total / scores.length), distribution };
}
