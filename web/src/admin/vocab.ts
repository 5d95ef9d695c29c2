// The API's vocabulary, as the admin screens offer it: src/shared/enums.ts (the server's own lists) and the SLA schemas'.

import type { Status } from "../../../src/shared/enums.ts";

export {
  CHANNELS,
  IMPACTS,
  ORGANIZATION_KINDS,
  PRIORITIES,
  ROLES,
  STATUSES,
  TICKET_TYPES,
  TOKEN_SCOPES,
  URGENCIES,
  ASSIGNMENT_STRATEGIES as ASSIGNMENTS,
} from "../../../src/shared/enums.ts";
export type {
  Channel,
  Impact,
  OrganizationKind,
  Priority,
  Role,
  Status,
  TicketType,
  TokenScope,
  Urgency,
  AssignmentStrategy as Assignment,
} from "../../../src/shared/enums.ts";

/** Statuses that may pause a clock (new, resolved and closed may not). */
export const PAUSABLE_STATUSES = ["open", "pending", "on_hold"] as const satisfies readonly Status[];
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const CLOCK_KINDS = ["first_response", "resolution", "next_reply"] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];
export const NOTIFY_WHO = ["assignee", "group_lead", "managers", "manager_chain"] as const;
export type NotifyWho = (typeof NOTIFY_WHO)[number];
export const NOTIFY_CHANNELS = ["in_app", "email", "webhook"] as const;
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number];
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
  "canned_response",
  "sla_calendar",
  "sla_policy",
  "sla_group_target",
  "bouncing_address",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
export const LOCALES = ["en", "ur"] as const;
