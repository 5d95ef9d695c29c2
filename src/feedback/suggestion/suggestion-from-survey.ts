import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { randomSecret, sha256 } from "../../identity/secrets.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { feedbackError } from "../feedback.errors.ts";
import { invitationOfTicketUnscoped } from "../survey/survey.store.ts";
import { titleFromComment } from "./suggestion.ts";
import { authorizeSuggestion } from "./suggestion.policy.ts";
import { findSuggestionOfSurvey, insertSuggestion, type SuggestionRow } from "./suggestion.store.ts";

/**
 * A manager turns the comment of a ticket's answered survey into an improvement suggestion, in the requester's name
 * (they then find it in their portal list). One suggestion per survey: asking again answers the one made.
 */
export async function suggestionFromSurvey(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  ticketRef: string,
): Promise<SuggestionRow> {
  // Who cannot see the ticket learns nothing of it (404) before learning they may not triage (403).
  const ticket = await getTicket(deps, actor, ticketRef);
  authorizeSuggestion(actor, "suggestion.triage");
  return deps.db.transaction(async (tx) => {
    const invitation = await invitationOfTicketUnscoped(tx, ticket.id);
    if (!invitation?.answeredAt || !invitation.comment?.trim())
      throw feedbackError("SURVEY_COMMENT_MISSING", "params.id");
    const existing = await findSuggestionOfSurvey(tx, invitation.id);
    if (existing) return existing;
    const now = deps.clock.now();
    return insertSuggestion(tx, {
      title: titleFromComment(invitation.comment, ticket.number),
      body: invitation.comment.trim(),
      source: "survey",
      personId: invitation.personId,
      surveyInvitationId: invitation.id,
      statusTokenHash: sha256(randomSecret()),
      createdAt: now,
      updatedAt: now,
    });
  });
}
