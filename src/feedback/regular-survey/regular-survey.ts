import { z } from "zod";
import { storableText } from "../../shared/storable-text.ts";

// The regular survey's rules: what a definition may hold, when a round is due, when a reminder is due, what an
// answer must be. Pure: data and the instant in, decision out.

export const RECURRENCES = ["once", "monthly", "quarterly"] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export const REGULAR_SURVEY_STATUSES = ["draft", "active", "paused", "closed"] as const;
export type RegularSurveyStatus = (typeof REGULAR_SURVEY_STATUSES)[number];

export const QUESTION_TEXT_MAX = 300;
export const TEXT_ANSWER_MAX = 2000;
export const MAX_QUESTIONS = 20;
const DAY_MS = 86_400_000;

const text = (max: number) => storableText().trim().min(1).max(max);
const QuestionBase = {
  /** Stable within a survey: answers name it. Letters, digits, - and _. */
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, "letters, digits, - and _ (at most 40)")
    .describe("Stable id of the question within the survey"),
  text: text(QUESTION_TEXT_MAX).describe("The question"),
  textUr: text(QUESTION_TEXT_MAX).nullable().describe("The question in Urdu (null: none)"),
  required: z.boolean(),
};

/** One question: a 1–5 scale (one of them may be the satisfaction question), one choice among options, or free text. */
export const SurveyQuestion = z.discriminatedUnion("kind", [
  z.strictObject({
    ...QuestionBase,
    kind: z.literal("scale"),
    satisfaction: z.boolean().describe("Whether this scale feeds the satisfaction indicator (at most one)"),
  }),
  z.strictObject({
    ...QuestionBase,
    kind: z.literal("choice"),
    options: z.array(text(120)).min(2).max(10).describe("The options, 2–10, each once"),
  }),
  z.strictObject({ ...QuestionBase, kind: z.literal("text") }),
]);
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;

/** The questions of a survey, in order: 1–20, ids unique, options unique, at most one satisfaction scale. */
export const SurveyQuestions = z
  .array(SurveyQuestion)
  .min(1)
  .max(MAX_QUESTIONS)
  .superRefine((questions, ctx) => {
    const seen = new Set<string>();
    questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `question id ${q.id} is repeated` });
      seen.add(q.id);
      if (q.kind === "choice" && new Set(q.options).size !== q.options.length)
        ctx.addIssue({ code: "custom", path: [i, "options"], message: "each option must appear once" });
    });
    const satisfaction = questions.filter((q) => q.kind === "scale" && q.satisfaction);
    if (satisfaction.length > 1)
      ctx.addIssue({ code: "custom", path: [], message: "at most one question is the satisfaction question" });
  });
export type SurveyQuestions = z.infer<typeof SurveyQuestions>;

/** When rounds open and how their recipients are reminded. */
export type SurveySchedule = {
  recurrence: Recurrence;
  /** The first round's day (UTC, YYYY-MM-DD); later rounds fall on the same day of the month. */
  startDate: string;
  /** How many days a round (and its links) stays open. */
  windowDays: number;
  /** Remind those who have not answered every this many days (null: no reminders). */
  reminderAfterDays: number | null;
  /** At most this many reminders per recipient. */
  reminderMax: number;
};

/** Adds whole months to a YYYY-MM-DD day, keeping the day or falling back to the month's last (31 Jan + 1 = 28 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

const MONTHS: Record<Exclude<Recurrence, "once">, number> = { monthly: 1, quarterly: 3 };

/**
 * The round that should be open at `now`, named by its first day: the latest start on or before `now` whose window
 * has not ended. A round missed entirely (the worker was down for its whole window) is not opened late: its
 * recipients would get a link that has already expired. Null when no round is open now.
 */
export function dueRound(
  schedule: SurveySchedule,
  now: Date,
): { periodStart: string; opensAt: Date; closesAt: Date } | null {
  const at = (day: string) => new Date(`${day}T00:00:00Z`);
  if (now.getTime() < at(schedule.startDate).getTime()) return null;
  let start = schedule.startDate;
  if (schedule.recurrence !== "once") {
    const step = MONTHS[schedule.recurrence];
    const [y0, m0] = schedule.startDate.split("-").map(Number) as [number, number];
    const elapsed = (now.getUTCFullYear() - y0) * 12 + (now.getUTCMonth() + 1 - m0);
    let k = Math.max(0, Math.floor(elapsed / step));
    while (k > 0 && at(addMonths(schedule.startDate, k * step)).getTime() > now.getTime()) k -= 1;
    start = addMonths(schedule.startDate, k * step);
  }
  const opensAt = at(start);
  const closesAt = new Date(opensAt.getTime() + schedule.windowDays * DAY_MS);
  return now.getTime() < closesAt.getTime() ? { periodStart: start, opensAt, closesAt } : null;
}

/**
 * Which reminder (1, 2, …) an unanswered invitation is due at `now`: one every `reminderAfterDays` after it was
 * sent, at most `reminderMax`, never once it is answered or its link has expired. Null when none is due. A worker
 * that was away sends only the latest one due, not a burst of the ones it missed.
 */
export function dueReminder(
  schedule: Pick<SurveySchedule, "reminderAfterDays" | "reminderMax">,
  invitation: { createdAt: Date; expiresAt: Date; answeredAt: Date | null },
  now: Date,
): number | null {
  if (!schedule.reminderAfterDays || schedule.reminderMax <= 0 || invitation.answeredAt) return null;
  if (now.getTime() >= invitation.expiresAt.getTime()) return null;
  const elapsed = Math.floor((now.getTime() - invitation.createdAt.getTime()) / (schedule.reminderAfterDays * DAY_MS));
  const number = Math.min(elapsed, schedule.reminderMax);
  return number >= 1 ? number : null;
}

/** One answer as given: a score, an option, or text (the question decides which). */
export type GivenAnswer = number | string;
/** Answers as kept: by question id; a question skipped is absent. */
export type SurveyAnswers = Record<string, GivenAnswer>;

export type AnswerProblem = { questionId: string; message: string };

/**
 * Checks answers against the round's questions: every required question answered, each answer of its question's
 * kind (a whole 1–5, one of the options, text up to 2000 characters), no answer to a question not asked. Text is
 * trimmed and an empty one counts as skipped. The first problem names its question.
 */
export function checkAnswers(
  questions: readonly SurveyQuestion[],
  given: Readonly<Record<string, unknown>>,
): { ok: true; answers: SurveyAnswers } | { ok: false; problem: AnswerProblem } {
  const asked = new Set(questions.map((q) => q.id));
  const stray = Object.keys(given).find((id) => !asked.has(id));
  if (stray !== undefined) return { ok: false, problem: { questionId: stray, message: "no such question" } };
  const answers: SurveyAnswers = {};
  for (const q of questions) {
    const raw = typeof given[q.id] === "string" ? (given[q.id] as string).trim() : given[q.id];
    if (raw === undefined || raw === null || raw === "") {
      if (q.required) return { ok: false, problem: { questionId: q.id, message: "an answer is required" } };
      continue;
    }
    const problem = answerProblem(q, raw);
    if (problem) return { ok: false, problem: { questionId: q.id, message: problem } };
    answers[q.id] = raw as GivenAnswer;
  }
  return { ok: true, answers };
}

function answerProblem(q: SurveyQuestion, raw: unknown): string | null {
  switch (q.kind) {
    case "scale":
      return Number.isInteger(raw) && (raw as number) >= 1 && (raw as number) <= 5 ? null : "expected a whole 1–5";
    case "choice":
      return typeof raw === "string" && q.options.includes(raw) ? null : "expected one of the options";
    case "text":
      if (typeof raw !== "string") return "expected text";
      return raw.length <= TEXT_ANSWER_MAX ? null : `at most ${TEXT_ANSWER_MAX} characters`;
  }
}

/** The satisfaction question of a set of questions, if one is marked. */
export function satisfactionQuestion(questions: readonly SurveyQuestion[]): SurveyQuestion | undefined {
  return questions.find((q) => q.kind === "scale" && q.satisfaction);
}

/** A survey as the admin writes it (create and replace alike). */
export const SurveyDefinition = z
  .strictObject({
    title: text(200).describe("The survey's title, shown above its questions"),
    titleUr: text(200).nullable().describe("The title in Urdu (null: none)"),
    questions: SurveyQuestions.describe("The questions, in order; a round keeps the questions it opened with"),
    organizationIds: z
      .array(z.uuid())
      .min(1)
      .max(100)
      .describe("Client organizations whose active requesters are asked"),
    recurrence: z.enum(RECURRENCES).describe("once, monthly or quarterly (from startDate, same day of the month)"),
    startDate: z.iso.date().describe("The first round's day (UTC)"),
    windowDays: z.number().int().min(1).max(90).describe("How many days a round and its links stay open"),
    reminderAfterDays: z
      .number()
      .int()
      .min(1)
      .max(89)
      .nullable()
      .describe("Remind those who have not answered every this many days (null: never)"),
    reminderMax: z.number().int().min(0).max(5).describe("At most this many reminders per recipient"),
    status: z.enum(REGULAR_SURVEY_STATUSES).describe("draft, active (rounds open), paused or closed"),
  })
  .refine((d) => d.reminderAfterDays === null || d.reminderAfterDays < d.windowDays, {
    path: ["reminderAfterDays"],
    message: "a reminder must fall inside the response window",
  });
export type SurveyDefinition = z.infer<typeof SurveyDefinition>;

/** The fields of a definition the audit log compares. */
export const DEFINITION_FIELDS = [
  "title",
  "titleUr",
  "questions",
  "organizationIds",
  "recurrence",
  "startDate",
  "windowDays",
  "reminderAfterDays",
  "reminderMax",
  "status",
] as const satisfies ReadonlyArray<keyof SurveyDefinition>;
