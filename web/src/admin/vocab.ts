// The API's vocabulary, as the admin screens offer it: src/shared/enums.ts (the server's own lists) and the SLA schemas'.

import type { Status } from "../../../src/shared/enums.ts";
import type { Schema } from "../api/client.ts";
import type { CalendarDefinition, EscalationAction, PolicyDefinition } from "./types.ts";

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
// The SLA words are the generated types' (the calendar and policy schemas); the lists are their order on screen.
export type Weekday = keyof NonNullable<CalendarDefinition["weekly"]>;
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const satisfies readonly Weekday[];
export type ClockKind = PolicyDefinition["escalations"][number]["clock"];
export const CLOCK_KINDS = ["first_response", "resolution", "next_reply"] as const satisfies readonly ClockKind[];
type Notify = Extract<EscalationAction, { type: "notify" }>;
export type NotifyWho = Notify["who"][number];
export const NOTIFY_WHO = [
  "assignee",
  "group_lead",
  "managers",
  "manager_chain",
] as const satisfies readonly NotifyWho[];
export type NotifyChannel = Notify["channels"][number];
export const NOTIFY_CHANNELS = ["in_app", "email", "webhook"] as const satisfies readonly NotifyChannel[];
/** What the audit log records changes of: the API's list; the filter offers every one (a missing one fails typecheck). */
export type AuditEntity = Schema<"AuditEntry">["entity"];
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
  "service_review",
  "review_action",
  "review_pack_schedule",
  "bouncing_address",
  "mailbox",
] as const satisfies readonly AuditEntity[];
export const EVERY_AUDIT_ENTITY_LISTED: Exclude<AuditEntity, (typeof AUDIT_ENTITIES)[number]> extends never
  ? true
  : never = true;
export const LOCALES = ["en", "ur"] as const;
