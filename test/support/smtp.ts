import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll } from "vitest";

/** A message as the server received it: the envelope's recipients and the raw RFC 5322 text. */
export type Mail = { rcptTo: string[]; raw: string };

/**
 * A real SMTP server on loopback for the test file (started before its tests, closed after) that keeps every
 * message it is given: mail is tested by a real SMTP conversation, never a fake transport.
 */
export function useSmtpSink(): { mails: Mail[]; url(): string } {
  const mails: Mail[] = [];
  let smtp: SMTPServer | undefined;
  let url = "";
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, session, callback) {
        let raw = "";
        stream.setEncoding("utf8").on("data", (chunk: string) => (raw += chunk));
        stream.on("end", () => {
          mails.push({ rcptTo: session.envelope.rcptTo.map((a) => a.address), raw });
          callback();
        });
      },
    });
    smtp.listen(0, "127.0.0.1");
    await once(smtp.server, "listening");
    url = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve())));
  return { mails, url: () => url };
}
