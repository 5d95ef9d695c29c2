import type { TicketReaction } from "./context.ts";
import { trackSla } from "./sla/clock/track-sla.ts";
import { resolveWithParent } from "./tickets/ticket/resolve-with-parent.ts";
import { indexTicketSearch } from "./tickets/search/index-ticket-search.ts";
import { markIndicatorFactsDirty } from "./reports/mark-indicator-facts-dirty.ts";
import { mailPublicReplies } from "./channels/email/mail-public-replies.ts";
import { whatsappPublicReplies } from "./channels/whatsapp/whatsapp-public-replies.ts";
import { offerSurvey } from "./feedback/survey/offer-survey.ts";
import { publishTicketChange } from "./tickets/live/publish-live.ts";

/**
 * What runs in the transaction of every ticket change, in this order: the SLA first (it pins the policy the facts
 * measure by). The SLA row, the search row, the live NOTIFY and the facts mark are queued (`change.later`) and sent in one statement
 * before the first reaction that may read them (`readsLaterWrites`), so those that read none come before it; the
 * NOTIFY is delivered on commit, so it announces every write of the transaction wherever it is queued. One list for
 * the server and the tests, so a test database never runs fewer reactions than production.
 */
export const TICKET_REACTIONS: readonly TicketReaction[] = [
  trackSla,
  resolveWithParent,
  indexTicketSearch,
  publishTicketChange,
  markIndicatorFactsDirty,
  mailPublicReplies,
  whatsappPublicReplies,
  offerSurvey,
];
