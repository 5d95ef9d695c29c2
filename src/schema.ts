import * as identity from "./identity/identity.tables.ts";
import * as tickets from "./tickets/ticket.tables.ts";
import * as visits from "./tickets/visits/visit.tables.ts";
import * as sla from "./sla/sla.tables.ts";
import * as agentTools from "./tickets/agent-tools.tables.ts";
import * as channels from "./channels/channels.tables.ts";
import * as telephony from "./channels/telephony/telephony.tables.ts";
import * as remote from "./channels/remote/remote.tables.ts";
import * as feedback from "./feedback/feedback.tables.ts";
import * as mail from "./channels/email/mail.tables.ts";
import * as whatsapp from "./channels/whatsapp/whatsapp.tables.ts";
import * as chat from "./channels/chat/chat.tables.ts";
import * as reviewPack from "./reports/review-pack/review-pack.tables.ts";
import * as review from "./reports/review/review.tables.ts";
import * as surveys from "./feedback/survey/survey.tables.ts";
import * as suggestions from "./feedback/suggestion/suggestion.tables.ts";
import * as tutorials from "./knowledge/tutorial/tutorial.tables.ts";
import * as playlists from "./knowledge/playlist/playlist.tables.ts";
import * as onboarding from "./knowledge/onboarding/onboarding.tables.ts";
import * as regularSurveys from "./feedback/regular-survey/regular-survey.tables.ts";
import * as articles from "./knowledge/article/article.tables.ts";
import * as searchLog from "./knowledge/search/search-log.tables.ts";

/**
 * Every table, in an order where each comes after the tables it references: export writes
 * them in this order and import loads them in it. Sessions (per sign-in, they expire) and the jobs queue
 * (pending mail and webhooks would be sent twice) are deliberately left out, and so is the mail quarantine (raw bytes, for an admin to settle where it arrived) and the search documents (derived: rebuilt on import).
 */
export const WORKSPACE_TABLES = [
  identity.organizations,
  identity.people,
  identity.supportGroups,
  identity.groupMembers,
  identity.apiTokens,
  identity.auditLog,
  identity.settings,
  tickets.categories,
  tickets.routingRules,
  tickets.tickets,
  tickets.ticketEvents,
  tickets.attachments,
  tickets.publicIncidents,
  tickets.publicIncidentUpdates,
  visits.ticketVisits,
  sla.calendars,
  sla.calendarVersions,
  sla.slaPolicies,
  sla.slaPolicyVersions,
  sla.ticketSla,
  sla.slaFirings,
  sla.escalations,
  sla.groupTargets,
  agentTools.savedViews,
  agentTools.cannedResponses,
  channels.channelSettings,
  channels.callLogs,
  telephony.telephonyCalls,
  telephony.telephonyCallStates,
  remote.remoteTools,
  remote.remoteSessions,
  chat.chatChannels,
  chat.chatSessions,
  chat.chatMessages,
  feedback.consultationRequests,
  feedback.satisfactionRatings,
  surveys.surveyInvitations,
  suggestions.suggestions,
  regularSurveys.regularSurveys,
  regularSurveys.regularSurveyRounds,
  regularSurveys.regularSurveyInvitations,
  regularSurveys.regularSurveyReminders,
  mail.mailboxes,
  mail.organizationEmailDomains,
  mail.inboundMails,
  mail.outboundMails,
  mail.bouncingAddresses,
  whatsapp.whatsappNumbers,
  whatsapp.whatsappEvents,
  whatsapp.whatsappMessages,
  whatsapp.whatsappTemplates,
  reviewPack.reviewPackSchedules,
  reviewPack.reviewPackRuns,
  review.serviceReviews,
  review.reviewBreachCauses,
  review.reviewActions,
  articles.kbCategories,
  articles.kbImages,
  articles.articles,
  articles.articleVersions,
  articles.articleFeedback,
  articles.articleDeflections,
  articles.ticketArticles,
  // After the articles: an overdue review's notification names its article.
  sla.notifications,
  searchLog.searchLog,
  tutorials.tutorials,
  tutorials.tutorialCaptions,
  playlists.playlists,
  playlists.playlistItems,
  onboarding.onboardingPaths,
  onboarding.onboardingPathItems,
  onboarding.onboardingProgress,
] as const;
