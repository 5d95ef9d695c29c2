import { DomainError } from "../shared/errors.ts";

export type SlaErrorCode =
  | "CALENDAR_NOT_FOUND"
  | "CALENDAR_INVALID"
  | "CALENDAR_IN_USE"
  | "CALENDAR_VERSION_EXISTS"
  | "UNKNOWN_CALENDAR"
  | "EFFECTIVE_FROM_IN_PAST"
  | "INSTANT_OUT_OF_RANGE"
  | "NAME_TAKEN"
  | "POLICY_NOT_FOUND"
  | "POLICY_IN_USE"
  | "DEFAULT_POLICY_REQUIRED"
  | "NO_POLICY_APPLIES"
  | "UNKNOWN_PERSON"
  | "UNKNOWN_GROUP"
  | "UNKNOWN_ORGANIZATION"
  | "UNKNOWN_CATEGORY"
  | "GROUP_NOT_FOUND"
  | "PRIORITY_NEEDED"
  | "PRIORITY_AT_HIGHEST"
  | "ALREADY_IN_GROUP"
  | "NOTIFICATION_NOT_FOUND"
  | "INVALID_RANGE"
  | "INVALID_CURSOR";

/** The user-facing sentence for each SLA error; exhaustive so a new code cannot ship silent. */
export function slaErrorMessage(code: SlaErrorCode): string {
  switch (code) {
    case "CALENDAR_NOT_FOUND":
      return "No such calendar.";
    case "CALENDAR_INVALID":
      return "The calendar definition is invalid.";
    case "CALENDAR_IN_USE":
      return "An SLA policy or a group target uses this calendar; point them elsewhere first.";
    case "CALENDAR_VERSION_EXISTS":
      return "The calendar already has a version effective at that instant.";
    case "UNKNOWN_CALENDAR":
      return "No such calendar.";
    case "EFFECTIVE_FROM_IN_PAST":
      return "A new version cannot take effect in the past (time already measured never moves).";
    case "INSTANT_OUT_OF_RANGE":
      return "A deadline counted from this instant falls outside the supported years 1970–2200.";
    case "NAME_TAKEN":
      return "That name is already taken.";
    case "POLICY_NOT_FOUND":
      return "No such SLA policy.";
    case "POLICY_IN_USE":
      return "Tickets are measured under this policy; deactivate it instead of deleting it.";
    case "DEFAULT_POLICY_REQUIRED":
      return "The default policy cannot be deleted or deactivated: every ticket needs a policy to fall back on.";
    case "NO_POLICY_APPLIES":
      return "No SLA policy applies: the workspace has no active default policy.";
    case "UNKNOWN_PERSON":
      return "No such staff member (an active agent, manager or admin).";
    case "UNKNOWN_GROUP":
      return "No such support group.";
    case "UNKNOWN_ORGANIZATION":
      return "No such organization.";
    case "UNKNOWN_CATEGORY":
      return "No such category.";
    case "GROUP_NOT_FOUND":
      return "No such support group.";
    case "PRIORITY_NEEDED":
      return "Give a priority, or both an impact and an urgency.";
    case "PRIORITY_AT_HIGHEST":
      return "The ticket is already Critical; its priority cannot be raised.";
    case "ALREADY_IN_GROUP":
      return "The ticket is already in that group.";
    case "NOTIFICATION_NOT_FOUND":
      return "No such notification.";
    case "INVALID_RANGE":
      return "The start of the range is after its end.";
    case "INVALID_CURSOR":
      return "The cursor is not one this API returned.";
  }
}

const KIND: Record<SlaErrorCode, DomainError["kind"]> = {
  CALENDAR_NOT_FOUND: "not_found",
  CALENDAR_INVALID: "invalid",
  CALENDAR_IN_USE: "conflict",
  CALENDAR_VERSION_EXISTS: "conflict",
  UNKNOWN_CALENDAR: "invalid",
  EFFECTIVE_FROM_IN_PAST: "invalid",
  INSTANT_OUT_OF_RANGE: "invalid",
  NAME_TAKEN: "conflict",
  POLICY_NOT_FOUND: "not_found",
  POLICY_IN_USE: "conflict",
  DEFAULT_POLICY_REQUIRED: "conflict",
  NO_POLICY_APPLIES: "conflict",
  UNKNOWN_PERSON: "invalid",
  UNKNOWN_GROUP: "invalid",
  UNKNOWN_ORGANIZATION: "invalid",
  UNKNOWN_CATEGORY: "invalid",
  GROUP_NOT_FOUND: "not_found",
  PRIORITY_NEEDED: "invalid",
  PRIORITY_AT_HIGHEST: "invalid",
  ALREADY_IN_GROUP: "invalid",
  NOTIFICATION_NOT_FOUND: "not_found",
  INVALID_RANGE: "invalid",
  INVALID_CURSOR: "invalid",
};

/** Builds the DomainError for an SLA code, naming the input field when there is one. */
export function slaError(code: SlaErrorCode, field?: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(KIND[code], code, slaErrorMessage(code), field, details);
}
