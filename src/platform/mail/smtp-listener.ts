import { createHash, timingSafeEqual } from "node:crypto";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";
import type { Logger } from "pino";

export type SmtpListenerOptions = {
  host: string;
  port: number;
  /** Largest message taken; a bigger one is refused with 552 during DATA and nothing of it is kept. */
  maxBytes: number;
  log: Logger;
  /** Whether mail for this address is ours to take (else the RCPT TO is answered 550). */
  accepts(address: string): Promise<boolean>;
  /** Stores a message; resolves only once it is committed. Throwing answers 451: the sender keeps it and retries. */
  deliver(raw: Buffer, recipients: string[]): Promise<void>;
  /** PEM certificate and key: STARTTLS is offered. */
  tls?: { cert: Buffer; key: Buffer };
  /** Only a client that AUTHenticates with these may send (a relay in front of us); over STARTTLS when tls is set. */
  auth?: { user: string; password: string };
};

export type SmtpListener = { port: number; close(): Promise<void> };

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/** Compares secrets in constant time (by their hashes, so lengths leak nothing either). */
function sameText(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Reads the DATA stream, keeping at most maxBytes (past that only counting, so a huge message costs no memory). */
function readData(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    stream.on("error", reject);
    stream.on("end", () => resolve(stream.sizeExceeded || size > maxBytes ? null : Buffer.concat(chunks)));
  });
}

/**
 * An SMTP server for inbound mail (smtp-server): unknown recipients get 550 at RCPT TO, a message over the size limit
 * 552 at the end of DATA, and 250 is answered only after `deliver` resolved — after the commit — so a message is never
 * acknowledged and then lost. STARTTLS is offered when given a certificate; AUTH, when configured, is required.
 */
export async function startSmtpListener(options: SmtpListenerOptions): Promise<SmtpListener> {
  const { tls, auth } = options;
  const server = new SMTPServer({
    // AUTH is asked for only when configured, and then required before MAIL FROM (530 otherwise).
    authOptional: !auth,
    authMethods: ["PLAIN", "LOGIN"],
    // With a certificate, a password travels only inside TLS; without one the operator chose a trusted network.
    allowInsecureAuth: !tls,
    disabledCommands: [...(tls ? [] : ["STARTTLS"]), ...(auth ? [] : ["AUTH"])],
    ...(tls ? { key: tls.key, cert: tls.cert } : {}),
    onAuth(credentials, _session, callback) {
      const ok =
        auth !== undefined &&
        sameText(credentials.username ?? "", auth.user) &&
        sameText(credentials.password ?? "", auth.password);
      callback(
        ok ? null : smtpError(535, "5.7.8 authentication credentials invalid"),
        ok ? { user: auth!.user } : undefined,
      );
    },
    size: options.maxBytes,
    // No reverse DNS of each connecting client: nothing reads its host name, and the lookup cost every connection a
    // resolver round trip before the greeting.
    disableReverseLookup: true,
    logger: false,
    banner: "Frontline mail",
    onRcptTo(address, _session, callback) {
      options.accepts(address.address).then(
        (ok) => callback(ok ? undefined : smtpError(550, `5.1.1 <${address.address}>: no such mailbox here`)),
        (error: unknown) => {
          options.log.error({ err: error }, "SMTP recipient check failed");
          callback(smtpError(451, "4.3.0 temporary failure, try again later"));
        },
      );
    },
    onData(stream, session, callback) {
      readData(stream, options.maxBytes)
        .then(async (raw) => {
          if (!raw) return callback(smtpError(552, `5.3.4 message larger than ${options.maxBytes} bytes`));
          await options.deliver(
            raw,
            session.envelope.rcptTo.map((r) => r.address),
          );
          callback();
        })
        .catch((error: unknown) => {
          options.log.error({ err: error }, "SMTP delivery failed; the sender will retry");
          callback(smtpError(451, "4.3.0 temporary failure, try again later"));
        });
    },
  });
  server.on("error", (error) => options.log.warn({ err: error }, "SMTP session error"));
  server.listen(options.port, options.host);
  await Promise.race([once(server.server, "listening"), once(server.server, "error").then(([e]) => Promise.reject(e))]);
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
