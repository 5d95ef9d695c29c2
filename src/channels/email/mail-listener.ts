import { readFileSync } from "node:fs";
import type { Config } from "../../config/config.ts";
import type { Deps } from "../../context.ts";
import { startSmtpListener, type SmtpListener } from "../../platform/mail/smtp-listener.ts";
import { ingestMail } from "./ingest-mail.ts";
import { activeMailboxes } from "./mail-reference.ts";

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
    ...listenerSecurity(deps.config),
    accepts: async (address) =>
      (await activeMailboxes(deps)).some((b) => b.address.toLowerCase() === address.toLowerCase()),
    deliver: async (raw, recipients) => {
      const outcome = await ingestMail(deps, { raw, recipients });
      deps.log.info({ outcome }, "mail received");
    },
  });
}

/** STARTTLS (SMTP_TLS_CERT/KEY files, read once at start) and AUTH for relays (SMTP_AUTH_USER/PASSWORD), when set. */
function listenerSecurity(config: Config) {
  const read = (name: "SMTP_TLS_CERT" | "SMTP_TLS_KEY", file: string) => {
    try {
      return readFileSync(file);
    } catch (error) {
      throw new Error(`${name}: cannot read ${file}: ${(error as Error).message}`);
    }
  };
  return {
    ...(config.SMTP_TLS_CERT && config.SMTP_TLS_KEY
      ? { tls: { cert: read("SMTP_TLS_CERT", config.SMTP_TLS_CERT), key: read("SMTP_TLS_KEY", config.SMTP_TLS_KEY) } }
      : {}),
    ...(config.SMTP_AUTH_USER && config.SMTP_AUTH_PASSWORD
      ? { auth: { user: config.SMTP_AUTH_USER, password: config.SMTP_AUTH_PASSWORD } }
      : {}),
  };
}
