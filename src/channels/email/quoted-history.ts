/** A mail body cut where its quoted history begins: what the sender wrote now, and what they quoted under it. */
export type SplitBody = { fresh: string; quoted: string };

// Lines that open quoted history in plain text, as the common mail clients write them.
const ORIGINAL_MESSAGE = /^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine)\s*-{2,}\s*$/i;
// "On <date>, <name> wrote:", "Am <date> schrieb <name>:", "Le <date>, <name> a écrit :".
const ON_WROTE = /^\s*(?:on|am|le|el)\s.{4,300}(?:wrote|schrieb|a écrit|escribió)(?:\s.{0,200})?\s*:\s*$/i;
const ON_START = /^\s*(?:on|am|le|el)\s.{4,200}$/i;
// An Outlook header block: From/Von/De followed within three lines by Sent/Gesendet/Date/Envoyé.
const HEADER_FROM = /^[\s*>]*(?:from|von|de)\s*:/i;
const HEADER_SENT = /^[\s*>]*(?:sent|gesendet|date|datum|envoyé)\s*:/i;
const RULE = /^\s*_{10,}\s*$/;

/** Where quoted history starts in plain text (a line index), or -1. Pure. */
function quoteLine(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (ORIGINAL_MESSAGE.test(line) || ON_WROTE.test(line)) return i;
    // "On Mon, 2 Mar 2026 at 16:20, Name <address>" wrapped before "wrote:".
    if (ON_START.test(line) && /^\s*\S*\s*(?:wrote|schrieb|a écrit|escribió)\s*:\s*$/i.test(lines[i + 1] ?? ""))
      return i;
    if (HEADER_FROM.test(line) && lines.slice(i + 1, i + 4).some((l) => HEADER_SENT.test(l))) {
      return i > 0 && RULE.test(lines[i - 1]!) ? i - 1 : i;
    }
  }
  // No attribution line: a closing block of "> " lines is the quote (inline answers between quotes stay fresh).
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]!.startsWith(">")) start = i;
    else if (lines[i]!.trim() !== "") break;
  }
  return start < lines.length ? start : -1;
}

/** Splits a plain-text body at its quoted history; fresh + quoted is the text given (nothing is dropped). Pure. */
export function splitQuotedText(text: string): SplitBody {
  const lines = text.split("\n");
  const at = quoteLine(lines);
  if (at < 0) return { fresh: text, quoted: "" };
  const offset = lines.slice(0, at).reduce((n, l) => n + l.length + 1, 0);
  return { fresh: text.slice(0, offset), quoted: text.slice(offset) };
}

// Where HTML quoted history begins: Outlook's reply header (and the rule before it), Gmail's quote, Apple Mail's
// cited blockquote, Thunderbird's moz-cite-prefix, and the plain "-----Original Message-----" inside HTML.
const HTML_MARKERS = [
  /<hr[^>]*>\s*(?=<div[^>]*\bid=["']?divRplyFwdMsg)/i,
  /<div[^>]*\bid=["']?divRplyFwdMsg/i,
  /<div[^>]*\bclass=["'][^"']*\bgmail_quote\b/i,
  /<blockquote[^>]*\btype=["']?cite/i,
  /<div[^>]*\bclass=["'][^"']*\bmoz-cite-prefix\b/i,
  /-{2,}\s*Original Message\s*-{2,}/i,
];

/**
 * Splits raw (unsanitised) HTML at its quoted history: the markers are classes and ids that sanitising removes, so
 * this runs first and each half is sanitised on its own (which also closes the tags the cut left open). Pure.
 */
export function splitQuotedHtml(html: string): SplitBody {
  const starts = HTML_MARKERS.map((m) => m.exec(html)?.index ?? -1).filter((i) => i >= 0);
  if (starts.length === 0) return { fresh: html, quoted: "" };
  const at = Math.min(...starts);
  return { fresh: html.slice(0, at), quoted: html.slice(at) };
}
