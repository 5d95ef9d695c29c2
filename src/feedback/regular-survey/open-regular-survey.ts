import type { Deps } from "../../context.ts";
import { feedbackError } from "../feedback.errors.ts";
import { checkSurveyLink } from "../survey-link.ts";
import type { SurveyQuestion } from "./regular-survey.ts";
import { findRegularInvitationUnscoped } from "./regular-survey.store.ts";

export type OpenRegularSurvey = {
  title: string;
  titleUr: string | null;
  questions: SurveyQuestion[];
  /** The person's language, so the page opens in it. */
  language: "en" | "ur";
  expiresAt: Date;
};

/** What the public page shows for a regular survey's link that can still be answered (the link is the right). */
export async function openRegularSurvey(deps: Pick<Deps, "db" | "clock">, token: string): Promise<OpenRegularSurvey> {
  let found: Awaited<ReturnType<typeof findRegularInvitationUnscoped>>;
  await checkSurveyLink(deps, deps.db, "regular_survey", token, async (id) => {
    found = await findRegularInvitationUnscoped(deps.db, id);
    return found?.invitation;
  });
  if (!found) throw feedbackError("SURVEY_NOT_FOUND", "params.token");
  return {
    title: found.round.title,
    titleUr: found.round.titleUr,
    questions: found.round.questions,
    language: found.locale === "ur" ? "ur" : "en",
    expiresAt: found.invitation.expiresAt,
  };
}
