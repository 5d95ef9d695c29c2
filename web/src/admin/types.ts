import type { Schema } from "../api/client.ts";
import type { Channel, ClockKind, NotifyChannel, NotifyWho, Priority, Status, TicketType, Weekday } from "./vocab.ts";

// What the admin API answers: the generated types (web/src/api/schema.d.ts), named for the admin screens.

export type Page<T> = { items: T[]; nextCursor: string | null };

// The API describes calendar and policy definitions as open JSON objects (src/sla/*.present.ts); their shape is the
// definition format the server validates on the way in (CalendarDefinition, PolicyDefinition), so the answers are the
// generated types with that shape put in. Tightening the output schemas on the server would let these go.
export type Holiday = string | { date: string; name?: string; recurring?: boolean };
export type CalendarDefinition = {
  timezone: string;
  always?: true;
  weekly?: Partial<Record<Weekday, [string, string][]>>;
  holidays?: Holiday[];
  /** Per-date hours "YYYY-MM-DD" → ranges replacing that date's weekly hours ([] closes it; wins over a holiday). */
  overrides?: Record<string, [string, string][]>;
};
export type CalendarVersion = Omit<Schema<"CalendarVersion">, "definition"> & { definition: CalendarDefinition };
export type Calendar = Omit<Schema<"Calendar">, "current"> & { current: CalendarVersion };
export type CalendarDetail = Calendar & { versions: CalendarVersion[] };

export type PriorityTargets = {
  firstResponseMinutes: number;
  resolutionMinutes: number;
  nextReplyMinutes: number | null;
  calendarId: string;
};
export type EscalationAction =
  | { type: "notify"; who: NotifyWho[]; managerIds: string[]; channels: NotifyChannel[]; webhookUrl?: string }
  | { type: "move_to_next_tier" }
  | { type: "raise_priority" };
export type EscalationLevel = { level: number; clock: ClockKind; offsetMinutes: number; actions: EscalationAction[] };
export type PolicyDefinition = {
  targets: Record<Priority, PriorityTargets>;
  pauseStatuses: Status[];
  warningShares: number[];
  escalations: EscalationLevel[];
};
export type PolicyConditions = {
  organizationIds?: string[];
  types?: TicketType[];
  categoryIds?: string[];
  channels?: Channel[];
};
export type PolicyVersion = Omit<Schema<"SlaPolicyVersion">, "definition"> & { definition: PolicyDefinition };
export type Policy = Omit<Schema<"SlaPolicy">, "conditions" | "current"> & {
  conditions: PolicyConditions;
  current: PolicyVersion | null;
};
export type PolicyDetail = Policy & { versions: PolicyVersion[] };

export type {
  ApiToken,
  AuditEntry,
  CannedResponse,
  Category,
  ChannelSetting,
  Group,
  GroupTarget,
  Organization,
  Person,
  PriorityMatrix,
  RoutingRule,
  SlaPreview,
} from "../api/types.ts";
