import { DomainError } from "../../shared/errors.ts";

export type ReviewErrorCode =
  | "REVIEW_NOT_FOUND"
  | "ORGANIZATION_NOT_CLIENT"
  | "REVIEW_EXISTS"
  | "REVIEW_SIGNED_OFF"
  | "REVIEW_ACTION_NOT_FOUND"
  | "REVIEW_ACTION_OWNER_UNKNOWN"
  | "TICKET_NOT_BREACHED";

/** The user-facing sentence for each review error; exhaustive so a new code cannot ship silent. */
export function reviewErrorMessage(code: ReviewErrorCode): string {
  switch (code) {
    case "REVIEW_NOT_FOUND":
      return "No such service review or organization.";
    case "ORGANIZATION_NOT_CLIENT":
      return "Service reviews and their packs are made for client organizations.";
    case "REVIEW_EXISTS":
      return "This organization already has a review of a period starting that day.";
    case "REVIEW_SIGNED_OFF":
      return "The review is signed off; it can no longer change.";
    case "REVIEW_ACTION_NOT_FOUND":
      return "The review has no such action.";
    case "REVIEW_ACTION_OWNER_UNKNOWN":
      return "The owner must be an active person of the help desk or of the client organization.";
    case "TICKET_NOT_BREACHED":
      return "Causes are recorded for tickets of the organization that breached a target in the review's period.";
  }
}

const KIND: Record<ReviewErrorCode, DomainError["kind"]> = {
  REVIEW_NOT_FOUND: "not_found",
  ORGANIZATION_NOT_CLIENT: "invalid",
  REVIEW_EXISTS: "conflict",
  REVIEW_SIGNED_OFF: "conflict",
  REVIEW_ACTION_NOT_FOUND: "not_found",
  REVIEW_ACTION_OWNER_UNKNOWN: "invalid",
  TICKET_NOT_BREACHED: "invalid",
};

/** Builds the DomainError for a review code, naming the input field when there is one. */
export function reviewError(code: ReviewErrorCode, field?: string): DomainError {
  return new DomainError(KIND[code], code, reviewErrorMessage(code), field);
}
