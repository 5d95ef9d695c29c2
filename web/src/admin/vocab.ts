// The API's vocabulary, as the admin screens offer it: src/shared/enums.ts (the server's own lists) and the SLA schemas'.

import type { Status } from "../../../src/shared/enums.ts";
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
  AUDIT_ENTITIES,
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
  AuditEntity,
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
export const LOCALES = ["en", "ur"] as const;
