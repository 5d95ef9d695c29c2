import type { TicketReaction } from "./context.ts";
import { trackSla } from "./sla/clock/track-sla.ts";
import { resolveWithParent } from "./tickets/ticket/resolve-with-parent.ts";
import { indexTicketSearch } from "./tickets/search/index-ticket-search.ts";
import { keepIndicatorFacts } from "./reports/keep-indicator-facts.ts";
import { mailPublicReplies } from "./channels/email/mail-public-replies.ts";
import { whatsappPublicReplies } from "./channels/whatsapp/whatsapp-public-replies.ts";
import { offerSurvey } from "./feedback/survey/offer-survey.ts";
import { publishTicketChange } from "./tickets/live/publish-live.ts";

/**
 * What runs in the transaction of every ticket change, in this order: the SLA first (the facts read the clocks it
 * stores), the live NOTIFY last (it announces what the others wrote). One list for the server and the tests, so a
 * test database never runs fewer reactions than production.
 */
export const TICKET_REACTIONS: readonly TicketReaction[] = [
  trackSla,
  resolveWithParent,
  indexTicketSearch,
  keepIndicatorFacts,
  mailPublicReplies,
  whatsappPublicReplies,
  offerSurvey,
  publishTicketChange,
];
