import type { Deps } from "../context.ts";
import { hasScope, type Actor } from "../identity/actor.ts";
import { diffFields, hasChanges } from "../identity/audit.ts";
import { recordAudit } from "../identity/audit.store.ts";
import { identityError } from "../identity/identity.errors.ts";
import { getTicket } from "../tickets/ticket/get-ticket.ts";
import { ticketError } from "../tickets/ticket.errors.ts";
import { lockTicket } from "../tickets/ticket/ticket.store.ts";
import { feedbackError } from "./feedback.errors.ts";
import { findRatingUnscoped, saveRating, type RatingRow } from "./rating.store.ts";
import { invitationOfTicketUnscoped, recordAnswer } from "./survey/survey.store.ts";

export type RatingInput = { score: number; comment?: string | undefined };

export const COMMENT_MAX = 2000;

/**
 * The requester rates how their resolved (or closed) ticket was handled, 1–5 with an optional comment; a later
 * rating revises it. Anyone else who can see the ticket is refused (403), anyone who cannot gets 404; an unresolved
 * ticket is a conflict (TICKET_NOT_RESOLVED). Recorded in the audit log. A first rating also answers the ticket's
 * post-resolution survey, if it was offered one, so its mailed link is used up (one answer per survey).
 */
export async function rateTicket(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  ref: string,
  input: RatingInput,
): Promise<RatingRow> {
  const ticket = await getTicket(deps, actor, ref);
  if (!hasScope(actor, "tickets:write")) throw identityError("SCOPE_MISSING");
  if (ticket.requesterId !== actor.personId) throw ticketError("TICKET_ACTION_FORBIDDEN");
  const comment = (input.comment ?? "").trim();
  return deps.db.transaction(async (tx) => {
    // The row lock orders the rating after any status change in flight (a reopen, say).
    const row = await lockTicket(tx, actor, ticket.id);
    if (row.status !== "resolved" && row.status !== "closed") throw feedbackError("TICKET_NOT_RESOLVED", "params.id");
    const before = await findRatingUnscoped(tx, ticket.id);
    const changes = diffFields(before ?? null, { score: input.score, comment }, ["score", "comment"]);
    if (before && !hasChanges(changes)) return before;
    const now = deps.clock.now();
    const saved = await saveRating(tx, {
      ticketId: ticket.id,
      personId: actor.personId,
      score: input.score,
      comment,
      at: now,
    });
    const invitation = await invitationOfTicketUnscoped(tx, ticket.id);
    if (invitation && !invitation.answeredAt)
      await recordAnswer(tx, invitation.id, { score: input.score, comment, at: now });
    const action = before ? "satisfaction_rating.revised" : "satisfaction_rating.created";
    await recordAudit(tx, actor, { action, entity: "satisfaction_rating", entityId: ticket.id, changes }, now);
    return saved;
  });
}

/** A ticket's rating, for anyone who may read the ticket (null when it has none). */
export async function getRating(deps: Pick<Deps, "db">, actor: Actor, ref: string): Promise<RatingRow | null> {
  const ticket = await getTicket(deps, actor, ref);
  return (await findRatingUnscoped(deps.db, ticket.id)) ?? null;
}
