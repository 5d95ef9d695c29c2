import type { Schema } from "../api/client.ts";

// What the admin API answers: the generated types (web/src/api/schema.d.ts), named for the admin screens.

/** A calendar as the server validates and answers it: weekly hours, holidays and per-date hours, or 24×7. */
export type CalendarDefinition = Schema<"CalendarDefinition">;
export type Holiday = NonNullable<CalendarDefinition["holidays"]>[number];
export type CalendarVersion = Schema<"CalendarVersion">;
export type Calendar = Schema<"Calendar">;
export type CalendarDetail = Schema<"CalendarDetail">;

/** Targets per priority, pauses, warnings and escalation levels, as the server validates and answers them. */
export type PolicyDefinition = Schema<"SlaPolicyDefinition">;
export type EscalationAction = PolicyDefinition["escalations"][number]["actions"][number];
export type PolicyConditions = Schema<"SlaPolicyConditions">;
export type PolicyVersion = Schema<"SlaPolicyVersion">;
export type Policy = Schema<"SlaPolicy">;
export type PolicyDetail = Schema<"SlaPolicyDetail">;

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
