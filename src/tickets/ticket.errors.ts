import { DomainError } from "../shared/errors.ts";

export type TicketErrorCode =
  | "TICKET_NOT_FOUND"
  | "TICKET_ACTION_FORBIDDEN"
  | "VERSION_CONFLICT"
  | "INVALID_TRANSITION"
  | "PRIORITY_OVERRIDE_NEEDS_REASON"
  | "REQUESTER_NOT_FOUND"
  | "GROUP_NOT_FOUND"
  | "ASSIGNEE_NOT_FOUND"
  | "ASSIGNEE_NOT_IN_GROUP"
  | "CATEGORY_NOT_FOUND"
  | "ORGANIZATION_NOT_FOUND"
  | "PARENT_NOT_FOUND"
  | "PARENT_CYCLE"
  | "TICKET_CLOSED"
  | "ATTACHMENT_NOT_FOUND"
  | "ATTACHMENT_TOO_LARGE"
  | "ATTACHMENT_TYPE_REFUSED"
  | "ATTACHMENT_FILE_MISSING"
  | "MALFORMED_UPLOAD"
  | "NOTHING_TO_CHANGE"
  | "ROUTING_RULE_NOT_FOUND"
  | "PUBLIC_INCIDENT_NOT_FOUND";

/** The user-facing sentence for each ticket error; exhaustive so a new code cannot ship silent. */
export function ticketErrorMessage(code: TicketErrorCode): string {
  switch (code) {
    case "TICKET_NOT_FOUND":
      return "No such ticket, or you may not see it.";
    case "TICKET_ACTION_FORBIDDEN":
      return "You may see this ticket but not do that to it.";
    case "VERSION_CONFLICT":
      return "The ticket changed since you read it; reload and apply your change again.";
    case "INVALID_TRANSITION":
      return "The ticket cannot move to that status from its current one.";
    case "PRIORITY_OVERRIDE_NEEDS_REASON":
      return "Overriding the priority from the impact/urgency matrix needs a reason.";
    case "REQUESTER_NOT_FOUND":
      return "No such requester, or you may not raise tickets for them.";
    case "GROUP_NOT_FOUND":
      return "No such support group.";
    case "ASSIGNEE_NOT_FOUND":
      return "No such agent.";
    case "ASSIGNEE_NOT_IN_GROUP":
      return "The assignee is not a member of the ticket's group.";
    case "CATEGORY_NOT_FOUND":
      return "No such category.";
    case "ORGANIZATION_NOT_FOUND":
      return "No such organization.";
    case "PARENT_NOT_FOUND":
      return "No such parent ticket, or you may not see it.";
    case "PARENT_CYCLE":
      return "A ticket cannot be its own ancestor.";
    case "TICKET_CLOSED":
      return "The ticket is closed; open a follow-up instead.";
    case "ATTACHMENT_NOT_FOUND":
      return "No such attachment, or you may not see it.";
    case "ATTACHMENT_TOO_LARGE":
      return "The attachment is larger than the configured limit.";
    case "ATTACHMENT_TYPE_REFUSED":
      return "That kind of file is not accepted.";
    case "ATTACHMENT_FILE_MISSING":
      return "Send the file as multipart/form-data in a part named file.";
    case "MALFORMED_UPLOAD":
      return "The multipart/form-data body could not be read.";
    case "NOTHING_TO_CHANGE":
      return "The request changes nothing.";
    case "ROUTING_RULE_NOT_FOUND":
      return "No such routing rule.";
    case "PUBLIC_INCIDENT_NOT_FOUND":
      return "The ticket is not published on the status page.";
  }
}

const KIND: Record<TicketErrorCode, DomainError["kind"]> = {
  TICKET_NOT_FOUND: "not_found",
  TICKET_ACTION_FORBIDDEN: "forbidden",
  VERSION_CONFLICT: "conflict",
  INVALID_TRANSITION: "invalid",
  PRIORITY_OVERRIDE_NEEDS_REASON: "invalid",
  REQUESTER_NOT_FOUND: "invalid",
  GROUP_NOT_FOUND: "invalid",
  ASSIGNEE_NOT_FOUND: "invalid",
  ASSIGNEE_NOT_IN_GROUP: "invalid",
  CATEGORY_NOT_FOUND: "invalid",
  ORGANIZATION_NOT_FOUND: "invalid",
  PARENT_NOT_FOUND: "invalid",
  PARENT_CYCLE: "invalid",
  TICKET_CLOSED: "invalid",
  ATTACHMENT_NOT_FOUND: "not_found",
  ATTACHMENT_TOO_LARGE: "too_large",
  ATTACHMENT_TYPE_REFUSED: "invalid",
  ATTACHMENT_FILE_MISSING: "invalid",
  MALFORMED_UPLOAD: "invalid",
  NOTHING_TO_CHANGE: "invalid",
  ROUTING_RULE_NOT_FOUND: "not_found",
  PUBLIC_INCIDENT_NOT_FOUND: "not_found",
};

/** Builds the DomainError for a ticket code, naming the input field when there is one. */
export function ticketError(code: TicketErrorCode, field?: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(KIND[code], code, ticketErrorMessage(code), field, details);
}

/**
 * A reference code used for the resource the path names: the same code, but "not found" (404) rather than
 * "invalid input" (422), since the thing addressed does not exist.
 */
export function ticketResourceNotFound(code: "CATEGORY_NOT_FOUND", field: string): DomainError {
  return new DomainError("not_found", code, ticketErrorMessage(code), field);
}
