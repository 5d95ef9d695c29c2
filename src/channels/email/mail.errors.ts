import { DomainError } from "../../shared/errors.ts";

export type MailErrorCode =
  | "QUARANTINE_NOT_FOUND"
  | "QUARANTINE_ALREADY_RESOLVED"
  | "MAILBOX_ADDRESS_TAKEN"
  | "MAILBOX_GROUP_NOT_FOUND"
  | "MAILBOX_NOT_FOUND"
  | "BOUNCING_ADDRESS_NOT_FOUND"
  | "MAILBOX_IMAP_INCOMPLETE";

/** The user-facing sentence for each mail error; exhaustive. */
export function mailErrorMessage(code: MailErrorCode): string {
  switch (code) {
    case "QUARANTINE_NOT_FOUND":
      return "No such quarantined mail.";
    case "QUARANTINE_ALREADY_RESOLVED":
      return "This mail was already released or discarded.";
    case "MAILBOX_ADDRESS_TAKEN":
      return "Another mailbox already has this address.";
    case "MAILBOX_GROUP_NOT_FOUND":
      return "No such support group.";
    case "MAILBOX_NOT_FOUND":
      return "No such mailbox.";
    case "BOUNCING_ADDRESS_NOT_FOUND":
      return "This address is not marked as bouncing.";
    case "MAILBOX_IMAP_INCOMPLETE":
      return "A mailbox polled by IMAP needs this setting.";
  }
}

const KIND: Record<MailErrorCode, DomainError["kind"]> = {
  QUARANTINE_NOT_FOUND: "not_found",
  QUARANTINE_ALREADY_RESOLVED: "conflict",
  MAILBOX_ADDRESS_TAKEN: "conflict",
  MAILBOX_GROUP_NOT_FOUND: "invalid",
  MAILBOX_NOT_FOUND: "not_found",
  BOUNCING_ADDRESS_NOT_FOUND: "not_found",
  MAILBOX_IMAP_INCOMPLETE: "invalid",
};

/** Builds the DomainError for a mail code, naming the input field when there is one. */
export function mailError(code: MailErrorCode, field?: string): DomainError {
  return new DomainError(KIND[code], code, mailErrorMessage(code), field);
}
