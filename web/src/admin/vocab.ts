// The API's vocabulary, as the admin screens offer it (mirrors src/shared/enums.ts and the SLA schemas).

export const PRIORITIES = ["critical", "high", "medium", "low"] as const;
export type Priority = (typeof PRIORITIES)[number];
export const IMPACTS = ["organization", "department", "person"] as const;
export type Impact = (typeof IMPACTS)[number];
export const URGENCIES = ["high", "medium", "low"] as const;
export type Urgency = (typeof URGENCIES)[number];
export const CHANNELS = ["phone", "email", "chat", "whatsapp", "portal", "onsite", "remote", "api"] as const;
export type Channel = (typeof CHANNELS)[number];
export const TICKET_TYPES = ["incident", "service_request", "consultation", "feedback"] as const;
export type TicketType = (typeof TICKET_TYPES)[number];
export const STATUSES = ["new", "open", "pending", "on_hold", "resolved", "closed"] as const;
export type Status = (typeof STATUSES)[number];
/** Statuses that may pause a clock (new, resolved and closed may not). */
export const PAUSABLE_STATUSES = ["open", "pending", "on_hold"] as const satisfies readonly Status[];
export const ROLES = ["requester", "agent", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const ORGANIZATION_KINDS = ["provider", "client"] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export const ASSIGNMENTS = ["manual", "round_robin", "least_loaded"] as const;
export type Assignment = (typeof ASSIGNMENTS)[number];
export const TOKEN_SCOPES = ["tickets:read", "tickets:write", "directory:read", "directory:write", "admin"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const CLOCK_KINDS = ["first_response", "resolution", "next_reply"] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];
export const NOTIFY_WHO = ["assignee", "group_lead", "managers", "manager_chain"] as const;
export type NotifyWho = (typeof NOTIFY_WHO)[number];
export const NOTIFY_CHANNELS = ["in_app", "email", "webhook"] as const;
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number];
export const AUDIT_ENTITIES = [
  "organization", "person", "group", "category", "routing_rule", "setting", "api_token", "channel", "satisfaction_rating", "canned_response",
  "sla_calendar", "sla_policy", "sla_group_target",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
export const LOCALES = ["en", "ur"] as const;
