import { randomUUID } from "node:crypto";

export type EmlOptions = {
  from?: string | null;
  to?: string;
  cc?: string;
  subject?: string;
  messageId?: string | null;
  inReplyTo?: string;
  references?: string;
  headers?: Record<string, string>;
  text?: string;
  html?: string;
  attachments?: Array<{ filename: string; contentType: string; content: Buffer }>;
};

/** A raw RFC 5322 message built by hand for tests that pin exact cases (the corpus in test/fixtures/mail has real ones). */
export function eml(options: EmlOptions = {}): Buffer {
  const head: string[] = [];
  if (options.from !== null) head.push(`From: ${options.from ?? "Ali Raza <ali.raza@indus-textiles.example>"}`);
  head.push(`To: ${options.to ?? "support@frontline.example"}`);
  if (options.cc) head.push(`Cc: ${options.cc}`);
  head.push(`Subject: ${options.subject ?? "Printer on floor 3 is offline"}`);
  head.push("Date: Mon, 02 Mar 2026 09:00:00 +0500");
  if (options.messageId !== null) head.push(`Message-ID: ${options.messageId ?? `<${randomUUID()}@client.example>`}`);
  if (options.inReplyTo) head.push(`In-Reply-To: ${options.inReplyTo}`);
  if (options.references) head.push(`References: ${options.references}`);
  for (const [name, value] of Object.entries(options.headers ?? {})) head.push(`${name}: ${value}`);
  head.push("MIME-Version: 1.0");
  const text = options.text ?? "Nobody on the floor can print since 9:00.";
  const parts: string[] = [];
  const boundary = `b-${randomUUID()}`;
  if (!options.html && !options.attachments?.length) {
    head.push("Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit");
    return Buffer.from(`${head.join("\r\n")}\r\n\r\n${text}\r\n`);
  }
  head.push(`Content-Type: multipart/mixed; boundary="${boundary}"`);
  parts.push(`Content-Type: text/plain; charset=utf-8\r\n\r\n${text}`);
  if (options.html) parts.push(`Content-Type: text/html; charset=utf-8\r\n\r\n${options.html}`);
  for (const file of options.attachments ?? []) {
    parts.push(
      `Content-Type: ${file.contentType}; name="${file.filename}"\r\nContent-Disposition: attachment; filename="${file.filename}"\r\n` +
        `Content-Transfer-Encoding: base64\r\n\r\n${file.content.toString("base64").replace(/.{76}/g, "$&\r\n")}`,
    );
  }
  const body = parts.map((p) => `--${boundary}\r\n${p}\r\n`).join("") + `--${boundary}--\r\n`;
  return Buffer.from(`${head.join("\r\n")}\r\n\r\n${body}`);
}
