import { DomainError } from "../../shared/errors.ts";

export type ChatErrorCode =
  | "CHAT_NOT_FOUND"
  | "CHAT_TOKEN_INVALID"
  | "CHAT_ENDED"
  | "CHAT_NOT_WAITING"
  | "CHAT_NOT_YOURS"
  | "CHAT_CLOSED_NOW"
  | "CHAT_TRANSFER_TARGET"
  | "CHAT_FORBIDDEN"
  | "CHAT_CHANNEL_INVALID"
  | "CHAT_ORIGIN_FORBIDDEN"
  | "CHAT_STREAMS_EXCEEDED"
  | "CHAT_LIVE_UNAVAILABLE"
  | "CHAT_ATTACHMENT_NOT_FOUND"
  | "CHAT_CHANNEL_UNKNOWN"
  | "CHAT_CHANNEL_INACTIVE"
  | "CHAT_CHANNEL_NOT_FOUND"
  | "CHAT_CHANNEL_TAKEN"
  | "CHAT_CHANNEL_GROUP_NOT_FOUND"
  | "CHAT_CHANNEL_DEFAULT_NEEDED";

/** The user-facing sentence for each chat error; exhaustive. */
export function chatErrorMessage(code: ChatErrorCode): string {
  switch (code) {
    case "CHAT_NOT_FOUND":
      return "No such chat, or it is not yours.";
    case "CHAT_TOKEN_INVALID":
      return "The chat token is missing, altered or expired: start a new chat.";
    case "CHAT_ENDED":
      return "The chat has ended.";
    case "CHAT_NOT_WAITING":
      return "Someone else has already taken this chat.";
    case "CHAT_NOT_YOURS":
      return "Only the agent who has the chat may do that.";
    case "CHAT_CLOSED_NOW":
      return "Support is closed now: leave a message instead.";
    case "CHAT_TRANSFER_TARGET":
      return "Transfer to one active agent or one support group.";
    case "CHAT_FORBIDDEN":
      return "You may not do that with chats.";
    case "CHAT_CHANNEL_INVALID":
      return "A chat channel key is 1–40 lowercase letters, digits or dashes.";
    case "CHAT_ORIGIN_FORBIDDEN":
      return "This site may not embed the chat.";
    case "CHAT_STREAMS_EXCEEDED":
      return "Too many open streams of this chat: close another window first.";
    case "CHAT_LIVE_UNAVAILABLE":
      return "Live chat updates are unavailable right now; try again shortly.";
    case "CHAT_ATTACHMENT_NOT_FOUND":
      return "No such file in this chat.";
    case "CHAT_CHANNEL_UNKNOWN":
      return "No chat channel has this key: use a key an admin created (Admin → Chat channels), or none for the default.";
    case "CHAT_CHANNEL_INACTIVE":
      return "This chat channel is switched off and takes no chats.";
    case "CHAT_CHANNEL_NOT_FOUND":
      return "No such chat channel.";
    case "CHAT_CHANNEL_TAKEN":
      return "Another chat channel already has this key.";
    case "CHAT_CHANNEL_GROUP_NOT_FOUND":
      return "No such support group.";
    case "CHAT_CHANNEL_DEFAULT_NEEDED":
      return "There is always one active default chat channel: make another channel the default first.";
  }
}

const KIND: Record<ChatErrorCode, DomainError["kind"]> = {
  CHAT_NOT_FOUND: "not_found",
  CHAT_TOKEN_INVALID: "unauthenticated",
  CHAT_ENDED: "conflict",
  CHAT_NOT_WAITING: "conflict",
  CHAT_NOT_YOURS: "forbidden",
  CHAT_CLOSED_NOW: "conflict",
  CHAT_TRANSFER_TARGET: "invalid",
  CHAT_FORBIDDEN: "forbidden",
  CHAT_CHANNEL_INVALID: "invalid",
  CHAT_ORIGIN_FORBIDDEN: "forbidden",
  CHAT_STREAMS_EXCEEDED: "rate_limited",
  CHAT_LIVE_UNAVAILABLE: "unavailable",
  CHAT_ATTACHMENT_NOT_FOUND: "not_found",
  CHAT_CHANNEL_UNKNOWN: "invalid",
  CHAT_CHANNEL_INACTIVE: "invalid",
  CHAT_CHANNEL_NOT_FOUND: "not_found",
  CHAT_CHANNEL_TAKEN: "conflict",
  CHAT_CHANNEL_GROUP_NOT_FOUND: "invalid",
  CHAT_CHANNEL_DEFAULT_NEEDED: "conflict",
};

/** Builds the DomainError for a chat code, naming the input field when there is one. */
export function chatError(code: ChatErrorCode, field?: string): DomainError {
  return new DomainError(KIND[code], code, chatErrorMessage(code), field);
}
