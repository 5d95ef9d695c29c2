/** Vocabulary shared by the server and the web app: no Node APIs here. */

export const ROLES = ["requester", "agent", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ORGANIZATION_KINDS = ["provider", "client"] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const TICKET_TYPES = ["incident", "service_request", "consultation", "feedback"] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const IMPACTS = ["organization", "department", "person"] as const;
export type Impact = (typeof IMPACTS)[number];

export const URGENCIES = ["high", "medium", "low"] as const;
export type Urgency = (typeof URGENCIES)[number];

export const PRIORITIES = ["critical", "high", "medium", "low"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const STATUSES = ["new", "open", "pending", "on_hold", "resolved", "closed"] as const;
export type Status = (typeof STATUSES)[number];

export const CHANNELS = ["phone", "email", "chat", "whatsapp", "portal", "onsite", "remote", "api"] as const;
export type Channel = (typeof CHANNELS)[number];

export const ASSIGNMENT_STRATEGIES = ["manual", "round_robin", "least_loaded"] as const;
export type AssignmentStrategy = (typeof ASSIGNMENT_STRATEGIES)[number];

export const TOKEN_SCOPES = [
  "tickets:read",
  "tickets:write",
  "directory:read",
  "directory:write",
  "admin",
  "metrics",
] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** What the audit log records changes of (src/identity/audit.ts); the admin audit filter offers each. */
export const AUDIT_ENTITIES = [
  "organization",
  "person",
  "group",
  "category",
  "routing_rule",
  "setting",
  "api_token",
  "channel",
  "satisfaction_rating",
  "regular_survey",
  "canned_response",
  "sla_calendar",
  "sla_policy",
  "sla_group_target",
  "service_review",
  "review_action",
  "review_pack_schedule",
  "bouncing_address",
  "mailbox",
  "whatsapp_number",
  "whatsapp_template",
  "whatsapp_group",
  "kb_category",
  "kb_article",
  "remote_tool",
  "chat_channel",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/**
 * Who knowledge content (articles, tutorials, onboarding paths) is written for. `agents` is the only one that hides
 * content: staff read everything, requesters what names `new` or `current`; the other two let the portal offer
 * "for new employees" apart from everyday help.
 */
export const KNOWLEDGE_AUDIENCES = ["new", "current", "agents"] as const;
export type KnowledgeAudience = (typeof KNOWLEDGE_AUDIENCES)[number];

/** Languages knowledge content is written in; an article or tutorial may have one version in each. */
export const CONTENT_LANGUAGES = ["en", "ur"] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** Who may open published knowledge content: anyone (no sign-in) or signed-in people only. */
export const CONTENT_VISIBILITIES = ["public", "signed_in"] as const;
export type ContentVisibility = (typeof CONTENT_VISIBILITIES)[number];

/** Where an article stands: staff read drafts, everyone else only what is published. */
export const ARTICLE_STATUSES = ["draft", "published"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
