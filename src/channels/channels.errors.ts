import { DomainError } from "../shared/errors.ts";

export type ChannelErrorCode =
  | "CHANNEL_NOT_FOUND"
  | "PHONE_NUMBER_INVALID"
  | "CALLER_NOT_FOUND"
  | "CALLER_REQUIRED"
  | "CALL_TICKET_NOT_FOUND"
  | "CALL_TICKET_CLOSED"
  | "CALL_IN_FUTURE"
  | "CHAT_INTERACTION_TIMES"
  | "TELEPHONY_SIGNATURE_INVALID"
  | "TELEPHONY_FIELD_INVALID"
  | "TELEPHONY_CALL_UNKNOWN"
  | "TELEPHONY_CALL_ENDED"
  | "TELEPHONY_CALLBACK_NOT_FOUND";

/** The user-facing sentence for each channel error; exhaustive. */
export function channelErrorMessage(code: ChannelErrorCode): string {
  switch (code) {
    case "CHANNEL_NOT_FOUND":
      return "No such channel (phone, email, chat, whatsapp, portal, onsite, remote or api).";
    case "PHONE_NUMBER_INVALID":
      return "Not a telephone number: at least 5 digits, with only spaces, dashes, dots, parentheses and a leading + besides.";
    case "CALLER_NOT_FOUND":
      return "No such person.";
    case "CALLER_REQUIRED":
      return "Say who called (callerId): the new ticket is raised for them.";
    case "CALL_TICKET_NOT_FOUND":
      return "No such ticket, or you may not see it.";
    case "CALL_TICKET_CLOSED":
      return "The ticket is closed; log the call as a new ticket instead.";
    case "CHAT_INTERACTION_TIMES":
      return "When it was answered must be after it was asked, and neither may be in the future.";
    case "CALL_IN_FUTURE":
      return "A call cannot start in the future.";
    case "TELEPHONY_SIGNATURE_INVALID":
      return "The telephony event is not signed with the shared secret (x-frontline-signature: sha256=<hex HMAC-SHA256 of the body>), or the secret is not configured.";
    case "TELEPHONY_FIELD_INVALID":
      return "A required telephony field is missing, too long or not one of its values.";
    case "TELEPHONY_CALL_UNKNOWN":
      return "No call with this callId has rung: send its ringing event first. Nothing was stored.";
    case "TELEPHONY_CALL_ENDED":
      return "The call has already ended; it cannot be answered any more. Nothing was stored.";
    case "TELEPHONY_CALLBACK_NOT_FOUND":
      return "No missed call waits for a callback under this id.";
  }
}

const KIND: Record<ChannelErrorCode, DomainError["kind"]> = {
  CHANNEL_NOT_FOUND: "not_found",
  PHONE_NUMBER_INVALID: "invalid",
  CALLER_NOT_FOUND: "invalid",
  CALLER_REQUIRED: "invalid",
  CALL_TICKET_NOT_FOUND: "invalid",
  CALL_TICKET_CLOSED: "invalid",
  CALL_IN_FUTURE: "invalid",
  CHAT_INTERACTION_TIMES: "invalid",
  TELEPHONY_SIGNATURE_INVALID: "unauthenticated",
  TELEPHONY_FIELD_INVALID: "invalid",
  TELEPHONY_CALL_UNKNOWN: "not_found",
  TELEPHONY_CALL_ENDED: "conflict",
  TELEPHONY_CALLBACK_NOT_FOUND: "not_found",
};

/** Builds the DomainError for a channel code, naming the input field when there is one. */
export function channelError(code: ChannelErrorCode, field?: string): DomainError {
  return new DomainError(KIND[code], code, channelErrorMessage(code), field);
}
