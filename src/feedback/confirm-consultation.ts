import type { Deps } from "../context.ts";
import { findActivePersonUnscoped } from "../identity/directory.store.ts";
import { signToken, verifyToken } from "../platform/signing/signed-token.ts";
import { consultationLinkKey, findConsultationUnscoped } from "./consultation.store.ts";
import { feedbackError } from "./feedback.errors.ts";
import { linkRequester } from "./link-consultation.ts";

/** How long a confirmation link stays valid after it is mailed. */
export const CONFIRMATION_LINK_HOURS = 72;

type LinkPayload = { consultation: string; person: string };

/** The signed link token that lets `personId` confirm a consultation request was theirs, valid for 72 hours from `now`. */
export async function confirmationToken(
  deps: Pick<Deps, "db">,
  consultationId: string,
  personId: string,
  now: Date,
): Promise<string> {
  const expiresAt = new Date(now.getTime() + CONFIRMATION_LINK_HOURS * 3_600_000);
  return signToken(await consultationLinkKey(deps.db), { consultation: consultationId, person: personId }, expiresAt);
}

/**
 * The owner of the address a consultation was asked for under confirms it through the signed link mailed there:
 * the request is linked to them (a `requester_linked` event by them). Confirming twice answers the same; a link
 * that was altered, has expired, or whose person no longer owns the address (or is no longer an active requester)
 * links nothing.
 */
export async function confirmConsultation(deps: Deps, token: string): Promise<{ reference: string }> {
  const check = verifyToken<LinkPayload>(await consultationLinkKey(deps.db), token, deps.clock.now());
  if (!check.ok)
    throw feedbackError(
      check.reason === "expired" ? "CONFIRMATION_LINK_EXPIRED" : "CONFIRMATION_LINK_INVALID",
      "body.token",
    );
  return deps.db.transaction(async (tx) => {
    const request = await findConsultationUnscoped(tx, check.payload.consultation);
    const person = await findActivePersonUnscoped(tx, check.payload.person);
    if (!request || !person || person.email.toLowerCase() !== request.email.toLowerCase())
      throw feedbackError("CONFIRMATION_LINK_INVALID", "body.token");
    if (request.linkedPersonId !== person.id) {
      if (person.role !== "requester") throw feedbackError("CONFIRMATION_LINK_INVALID", "body.token");
      await linkRequester(deps, tx, request, person, { actorId: person.id, via: "confirmation" });
    }
    return { reference: `#${request.number}` };
  });
}
