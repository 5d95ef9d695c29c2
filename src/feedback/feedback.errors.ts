import { DomainError } from "../shared/errors.ts";

export type FeedbackErrorCode = "TICKET_NOT_RESOLVED" | "EMAIL_NOT_ACCEPTED";

/** The user-facing sentence for each feedback error; exhaustive. */
export function feedbackErrorMessage(code: FeedbackErrorCode): string {
  switch (code) {
    case "TICKET_NOT_RESOLVED":
      return "Only a resolved or closed ticket can be rated.";
    case "EMAIL_NOT_ACCEPTED":
      return "We cannot take requests for this address online; please call us.";
  }
}

const KIND: Record<FeedbackErrorCode, DomainError["kind"]> = {
  TICKET_NOT_RESOLVED: "conflict",
  EMAIL_NOT_ACCEPTED: "invalid",
};

/** Builds the DomainError for a feedback code, naming the input field when there is one. */
export function feedbackError(code: FeedbackErrorCode, field?: string): DomainError {
  return new DomainError(KIND[code], code, feedbackErrorMessage(code), field);
}
