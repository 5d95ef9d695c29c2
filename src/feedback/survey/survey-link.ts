import type { Deps } from "../../context.ts";
import { sameSecret, sha256 } from "../../identity/secrets.ts";
import type { Db } from "../../platform/db/database.ts";
import { verifyToken } from "../../platform/signing/signed-token.ts";
import { feedbackError } from "../feedback.errors.ts";
import { surveyLinkKey, type SurveyInvitationRow } from "./survey.store.ts";

/**
 * The invitation a survey link names, or why it cannot be answered: a token we did not sign, or whose invitation
 * does not exist or does not keep its hash, is not found (404: a forgery learns nothing); a genuine one already
 * answered or past its expiry is gone (410). `load` reads (or locks) the invitation by id.
 */
export async function invitationOfLink(
  deps: Pick<Deps, "clock">,
  db: Db,
  token: string,
  load: (id: string) => Promise<SurveyInvitationRow | undefined>,
): Promise<SurveyInvitationRow> {
  const now = deps.clock.now();
  const check = verifyToken<{ survey: string }>(await surveyLinkKey(db), token, now);
  if (!check.ok && check.reason === "expired") throw feedbackError("SURVEY_LINK_EXPIRED", "params.token");
  if (!check.ok || typeof check.payload.survey !== "string") throw feedbackError("SURVEY_NOT_FOUND", "params.token");
  const invitation = await load(check.payload.survey);
  // Constant-time: the stored hash of the one token ever made for it, never the token itself.
  if (!invitation || !sameSecret(sha256(token), invitation.tokenHash))
    throw feedbackError("SURVEY_NOT_FOUND", "params.token");
  if (invitation.answeredAt) throw feedbackError("SURVEY_LINK_USED", "params.token");
  if (invitation.expiresAt.getTime() <= now.getTime()) throw feedbackError("SURVEY_LINK_EXPIRED", "params.token");
  return invitation;
}
