import nodemailer from "nodemailer";

export type Mail = {
  to: readonly string[];
  subject: string;
  text: string;
  /** A stable Message-ID, so a message sent again after a retry is recognisable as the same one. */
  messageId?: string;
  /** Overrides the configured From (a mailbox's address and sender name). */
  from?: string;
  /** Threading: the message answered, and the thread's ids oldest first. */
  inReplyTo?: string;
  references?: readonly string[];
  /** Extra headers, e.g. Auto-Submitted and X-Loop on automatic mail. */
  headers?: Readonly<Record<string, string>>;
  /** Files sent with the mail (a public reply's attachments). */
  attachments?: ReadonlyArray<{ filename: string; contentType: string; content: Buffer }>;
  /** An iCalendar invitation, sent as the text/calendar alternative that calendar clients act on. */
  icalEvent?: { method: "REQUEST" | "CANCEL"; content: string };
};

export type Mailer = {
  send(mail: Mail): Promise<void>;
  close(): void;
};

// A mail server that stops answering must not hold a job past its lease (nodemailer waits minutes by default).
const CONNECT_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 30_000;

/** Sends mail through the SMTP server at `url` (smtp://user:pass@host:port, or smtps:// for TLS from the start). */
export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: CONNECT_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from: mail.from ?? from,
        to: [...mail.to],
        subject: mail.subject,
        text: mail.text,
        ...(mail.messageId ? { messageId: mail.messageId } : {}),
        ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
        ...(mail.references?.length ? { references: [...mail.references] } : {}),
        ...(mail.headers ? { headers: { ...mail.headers } } : {}),
        ...(mail.attachments?.length ? { attachments: mail.attachments.map((a) => ({ ...a })) } : {}),
        ...(mail.icalEvent ? { icalEvent: { ...mail.icalEvent } } : {}),
      });
    },
    close: () => transport.close(),
  };
}
