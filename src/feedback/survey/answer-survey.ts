import type { Deps } from "../../context.ts";
import { saveRating } from "../rating.store.ts";
import { lockInvitationUnscoped, recordAnswer } from "./survey.store.ts";
import { checkSurveyLink } from "../survey-link.ts";

export type SurveyAnswer = { score: number; comment?: string | undefined };

/**
 * Takes the answer of a mailed survey link, once: the invitation is locked, checked (../survey-link.ts: 404 forged,
 * 410 used or expired) and marked answered, and the answer becomes the ticket's satisfaction rating (the same row the
 * portal rating writes), all in one transaction — two answers racing on one link get one 200 and one 410.
 */
export async function answerSurvey(deps: Pick<Deps, "db" | "clock">, token: string, answer: SurveyAnswer) {
  const comment = (answer.comment ?? "").trim();
  return deps.db.transaction(async (tx) => {
    const invitation = await checkSurveyLink(deps, tx, "survey", token, (id) => lockInvitationUnscoped(tx, id));
    const at = deps.clock.now();
    await recordAnswer(tx, invitation.id, { score: answer.score, comment, at });
    await saveRating(tx, {
      ticketId: invitation.ticketId,
      personId: invitation.personId,
      score: answer.score,
      comment,
      at,
    });
    return { answered: true as const };
  });
}
