import type { Deps } from "../context.ts";
import { sameSecret, sha256 } from "../identity/secrets.ts";
import type { Db } from "../platform/db/database.ts";
import { signToken, verifyToken } from "../platform/signing/signed-token.ts";
import { feedbackError } from "./feedback.errors.ts";
import { surveyLinkKey } from "./survey/survey.store.ts";

// The signed single-use link of every survey (after resolution, and regular): the token names the invitation and
// its kind and carries its expiry, signed with the workspace's survey key; only the token's SHA-256 is stored.

/** Which survey an invitation belongs to: a token made for one kind names nothing of the other. */
export type SurveyLinkKind = "survey" | "regular_survey";

/** What a link check needs of an invitation row. */
export type LinkedInvitation = { tokenHash: string; answeredAt: Date | null; expiresAt: Date };

/** A new link for an invitation: the token to hand out (mail, portal) and the hash to keep. */
export async function makeSurveyLink(
  db: Db,
  kind: SurveyLinkKind,
  invitationId: string,
  expiresAt: Date,
): Promise<{ token: string; tokenHash: string }> {
  return (await surveyLinkMaker(db, kind))(invitationId, expiresAt);
}

/** Makes many links of one kind with one read of the key (a round invites a whole organization). */
export async function surveyLinkMaker(db: Db, kind: SurveyLinkKind) {
  const key = await surveyLinkKey(db);
  return (invitationId: string, expiresAt: Date) => {
    const token = signToken(key, { [kind]: invitationId }, expiresAt);
    return { token, tokenHash: sha256(token) };
  };
}

/**
 * The invitation a survey link names, or why it cannot be answered: a token we did not sign, of the other kind, or
 * whose invitation does not exist or does not keep its hash, is not found (404: a forgery learns nothing); a genuine
 * one already answered or past its expiry is gone (410). `load` reads (or locks) the invitation by id.
 */
export async function checkSurveyLink<T extends LinkedInvitation>(
  deps: Pick<Deps, "clock">,
  db: Db,
  kind: SurveyLinkKind,
  token: string,
  load: (id: string) => Promise<T | undefined>,
): Promise<T> {
  const now = deps.clock.now();
  const check = verifyToken<Record<string, string>>(await surveyLinkKey(db), token, now);
  if (!check.ok && check.reason === "expired") throw feedbackError("SURVEY_LINK_EXPIRED", "params.token");
  const id = check.ok ? check.payload[kind] : undefined;
  if (typeof id !== "string") throw feedbackError("SURVEY_NOT_FOUND", "params.token");
  const invitation = await load(id);
  // Constant-time: the stored hash of the one token ever made for it, never the token itself.
  if (!invitation || !sameSecret(sha256(token), invitation.tokenHash))
    throw feedbackError("SURVEY_NOT_FOUND", "params.token");
  if (invitation.answeredAt) throw feedbackError("SURVEY_LINK_USED", "params.token");
  if (invitation.expiresAt.getTime() <= now.getTime()) throw feedbackError("SURVEY_LINK_EXPIRED", "params.token");
  return invitation;
}
