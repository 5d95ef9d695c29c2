import type { Deps } from "../../context.ts";
import { feedbackError } from "../feedback.errors.ts";
import { findInvitationUnscoped } from "./survey.store.ts";
import { checkSurveyLink } from "../survey-link.ts";

export type OpenSurvey = {
  ticketNumber: number;
  subject: string;
  question: string;
  questionUr: string | null;
  /** The requester's language, so the page opens in it. */
  language: "en" | "ur";
  expiresAt: Date;
};

/** What the public survey page shows for a link that can still be answered (no sign-in: the link is the right). */
export async function openSurvey(deps: Pick<Deps, "db" | "clock">, token: string): Promise<OpenSurvey> {
  let found: Awaited<ReturnType<typeof findInvitationUnscoped>>;
  await checkSurveyLink(deps, deps.db, "survey", token, async (id) => {
    found = await findInvitationUnscoped(deps.db, id);
    return found?.invitation;
  });
  if (!found) throw feedbackError("SURVEY_NOT_FOUND", "params.token");
  return {
    ticketNumber: found.number,
    subject: found.subject,
    question: found.invitation.question,
    questionUr: found.invitation.questionUr,
    language: found.locale === "ur" ? "ur" : "en",
    expiresAt: found.invitation.expiresAt,
  };
}
