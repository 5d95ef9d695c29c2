import { DomainError } from "../../shared/errors.ts";

export type VisitErrorCode =
  | "VISIT_NOT_FOUND"
  | "VISIT_FORBIDDEN"
  | "TECHNICIAN_NOT_AGENT"
  | "SITE_NOT_FOUND"
  | "WINDOW_INVALID"
  | "WINDOW_NEEDS_REASON"
  | "VISIT_OVERLAP"
  | "VISIT_CANCELLED"
  | "VISIT_COMPLETED"
  | "VISIT_ALREADY_STARTED"
  | "VISIT_ALREADY_ON_SITE"
  | "VISIT_NOT_ON_SITE"
  | "FOLLOW_UP_NOT_FOUND";

/** The user-facing sentence for each visit error; exhaustive so a new code cannot ship silent. */
export function visitErrorMessage(code: VisitErrorCode): string {
  switch (code) {
    case "VISIT_NOT_FOUND":
      return "No such visit, or you may not see it.";
    case "VISIT_FORBIDDEN":
      return "You may see this visit but not do that to it.";
    case "TECHNICIAN_NOT_AGENT":
      return "The technician must be an active agent (agent, manager or admin).";
    case "SITE_NOT_FOUND":
      return "No such address of the ticket's organization; admins add addresses to the organization.";
    case "WINDOW_INVALID":
      return "The window must end after it starts, and last at most 24 hours.";
    case "WINDOW_NEEDS_REASON":
      return "The window starts in the past or lies outside the site's hours: give a reason to schedule it anyway.";
    case "VISIT_OVERLAP":
      return "The technician has another visit in that window; send allowOverlap with a reason to book both.";
    case "VISIT_CANCELLED":
      return "The visit was cancelled.";
    case "VISIT_COMPLETED":
      return "The technician already checked out of this visit; schedule a follow-up visit instead.";
    case "VISIT_ALREADY_STARTED":
      return "The technician is already on site or done; it can no longer be rescheduled or cancelled.";
    case "VISIT_ALREADY_ON_SITE":
      return "The technician has already checked in.";
    case "VISIT_NOT_ON_SITE":
      return "Check out only after checking in.";
    case "FOLLOW_UP_NOT_FOUND":
      return "The visit to follow up is not a visit of this ticket.";
  }
}

const KIND: Record<VisitErrorCode, DomainError["kind"]> = {
  VISIT_NOT_FOUND: "not_found",
  VISIT_FORBIDDEN: "forbidden",
  TECHNICIAN_NOT_AGENT: "invalid",
  SITE_NOT_FOUND: "invalid",
  WINDOW_INVALID: "invalid",
  WINDOW_NEEDS_REASON: "invalid",
  VISIT_OVERLAP: "conflict",
  VISIT_CANCELLED: "conflict",
  VISIT_COMPLETED: "conflict",
  VISIT_ALREADY_STARTED: "conflict",
  VISIT_ALREADY_ON_SITE: "conflict",
  VISIT_NOT_ON_SITE: "conflict",
  FOLLOW_UP_NOT_FOUND: "invalid",
};

/** Builds the DomainError for a visit code, naming the input field when there is one. */
export function visitError(code: VisitErrorCode, field?: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(KIND[code], code, visitErrorMessage(code), field, details);
}
