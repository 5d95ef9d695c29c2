import type { RegularSurvey, RegularSurveyDefinition } from "../../api/regular-surveys.ts";

// The regular survey editor's model, pure: the draft the form edits (numbers as typed text, options one per line),
// the definition the API takes, and the day the next round opens.

export const RECURRENCES = ["once", "monthly", "quarterly"] as const;
export const STATUSES = ["draft", "active", "paused", "closed"] as const;
export const QUESTION_KINDS = ["scale", "choice", "text"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
type Question = RegularSurveyDefinition["questions"][number];

export type QuestionDraft = {
  /** Stable within the survey: answers already given name it, so an edited question keeps it. */
  id: string;
  kind: QuestionKind;
  text: string;
  textUr: string;
  required: boolean;
  satisfaction: boolean;
  /** A choice's options, one per line. */
  options: string;
};

export type SurveyDraft = {
  title: string;
  titleUr: string;
  questions: QuestionDraft[];
  organizationIds: string[];
  recurrence: RegularSurveyDefinition["recurrence"];
  startDate: string;
  windowDays: string;
  reminderAfterDays: string;
  reminderMax: string;
  status: RegularSurveyDefinition["status"];
};

/** An id no other question of the draft has: q1, q2, … */
export function freshQuestionId(questions: readonly { id: string }[]): string {
  const taken = new Set(questions.map((q) => q.id));
  let n = questions.length + 1;
  while (taken.has(`q${n}`)) n += 1;
  return `q${n}`;
}

export function newQuestion(questions: readonly { id: string }[], kind: QuestionKind = "scale"): QuestionDraft {
  return {
    id: freshQuestionId(questions),
    kind,
    text: "",
    textUr: "",
    required: true,
    satisfaction: false,
    options: "",
  };
}

/** A blank survey starting on `today`: one satisfaction scale, quarterly, two weeks to answer, a reminder a week in. */
export function blankDraft(today: string): SurveyDraft {
  return {
    title: "",
    titleUr: "",
    questions: [{ ...newQuestion([]), satisfaction: true }],
    organizationIds: [],
    recurrence: "quarterly",
    startDate: today,
    windowDays: "14",
    reminderAfterDays: "7",
    reminderMax: "1",
    status: "active",
  };
}

function questionDraft(q: Question): QuestionDraft {
  return {
    id: q.id,
    kind: q.kind,
    text: q.text,
    textUr: q.textUr ?? "",
    required: q.required,
    satisfaction: q.kind === "scale" && q.satisfaction,
    options: q.kind === "choice" ? q.options.join("\n") : "",
  };
}

export function draftOf(s: RegularSurvey): SurveyDraft {
  return {
    title: s.title,
    titleUr: s.titleUr ?? "",
    questions: s.questions.map(questionDraft),
    organizationIds: [...s.organizationIds],
    recurrence: s.recurrence,
    startDate: s.startDate,
    windowDays: String(s.windowDays),
    reminderAfterDays: s.reminderAfterDays === null ? "" : String(s.reminderAfterDays),
    reminderMax: String(s.reminderMax),
    status: s.status,
  };
}

/** "" and "12.5" go to the API as they are (not whole numbers), so its field error names what is wrong. */
const wholeNumber = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));
const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

function questionOf(q: QuestionDraft): Question {
  const base = { id: q.id, text: q.text, textUr: orNull(q.textUr), required: q.required };
  switch (q.kind) {
    case "scale":
      return { ...base, kind: "scale", satisfaction: q.satisfaction };
    case "choice":
      return {
        ...base,
        kind: "choice",
        options: q.options
          .split("\n")
          .map((o) => o.trim())
          .filter((o) => o !== ""),
      };
    case "text":
      return { ...base, kind: "text" };
  }
}

/** What the API takes; an empty reminder interval means no reminders. */
export function definitionOf(d: SurveyDraft): RegularSurveyDefinition {
  return {
    title: d.title,
    titleUr: orNull(d.titleUr),
    questions: d.questions.map(questionOf),
    organizationIds: d.organizationIds,
    recurrence: d.recurrence,
    startDate: d.startDate,
    windowDays: wholeNumber(d.windowDays),
    reminderAfterDays: d.reminderAfterDays.trim() === "" ? null : wholeNumber(d.reminderAfterDays),
    reminderMax: wholeNumber(d.reminderMax),
    status: d.status,
  };
}

/** The saved survey as it is, with another status: how pause, resume and close are sent. */
export function withStatus(s: RegularSurvey, status: RegularSurvey["status"]): RegularSurveyDefinition {
  const { id: _id, createdAt: _c, updatedAt: _u, ...definition } = s;
  return { ...definition, status };
}

/** Moves the question at `index` one place up (-1) or down (+1); out of range leaves the list as it is. */
export function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[index], next[to]] = [next[to] as T, next[index] as T];
  return next;
}

/** Adds whole months to a YYYY-MM-DD day, keeping the day or falling back to the month's last (as the server does). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/**
 * The first day on or after `today` a round of an active survey opens (YYYY-MM-DD); null when none will: the survey
 * is not active, or it runs once and its day has passed.
 */
export function nextRoundDay(
  s: Pick<RegularSurvey, "status" | "recurrence" | "startDate">,
  today: string,
): string | null {
  if (s.status !== "active") return null;
  if (s.startDate >= today) return s.startDate;
  if (s.recurrence === "once") return null;
  const step = s.recurrence === "monthly" ? 1 : 3;
  const [y0, m0] = s.startDate.split("-").map(Number) as [number, number];
  const [y1, m1] = today.split("-").map(Number) as [number, number];
  let k = Math.max(0, Math.floor(((y1 - y0) * 12 + (m1 - m0)) / step));
  while (addMonths(s.startDate, k * step) < today) k += 1;
  return addMonths(s.startDate, k * step);
}
