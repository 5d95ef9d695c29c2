import { DomainError } from "../shared/errors.ts";

/** Errors of the agent's tools around tickets: live updates, views, canned responses, bulk changes. */
export type AgentToolErrorCode =
  | "TOO_MANY_STREAMS"
  | "LIVE_UNAVAILABLE"
  | "VIEW_NOT_FOUND"
  | "VIEW_NAME_TAKEN"
  | "VIEW_LIMIT_REACHED"
  | "CANNED_RESPONSE_NOT_FOUND"
  | "CANNED_RESPONSE_TITLE_TAKEN"
  | "TOO_MANY_TAGS";

/** The user-facing sentence for each code; exhaustive so a new code cannot ship silent. */
export function agentToolErrorMessage(code: AgentToolErrorCode): string {
  switch (code) {
    case "TOO_MANY_STREAMS":
      return "You have too many live update streams open; close some tabs or windows and try again.";
    case "LIVE_UNAVAILABLE":
      return "Live updates are unavailable right now; try again shortly.";
    case "VIEW_NOT_FOUND":
      return "No such saved view.";
    case "VIEW_NAME_TAKEN":
      return "You already have a saved view with that name.";
    case "VIEW_LIMIT_REACHED":
      return "You have reached the number of saved views one person may keep; delete one first.";
    case "CANNED_RESPONSE_NOT_FOUND":
      return "No such canned response.";
    case "CANNED_RESPONSE_TITLE_TAKEN":
      return "A canned response with that title already exists.";
    case "TOO_MANY_TAGS":
      return "A ticket carries at most 30 tags.";
  }
}

const KIND: Record<AgentToolErrorCode, DomainError["kind"]> = {
  TOO_MANY_STREAMS: "rate_limited",
  LIVE_UNAVAILABLE: "unavailable",
  VIEW_NOT_FOUND: "not_found",
  VIEW_NAME_TAKEN: "conflict",
  VIEW_LIMIT_REACHED: "invalid",
  CANNED_RESPONSE_NOT_FOUND: "not_found",
  CANNED_RESPONSE_TITLE_TAKEN: "conflict",
  TOO_MANY_TAGS: "invalid",
};

/** Builds the DomainError for a code, naming the input field when there is one. */
export function agentToolError(
  code: AgentToolErrorCode,
  field?: string,
  details?: Record<string, unknown>,
): DomainError {
  return new DomainError(KIND[code], code, agentToolErrorMessage(code), field, details);
}
