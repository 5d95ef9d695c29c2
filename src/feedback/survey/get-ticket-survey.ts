import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { invitationOfTicketUnscoped } from "./survey.store.ts";

export type TicketSurvey = {
  question: string;
  questionUr: string | null;
  answered: boolean;
  expiresAt: Date;
  mailed: boolean;
} | null;

/**
 * The survey a resolved ticket's requester was offered, for anyone who may read the ticket (null when it was not
 * surveyed). The portal asks its question above the rating, whose answer also answers the survey.
 */
export async function getTicketSurvey(deps: Pick<Deps, "db">, actor: Actor, ref: string): Promise<TicketSurvey> {
  const ticket = await getTicket(deps, actor, ref);
  const invitation = await invitationOfTicketUnscoped(deps.db, ticket.id);
  if (!invitation) return null;
  return {
    question: invitation.question,
    questionUr: invitation.questionUr,
    answered: invitation.answeredAt !== null,
    expiresAt: invitation.expiresAt,
    mailed: invitation.mailed,
  };
}
