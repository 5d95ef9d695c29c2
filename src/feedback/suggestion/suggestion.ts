// Improvement suggestions: what a triage may set, and the limits of what people type. Pure.

export const SUGGESTION_STATUSES = ["new", "planned", "done", "declined"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const SUGGESTION_TITLE_MAX = 200;
export const SUGGESTION_BODY_MAX = 5000;
export const SUGGESTION_ANSWER_MAX = 5000;

/** The title a survey comment becomes when a manager turns it into a suggestion: its first line, shortened. */
export function titleFromComment(comment: string, ticketNumber: number): string {
  const first = comment.trim().split(/\r?\n/)[0]!.trim();
  const short = first.length > 80 ? `${first.slice(0, 79).trimEnd()}…` : first;
  return short === "" ? `From the survey of #${ticketNumber}` : short;
}
