import { DomainError } from "../shared/errors.ts";

export type FeedbackErrorCode =
  | "TICKET_NOT_RESOLVED"
  | "CONFIRMATION_LINK_INVALID"
  | "CONFIRMATION_LINK_EXPIRED"
  | "CONSULTATION_NOT_FOUND"
  | "REQUEST_ALREADY_LINKED"
  | "SURVEY_NOT_FOUND"
  | "SURVEY_LINK_USED"
  | "SURVEY_LINK_EXPIRED"
  | "SUGGESTION_NOT_FOUND"
  | "SURVEY_COMMENT_MISSING"
  | "REGULAR_SURVEY_NOT_FOUND"
  | "SURVEY_ORGANIZATION_INVALID"
  | "SURVEY_ANSWER_INVALID";

/** The user-facing sentence for each feedback error; exhaustive. */
export function feedbackErrorMessage(code: FeedbackErrorCode): string {
  switch (code) {
    case "TICKET_NOT_RESOLVED":
      return "Only a resolved or closed ticket can be rated.";
    case "CONFIRMATION_LINK_INVALID":
      return "This confirmation link is not valid, or is no longer valid for this request.";
    case "CONFIRMATION_LINK_EXPIRED":
      return "This confirmation link has expired; the service desk will match your request instead.";
    case "CONSULTATION_NOT_FOUND":
      return "This ticket was not raised on the public consultation form.";
    case "REQUEST_ALREADY_LINKED":
      return "This request is already linked to a person.";
    case "SURVEY_NOT_FOUND":
      return "There is no survey behind this link.";
    case "SURVEY_LINK_USED":
      return "This survey has already been answered; thank you.";
    case "SURVEY_LINK_EXPIRED":
      return "This survey link has expired.";
    case "SUGGESTION_NOT_FOUND":
      return "There is no such suggestion.";
    case "SURVEY_COMMENT_MISSING":
      return "This ticket has no answered survey with a comment to turn into a suggestion.";
    case "REGULAR_SURVEY_NOT_FOUND":
      return "There is no such survey, or it is not yours to answer.";
    case "SURVEY_ORGANIZATION_INVALID":
      return "A regular survey asks the people of client organizations; this one is not one.";
    case "SURVEY_ANSWER_INVALID":
      return "This answer does not fit its question.";
  }
}

const KIND: Record<FeedbackErrorCode, DomainError["kind"]> = {
  TICKET_NOT_RESOLVED: "conflict",
  CONFIRMATION_LINK_INVALID: "invalid",
  CONFIRMATION_LINK_EXPIRED: "invalid",
  CONSULTATION_NOT_FOUND: "not_found",
  REQUEST_ALREADY_LINKED: "conflict",
  SURVEY_NOT_FOUND: "not_found",
  SURVEY_LINK_USED: "gone",
  SURVEY_LINK_EXPIRED: "gone",
  SUGGESTION_NOT_FOUND: "not_found",
  SURVEY_COMMENT_MISSING: "conflict",
  REGULAR_SURVEY_NOT_FOUND: "not_found",
  SURVEY_ORGANIZATION_INVALID: "invalid",
  SURVEY_ANSWER_INVALID: "invalid",
};

/** The error of an answer that does not fit its question, naming the question (body.answers.<id>). */
export function surveyAnswerError(questionId: string, message: string): DomainError {
  return new DomainError(
    "invalid",
    "SURVEY_ANSWER_INVALID",
    `Question ${questionId}: ${message}.`,
    `body.answers.${questionId}`,
  );
}

/** Builds the DomainError for a feedback code, naming the input field when there is one. */
export function feedbackError(code: FeedbackErrorCode, field?: string): DomainError {
  return new DomainError(KIND[code], code, feedbackErrorMessage(code), field);
}
