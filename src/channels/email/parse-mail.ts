import { createHash } from "node:crypto";
import { simpleParser, type AddressObject } from "mailparser";
import type sanitizeHtml from "sanitize-html";
import { splitQuotedHtml, splitQuotedText } from "./quoted-history.ts";

/** One inbound message, read by mailparser into what ingestion needs. */
export type ParsedMessage = {
  /** The Message-ID header, or `<sha256@missing>` of the bytes when there is none (so a redelivery is still one). */
  messageId: string;
  from: { address: string; name: string } | null;
  to: string[];
  cc: string[];
  subject: string;
  inReplyTo: string[];
  references: string[];
  /** Header lines by lower-case name, unfolded, every occurrence kept. */
  headers: Map<string, string[]>;
  contentType: string;
  text: string;
  /** The HTML part's new content (above any quoted history) after sanitize-html, or null when the mail had none. */
  html: string | null;
  /** The quoted history under it (quoted-history.ts): plain text and sanitised HTML ("" when none); never dropped. */
  quoted: { text: string; html: string };
  /** The plain text above the quoted history (`text` keeps all of it). */
  freshText: string;
  attachments: Array<{ filename: string; contentType: string; content: Buffer }>;
};

// What a mail's HTML may keep: formatting, links (http, https, mailto only) and inline images already turned into
// data: URIs by mailparser. Scripts, styles, event handlers and javascript: links go.
const sanitizeOptions = (sanitize: typeof sanitizeHtml): sanitizeHtml.IOptions => ({
  allowedTags: [...sanitize.defaults.allowedTags, "img", "span", "font", "center"],
  allowedAttributes: { a: ["href", "title"], img: ["src", "alt", "width", "height"], "*": ["dir", "lang"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["data", "cid"] },
  disallowedTagsMode: "discard",
});

let sanitizer: Promise<(html: string) => string> | undefined;

/**
 * The HTML a mail may show in the console: sanitize-html with our allow-list. Loaded on the first HTML mail (with
 * postcss and htmlparser2, a fifth of a second): `frontline mail ingest` of a plain-text mail never needs it.
 */
export function mailHtmlSanitizer(): Promise<(html: string) => string> {
  return (sanitizer ??= import("sanitize-html").then(({ default: sanitize }) => {
    const options = sanitizeOptions(sanitize);
    return (html: string) => sanitize(html, options);
  }));
}

// PostgreSQL text holds no NUL; a mail carrying one keeps everything else.
const storable = (text: string) => text.replace(/\u0000/g, "");

const ANGLE_IDS = /<[^<>\s]+>/g;

function ids(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(" ") : (value ?? "");
  return [...new Set(joined.match(ANGLE_IDS) ?? [])];
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const objects = value ? (Array.isArray(value) ? value : [value]) : [];
  return objects.flatMap((o) => o.value.flatMap((a) => (a.address ? [a.address.toLowerCase()] : [])));
}

function headerMap(lines: ReadonlyArray<{ key: string; line: string }>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { key, line } of lines) {
    const value = line
      .slice(line.indexOf(":") + 1)
      .replace(/\r?\n[ \t]+/g, " ")
      .trim();
    map.set(key.toLowerCase(), [...(map.get(key.toLowerCase()) ?? []), value]);
  }
  return map;
}

/** Parses raw RFC 5322 bytes; throws only when mailparser cannot read the message at all. */
export async function parseMail(raw: Buffer): Promise<ParsedMessage> {
  const mail = await simpleParser(raw, { skipTextToHtml: true, skipImageLinks: true, maxHtmlLengthToParse: 5_000_000 });
  const headers = headerMap(mail.headerLines);
  const sender = mail.from?.value.find((a) => a.address);
  const text = storable(mail.text ?? "");
  const textSplit = splitQuotedText(text);
  const htmlSplit = mail.html ? splitQuotedHtml(mail.html) : null;
  const sanitize = htmlSplit ? await mailHtmlSanitizer() : () => "";
  const messageId = ids(mail.messageId)[0] ?? `<${createHash("sha256").update(raw).digest("hex")}@missing>`;
  return {
    messageId: storable(messageId).slice(0, 995),
    from: sender?.address ? { address: sender.address.toLowerCase(), name: storable(sender.name ?? "") } : null,
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    subject: storable(mail.subject ?? "").trim(),
    inReplyTo: ids(mail.inReplyTo),
    references: ids(mail.references),
    headers,
    contentType: headers.get("content-type")?.[0] ?? "text/plain",
    text,
    freshText: textSplit.fresh,
    html: htmlSplit ? storable(sanitize(htmlSplit.fresh)) : null,
    quoted: { text: textSplit.quoted, html: htmlSplit?.quoted ? storable(sanitize(htmlSplit.quoted)) : "" },
    attachments: mail.attachments.map((a) => ({
      filename: storable(a.filename ?? ""),
      contentType: a.contentType,
      content: a.content,
    })),
  };
}
