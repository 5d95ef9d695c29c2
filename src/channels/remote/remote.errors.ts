import { DomainError } from "../../shared/errors.ts";

export type RemoteErrorCode =
  | "REMOTE_TOOL_NOT_FOUND"
  | "REMOTE_TOOL_NAME_TAKEN"
  | "REMOTE_TEMPLATE_UNSAFE"
  | "REMOTE_SESSION_NOT_FOUND"
  | "REMOTE_CONSENT_REQUIRED"
  | "REMOTE_SESSION_ALREADY_CONSENTED"
  | "REMOTE_SESSION_NOT_STARTED"
  | "REMOTE_SESSION_ALREADY_STARTED"
  | "REMOTE_SESSION_ENDED";

/** The user-facing sentence for each remote-access error; exhaustive. */
export function remoteErrorMessage(code: RemoteErrorCode): string {
  switch (code) {
    case "REMOTE_TOOL_NOT_FOUND":
      return "No such remote-access tool, or it is not in use.";
    case "REMOTE_TOOL_NAME_TAKEN":
      return "Another remote-access tool already has this name.";
    case "REMOTE_TEMPLATE_UNSAFE":
      return "A launch link must start with the tool's own scheme (rustdesk://, https://, …), never javascript:, data: or vbscript:, and hold {id} as its only placeholder.";
    case "REMOTE_SESSION_NOT_FOUND":
      return "No such remote session, or you may not see its ticket.";
    case "REMOTE_CONSENT_REQUIRED":
      return "The requester has not consented to this session yet: record their consent first.";
    case "REMOTE_SESSION_ALREADY_CONSENTED":
      return "Consent to this session is already recorded.";
    case "REMOTE_SESSION_NOT_STARTED":
      return "The session has not started, so it cannot end; cancel it instead (outcome cancelled).";
    case "REMOTE_SESSION_ALREADY_STARTED":
      return "The session has already started.";
    case "REMOTE_SESSION_ENDED":
      return "The session has ended.";
  }
}

const KIND: Record<RemoteErrorCode, DomainError["kind"]> = {
  REMOTE_TOOL_NOT_FOUND: "not_found",
  REMOTE_TOOL_NAME_TAKEN: "conflict",
  REMOTE_TEMPLATE_UNSAFE: "invalid",
  REMOTE_SESSION_NOT_FOUND: "not_found",
  REMOTE_CONSENT_REQUIRED: "conflict",
  REMOTE_SESSION_ALREADY_CONSENTED: "conflict",
  REMOTE_SESSION_NOT_STARTED: "conflict",
  REMOTE_SESSION_ALREADY_STARTED: "conflict",
  REMOTE_SESSION_ENDED: "conflict",
};

/** Builds the DomainError for a remote-access code, naming the input field when there is one. */
export function remoteError(code: RemoteErrorCode, field?: string): DomainError {
  return new DomainError(KIND[code], code, remoteErrorMessage(code), field);
}
