import { DomainError } from "../../shared/errors.ts";

export type WhatsappErrorCode =
  | "WHATSAPP_SIGNATURE_INVALID"
  | "WHATSAPP_VERIFY_REFUSED"
  | "WHATSAPP_NUMBER_TAKEN"
  | "WHATSAPP_NUMBER_NOT_FOUND"
  | "WHATSAPP_GROUP_NOT_FOUND"
  | "WHATSAPP_CHAT_GROUP_NOT_FOUND"
  | "WHATSAPP_ORGANIZATION_NOT_FOUND"
  | "WHATSAPP_TEMPLATE_TAKEN"
  | "WHATSAPP_TEMPLATE_NOT_FOUND"
  | "WHATSAPP_TEMPLATE_MISSING"
  | "WHATSAPP_TEMPLATE_PARAMETERS"
  | "WHATSAPP_WINDOW_CLOSED"
  | "WHATSAPP_NO_CONVERSATION"
  | "WHATSAPP_TICKET_NOT_FOUND";

/** The user-facing sentence for each WhatsApp error; exhaustive. */
export function whatsappErrorMessage(code: WhatsappErrorCode): string {
  switch (code) {
    case "WHATSAPP_SIGNATURE_INVALID":
      return "The X-Hub-Signature-256 header is missing or does not sign this body with a configured app secret.";
    case "WHATSAPP_VERIFY_REFUSED":
      return "hub.mode must be subscribe and hub.verify_token a configured verify token.";
    case "WHATSAPP_NUMBER_TAKEN":
      return "Another WhatsApp number already has this phone number id.";
    case "WHATSAPP_NUMBER_NOT_FOUND":
      return "No such WhatsApp number.";
    case "WHATSAPP_GROUP_NOT_FOUND":
      return "No such support group.";
    case "WHATSAPP_CHAT_GROUP_NOT_FOUND":
      return "No such WhatsApp group: the desk knows a group once its webhooks or a message from it arrived.";
    case "WHATSAPP_ORGANIZATION_NOT_FOUND":
      return "No such organization.";
    case "WHATSAPP_TEMPLATE_TAKEN":
      return "Another template already has this name.";
    case "WHATSAPP_TEMPLATE_NOT_FOUND":
      return "No such active WhatsApp template.";
    case "WHATSAPP_TEMPLATE_MISSING":
      return "No such WhatsApp template.";
    case "WHATSAPP_TEMPLATE_PARAMETERS":
      return "Give one value for each of the template's parameters, in order.";
    case "WHATSAPP_WINDOW_CLOSED":
      return "The customer last wrote more than 24 hours ago: WhatsApp takes only an approved template until they write again.";
    case "WHATSAPP_NO_CONVERSATION":
      return "This ticket has no WhatsApp conversation to answer in.";
    case "WHATSAPP_TICKET_NOT_FOUND":
      return "No such ticket, or you may not see it.";
  }
}

const KIND: Record<WhatsappErrorCode, DomainError["kind"]> = {
  WHATSAPP_SIGNATURE_INVALID: "unauthenticated",
  WHATSAPP_VERIFY_REFUSED: "forbidden",
  WHATSAPP_NUMBER_TAKEN: "conflict",
  WHATSAPP_NUMBER_NOT_FOUND: "not_found",
  WHATSAPP_GROUP_NOT_FOUND: "invalid",
  WHATSAPP_CHAT_GROUP_NOT_FOUND: "not_found",
  WHATSAPP_ORGANIZATION_NOT_FOUND: "invalid",
  WHATSAPP_TEMPLATE_TAKEN: "conflict",
  WHATSAPP_TEMPLATE_NOT_FOUND: "invalid",
  WHATSAPP_TEMPLATE_MISSING: "not_found",
  WHATSAPP_TEMPLATE_PARAMETERS: "invalid",
  WHATSAPP_WINDOW_CLOSED: "conflict",
  WHATSAPP_NO_CONVERSATION: "conflict",
  WHATSAPP_TICKET_NOT_FOUND: "not_found",
};

/** Builds the DomainError for a WhatsApp code, naming the input field when there is one. */
export function whatsappError(code: WhatsappErrorCode, field?: string): DomainError {
  return new DomainError(KIND[code], code, whatsappErrorMessage(code), field);
}
