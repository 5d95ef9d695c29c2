import type { Deps } from "./context.ts";
import { auditRoutes } from "./identity/audit.routes.ts";
import { callRoutes } from "./channels/call.routes.ts";
import { telephonyRoutes } from "./channels/telephony/telephony.routes.ts";
import { remoteRoutes } from "./channels/remote/remote.routes.ts";
import { channelRoutes } from "./channels/channels.routes.ts";
import { chatRoutes } from "./channels/chat/chat.routes.ts";
import { chatAgentRoutes } from "./channels/chat/chat-agent.routes.ts";
import { chatChannelRoutes } from "./channels/chat/chat-channel.routes.ts";
import { mailRoutes } from "./channels/email/mail.routes.ts";
import { whatsappRoutes } from "./channels/whatsapp/whatsapp.routes.ts";
import { consultationRoutes } from "./feedback/consultation.routes.ts";
import { ratingRoutes } from "./feedback/rating.routes.ts";
import { surveyRoutes } from "./feedback/survey/survey.routes.ts";
import { suggestionRoutes } from "./feedback/suggestion/suggestion.routes.ts";
import { regularSurveyRoutes } from "./feedback/regular-survey/regular-survey.routes.ts";
import { reportRoutes } from "./reports/reports.routes.ts";
import { reviewPackRoutes } from "./reports/review-pack/review-pack.routes.ts";
import { reviewRoutes } from "./reports/review/review.routes.ts";
import { publicSlaRoutes } from "./sla/published/public.routes.ts";
import { publicStatusRoutes } from "./tickets/public-status/public-status.routes.ts";
import { groupRoutes } from "./identity/group.routes.ts";
import { organizationRoutes } from "./identity/organization.routes.ts";
import { personRoutes } from "./identity/person.routes.ts";
import { profileRoutes } from "./identity/profile.routes.ts";
import { registerAuthentication, sessionRoutes } from "./identity/session.routes.ts";
import { tokenRoutes } from "./identity/token.routes.ts";
import { ping } from "./platform/db/database.ts";
import { healthRoutes } from "./platform/http/health.routes.ts";
import { calendarRoutes } from "./sla/calendar/calendar.routes.ts";
import { ticketSlaRoutes } from "./sla/clock/ticket-sla.routes.ts";
import { escalationRoutes } from "./sla/escalation/escalation.routes.ts";
import { groupTargetRoutes } from "./sla/group-targets/group-target.routes.ts";
import { notificationRoutes } from "./sla/notifications/notification.routes.ts";
import { policyRoutes } from "./sla/policy/policy.routes.ts";
import { createHttpServer, type HttpServer } from "./platform/http/server.ts";
import { registerIdempotency } from "./platform/http/idempotency.ts";
import { WEB_BUILD } from "./platform/package-root.ts";
import { conversationRoutes } from "./tickets/conversation/conversation.routes.ts";
import { attachmentRoutes } from "./tickets/attachments/attachment.routes.ts";
import { categoryRoutes } from "./tickets/categories/category.routes.ts";
import { priorityMatrixRoutes } from "./tickets/priority-matrix/priority-matrix.routes.ts";
import { routingRuleRoutes } from "./tickets/routing/routing-rule.routes.ts";
import { ticketRoutes } from "./tickets/ticket/ticket.routes.ts";
import { visitRoutes } from "./tickets/visits/visit.routes.ts";
import { liveRoutes } from "./tickets/live/live.routes.ts";
import { viewRoutes } from "./tickets/views/view.routes.ts";
import { cannedResponseRoutes } from "./tickets/canned-responses/canned-response.routes.ts";
import { settingsRoutes } from "./tickets/attachments/settings.routes.ts";
import { tutorialRoutes } from "./knowledge/tutorial/tutorial.routes.ts";
import { tutorialMediaRoutes } from "./knowledge/tutorial/tutorial-media.routes.ts";
import { playlistRoutes } from "./knowledge/playlist/playlist.routes.ts";
import { onboardingRoutes } from "./knowledge/onboarding/onboarding.routes.ts";
import { articleRoutes } from "./knowledge/article/article.routes.ts";
import { articlePublicRoutes } from "./knowledge/article/article-public.routes.ts";
import { articleUseRoutes } from "./knowledge/article/article-use.routes.ts";
import { kbCategoryRoutes } from "./knowledge/category/kb-category.routes.ts";

import { workspaceMetrics } from "./metrics.ts";
import { metricsRoutes } from "./metrics.routes.ts";
import { measureRequests } from "./platform/http/request-metrics.ts";
import type { Metrics } from "./platform/metrics/metrics.ts";
import { searchRoutes } from "./knowledge/search/search.routes.ts";

export const VERSION = "0.1.0";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);
// Ticket work, logged calls, personal views, the public forms, the knowledge base and signing in or out never change reference data
// (and an anonymous request must not be able to flush every process's cache; sign-out and a password change drop
// the cache themselves only when they really ended a session).
const NO_REFERENCE_CHANGE =
  /^\/api\/v1\/(tickets|calls|chats?|chat-interactions|telephony|remote-sessions|views|public|kb|auth\/(login|logout|password))(\/|\?|$)/;

/**
 * Wires every surface onto one Fastify instance; no listening, so tests can inject. `metrics` is the process's
 * registry (start.ts shares it with the admin-only listener); without one the app keeps its own, poolless.
 */
export async function buildApp(deps: Deps, metrics: Metrics = workspaceMetrics(deps, () => null)): Promise<HttpServer> {
  const app = await createHttpServer({
    logger: deps.log,
    bodyLimit: deps.config.BODY_LIMIT_BYTES,
    attachmentMaxBytes: deps.config.ATTACHMENT_MAX_BYTES,
    version: VERSION,
    checkResponses: deps.config.RESPONSE_CHECKS === "true",
    webRoot: deps.config.WEB_APP === "true" ? WEB_BUILD : undefined,
    trustProxy: deps.config.TRUST_PROXY,
  });
  measureRequests(app, metrics.observeRequest);
  registerAuthentication(app, deps);
  // Keys belong to the caller: the signed-in person, or the client address on an anonymous form.
  registerIdempotency(app, {
    db: deps.db,
    now: () => deps.clock.now(),
    scopeOf: (r) => (r.actor ? `person:${r.actor.personId}` : `client:${r.ip}`),
  });
  // Any successful admin write may change reference data (matrix, routing, groups, SLA, credentials):
  // drop it from every process's cache before the answer leaves, so the caller's next request sees it.
  app.addHook("onSend", async (request, reply, payload) => {
    if (
      !READS.has(request.method) &&
      reply.statusCode < 400 &&
      !NO_REFERENCE_CHANGE.test(request.url) &&
      !request.url.startsWith("/webhooks/")
    )
      await deps.referenceChanged();
    return payload;
  });
  await healthRoutes(app, () => ping(deps.db));
  await sessionRoutes(app, deps);
  await organizationRoutes(app, deps);
  await personRoutes(app, deps);
  await profileRoutes(app, deps);
  await groupRoutes(app, deps);
  await tokenRoutes(app, deps);
  await auditRoutes(app, deps);
  await categoryRoutes(app, deps);
  await routingRuleRoutes(app, deps);
  await priorityMatrixRoutes(app, deps);
  await ticketRoutes(app, deps);
  await conversationRoutes(app, deps);
  await attachmentRoutes(app, deps);
  await visitRoutes(app, deps);
  await calendarRoutes(app, deps);
  await policyRoutes(app, deps);
  await groupTargetRoutes(app, deps);
  await ticketSlaRoutes(app, deps);
  await escalationRoutes(app, deps);
  await notificationRoutes(app, deps);
  await liveRoutes(app, deps);
  await viewRoutes(app, deps);
  await cannedResponseRoutes(app, deps);
  await channelRoutes(app, deps);
  await mailRoutes(app, deps);
  await whatsappRoutes(app, deps);
  await callRoutes(app, deps);
  await telephonyRoutes(app, deps);
  await remoteRoutes(app, deps);
  await chatRoutes(app, deps);
  await chatAgentRoutes(app, deps);
  await chatChannelRoutes(app, deps);
  await publicSlaRoutes(app, deps);
  await publicStatusRoutes(app, deps);
  await consultationRoutes(app, deps);
  await ratingRoutes(app, deps);
  await surveyRoutes(app, deps);
  await suggestionRoutes(app, deps);
  await regularSurveyRoutes(app, deps);
  await reportRoutes(app, deps);
  await reviewPackRoutes(app, deps);
  await reviewRoutes(app, deps);
  await settingsRoutes(app, deps);
  await searchRoutes(app, deps);
  await tutorialRoutes(app, deps);
  await tutorialMediaRoutes(app, deps);
  await playlistRoutes(app, deps);
  await onboardingRoutes(app, deps);
  await kbCategoryRoutes(app, deps);
  await articleRoutes(app, deps);
  await articleUseRoutes(app, deps);
  await articlePublicRoutes(app, deps);
  await metricsRoutes(app, deps, metrics);
  return app;
}
