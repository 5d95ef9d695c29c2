import type { Deps } from "../../context.ts";
import { startSmtpListener, type SmtpListener } from "../../platform/mail/smtp-listener.ts";
import { ingestMail } from "./ingest-mail.ts";
import { activeMailboxesUnscoped } from "./mail.store.ts";

/**
 * The mail role: the built-in SMTP listener taking mail for our active mailboxes into the one ingestion use case.
 * Answers 250 only once the outcome (ticket, reply, quarantine or a deliberate ignore) is committed.
 */
export function startMailListener(deps: Deps): Promise<SmtpListener> {
  return startSmtpListener({
    host: deps.config.SMTP_LISTEN_HOST,
    port: deps.config.SMTP_LISTEN_PORT,
    maxBytes: deps.config.MAIL_MAX_BYTES,
    log: deps.log,
    accepts: async (address) => (await activeMailboxesUnscoped(deps.db)).some((b) => b.address.toLowerCase() === address.toLowerCase()),
    deliver: async (raw, recipients) => {
      const outcome = await ingestMail(deps, { raw, recipients });
      deps.log.info({ outcome }, "mail received");
    },
  });
}
