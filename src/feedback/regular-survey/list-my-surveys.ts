import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import type { SurveyQuestion } from "./regular-survey.ts";
import { openInvitationsOf } from "./regular-survey.store.ts";

export type MySurvey = {
  invitationId: string;
  title: string;
  titleUr: string | null;
  questions: SurveyQuestion[];
  answered: boolean;
  expiresAt: Date;
};

/**
 * "Surveys for you": the signed-in person's own invitations whose rounds are still open, answered or not (whether
 * or not the link was mailed). Anyone signed in sees only their own; staff are never invited, so theirs is empty.
 */
export async function listMySurveys(deps: Pick<Deps, "db" | "clock">, actor: Actor): Promise<MySurvey[]> {
  const rows = await openInvitationsOf(deps.db, actor.personId, deps.clock.now());
  return rows.map(({ invitation, round }) => ({
    invitationId: invitation.id,
    title: round.title,
    titleUr: round.titleUr,
    questions: round.questions,
    answered: invitation.answeredAt !== null,
    expiresAt: invitation.expiresAt,
  }));
}
