import type {
  Assignment, AuditEntity, Channel, ClockKind, NotifyChannel, NotifyWho, OrganizationKind, Priority, Role, Status, TicketType, TokenScope, Weekday,
} from "./vocab.ts";

// What the admin API answers (see /api/openapi.json).

export type Page<T> = { items: T[]; nextCursor: string | null };

export type Holiday = string | { date: string; name?: string; recurring?: boolean };
export type CalendarDefinition = {
  timezone: string;
  always?: true;
  weekly?: Partial<Record<Weekday, [string, string][]>>;
  holidays?: Holiday[];
  /** Per-date hours "YYYY-MM-DD" → ranges replacing that date's weekly hours ([] closes it; wins over a holiday). */
  overrides?: Record<string, [string, string][]>;
};
export type CalendarVersion = { id: string; effectiveFrom: string; definition: CalendarDefinition; createdBy: string | null; createdAt: string };
export type Calendar = { id: string; name: string; timezone: string; createdAt: string; current: CalendarVersion };
export type CalendarDetail = Calendar & { versions: CalendarVersion[] };

export type PriorityTargets = { firstResponseMinutes: number; resolutionMinutes: number; nextReplyMinutes: number | null; calendarId: string };
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
export type PolicyConditions = { organizationIds?: string[]; types?: TicketType[]; categoryIds?: string[]; channels?: Channel[] };
export type PolicyVersion = { id: string; version: number; effectiveFrom: string; definition: PolicyDefinition; createdBy: string | null; createdAt: string };
export type Policy = {
  id: string;
  name: string;
  position: number;
  isDefault: boolean;
  active: boolean;
  conditions: PolicyConditions;
  createdAt: string;
  current: PolicyVersion | null;
};
export type PolicyDetail = Policy & { versions: PolicyVersion[] };
export type SlaPreview = {
  policy: { id: string; name: string; versionId: string; version: number };
  priority: Priority;
  openedAt: string;
  targets: { clock: ClockKind; minutes: number; calendarId: string; calendarName: string; deadline: string | null }[];
};

export type PriorityMatrix = Record<"organization" | "department" | "person", Record<"high" | "medium" | "low", Priority>>;

export type Group = { id: string; name: string; tier: number; leadId: string | null; assignment: Assignment; memberIds: string[]; createdAt: string };
export type GroupTarget = { groupId: string; calendarId: string | null; minutes: Partial<Record<Priority, number>> };

export type Person = {
  id: string;
  organizationId: string;
  name: string;
  email: string;
  phone: string | null;
  role: Role;
  orgManager: boolean;
  managerId: string | null;
  active: boolean;
  locale: string;
  /** IANA zone the person reads times in; null: the support calendar's. */
  timeZone: string | null;
  createdAt: string;
};

export type Organization = { id: string; name: string; kind: OrganizationKind; domain: string | null; createdAt: string };

export type RoutingRule = {
  id: string;
  name: string;
  position: number;
  categoryId: string | null;
  organizationId: string | null;
  channel: Channel | null;
  groupId: string;
  active: boolean;
  createdAt: string;
};

export type Category = { id: string; name: string; description: string; createdAt: string };

export type ApiToken = {
  id: string;
  personId: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
};

export type ChannelSetting = { channel: Channel; enabled: boolean; contact: string; instructions: string; position: number };

export type CannedResponse = { id: string; title: string; body: string; createdBy: string | null; updatedAt: string };

export type AuditEntry = {
  id: number;
  at: string;
  actorId: string | null;
  /** The actor's name (null for Frontline itself). */
  actorName: string | null;
  action: string;
  entity: AuditEntity | (string & {});
  entityId: string;
  /** What people call the changed object (a name, a title, "#10023 Subject"). */
  entityLabel: string | null;
  changes: Record<string, unknown>;
};
