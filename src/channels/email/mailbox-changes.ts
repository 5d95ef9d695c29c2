import { diffFields, withSecrets, type AuditChanges } from "../../identity/audit.ts";
import type { MailboxRow } from "./mail.store.ts";
import type { ImapSettings } from "./mail.tables.ts";

type AuditedMailbox = Omit<MailboxRow, "imap"> & { imap: Omit<ImapSettings, "secret"> | null };

const FIELDS = [
  "address",
  "inboundKind",
  "senderName",
  "defaultGroupId",
  "defaultPriority",
  "active",
  "imap",
] as const satisfies readonly (keyof AuditedMailbox)[];

// The IMAP settings as the log may show them: everything an admin set but the password.
function withoutSecret(row: MailboxRow | null): AuditedMailbox | null {
  if (!row) return null;
  if (!row.imap) return { ...row, imap: null };
  const { secret: _secret, ...imap } = row.imap;
  return { ...row, imap };
}

/**
 * What an admin's change did to a mailbox, for the audit log (before null: it was created; after null: deleted). The
 * IMAP secret is recorded only as "[changed]" under imapSecret when it was set, replaced or removed, never its value.
 */
export function mailboxChanges(before: MailboxRow | null, after: MailboxRow | null): AuditChanges {
  const secretChanged = (before?.imap?.secret ?? null) !== (after?.imap?.secret ?? null);
  return withSecrets(diffFields(withoutSecret(before), withoutSecret(after), FIELDS), { imapSecret: secretChanged });
}
