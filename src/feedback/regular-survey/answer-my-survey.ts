import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { feedbackError } from "../feedback.errors.ts";
import { takeAnswers, type GivenAnswers } from "./answer-regular-survey.ts";
import { lockRegularInvitationUnscoped } from "./regular-survey.store.ts";

/**
 * Takes a signed-in person's answers to their own invitation from the portal, once: someone else's invitation is
 * not found (404, never leaking it exists), one already answered or expired is gone (410), as with the link.
 */
export async function answerMySurvey(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  invitationId: string,
  given: GivenAnswers,
) {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const invitation = await lockRegularInvitationUnscoped(tx, invitationId);
    if (!invitation || invitation.personId !== actor.personId)
      throw feedbackError("REGULAR_SURVEY_NOT_FOUND", "params.id");
    if (invitation.answeredAt) throw feedbackError("SURVEY_LINK_USED", "params.id");
    if (invitation.expiresAt.getTime() <= now.getTime()) throw feedbackError("SURVEY_LINK_EXPIRED", "params.id");
    return takeAnswers(tx, invitation, given, now);
  });
}
