import { randomUUID } from "node:crypto";
import type { TicketReaction } from "../../context.ts";
import type { TicketChange } from "../../tickets/ticket/ticket-change.ts";
import { surveyMailText } from "../../channels/email/mail-templates.ts";
import { ticketMailFactsUnscoped } from "../../channels/email/outbound.store.ts";
import { notifyRequester } from "../../channels/notify-requester.ts";
import { makeSurveyLink } from "../survey-link.ts";
import { decideSurvey } from "./survey.ts";
import { insertInvitation, lastSurveyOf, loadSurveySettings } from "./survey.store.ts";

/** The public page that takes a survey's answer (no sign-in), opening in the requester's language. */
export function surveyUrl(publicUrl: string, token: string, language: "en" | "ur"): string {
  return `${publicUrl.replace(/\/+$/, "")}/survey/${token}${language === "ur" ? "?lang=ur" : ""}`;
}

/**
 * A ticket reaction: when a ticket becomes resolved, its requester may be surveyed (survey.ts decides: on, in the
 * sample, not asked within the cooldown). The invitation is written in the resolution's transaction; the portal
 * offers it on the ticket page from then on, and a ticket that came by mail also gets the signed single-use link
 * by mail, through the outbox (only the token's hash is kept). Nobody is surveyed twice for one ticket.
 */
export const offerSurvey: TicketReaction = async (deps, tx, change) => {
  if (!justResolved(change)) return;
  const settings = await loadSurveySettings(tx);
  if (!settings.enabled) return;
  const facts = await ticketMailFactsUnscoped(tx, change.ticketId);
  // The neutral unverified visitor (an address in the reserved .invalid domain) has no one behind it to ask.
  if (!facts || facts.email.toLowerCase().endsWith(".invalid")) return;
  const now = deps.clock.now();
  const personId = change.after.requesterId;
  const decision = decideSurvey(settings, {
    ticketId: change.ticketId,
    lastSurveyAt: await lastSurveyOf(tx, personId),
    now,
  });
  if (!decision.offer) return;
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + settings.linkDays * 86_400_000);
  const { token, tokenHash } = await makeSurveyLink(tx, "survey", id, expiresAt);
  // The portal offers it anyway: a requester who prefers the portal is sent nothing.
  const mailIt =
    change.after.channel === "email" &&
    facts.preferredChannel !== "portal" &&
    deps.config.PUBLIC_URL !== undefined &&
    !facts.bouncing;
  const written = await insertInvitation(tx, {
    id,
    ticketId: change.ticketId,
    personId,
    tokenHash,
    question: settings.question,
    questionUr: settings.questionUr,
    mailed: mailIt,
    createdAt: now,
    expiresAt,
  });
  if (!written || !mailIt) return;
  const language = facts.locale === "ur" ? "ur" : "en";
  const question = language === "ur" && settings.questionUr ? settings.questionUr : settings.question;
  // On the channel the requester prefers (WhatsApp inside its window; the portal already offers it).
  await notifyRequester(
    deps,
    tx,
    { id: facts.requesterId, preferredChannel: facts.preferredChannel },
    {
      ticketId: change.ticketId,
      number: change.number,
      kind: "survey",
      to: facts.email,
      subject: facts.subject,
      body: surveyMailText(language, {
        number: change.number,
        question,
        url: surveyUrl(deps.config.PUBLIC_URL!, token, language),
        expiresAt,
        timeZone: facts.timeZone ?? "UTC",
      }),
    },
  );
};

/** Whether a change resolves the ticket (only then is a survey offered, and does this reaction read). */
const justResolved = (change: TicketChange) =>
  change.after.status === "resolved" && change.before?.status !== "resolved";
offerSurvey.readsLaterWrites = justResolved;
