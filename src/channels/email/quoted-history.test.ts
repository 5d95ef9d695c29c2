import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseMail } from "./parse-mail.ts";
import { splitQuotedHtml, splitQuotedText } from "./quoted-history.ts";

const fixture = (path: string) => readFileSync(new URL(`../../../test/fixtures/mail/${path}`, import.meta.url));

// Real mails (the mikel corpus; the quoted/ folder holds the clients' layouts as they write them), read as ingestion
// reads them: the new text above, the quoted history below, and nothing lost between them.
describe("quoted history in real mail", () => {
  it.each([
    [
      "quoted/outlook-divrplyfwdmsg.eml",
      "It works again, thank you.",
      "________________________________\nFrom: IT Service Desk",
      "It works again",
      "divRplyFwdMsg",
    ],
    [
      "quoted/gmail-quote.eml",
      "Still dropping at 11:00 and 12:00.",
      "On Mon, 2 Mar 2026 at 16:20",
      "Still dropping",
      "gmail_quote",
    ],
    ["quoted/on-wrote-plain.eml", "Monday is fine, she starts at 9.", "On Tue, Mar 3, 2026 at 5:02 PM", null, null],
    ["quoted/von-gesendet.eml", "Danke, jetzt klappt es.", "Von: IT Service Desk", null, null],
    ["quoted/original-message.eml", "It asked again this morning.", "-----Original Message-----", null, null],
    // Gmail forwarding with no words of its own: everything is quoted, and the view unfolds it.
    ["mikel-mail/mime_emails__two_from_in_message.eml", "When sending email:", "", "", "gmail_quote"],
  ])("%s", async (file, freshStart, quotedStart, htmlFresh, htmlMarker) => {
    const mail = await parseMail(fixture(file));
    expect(mail.freshText.trim().startsWith(freshStart)).toBe(true);
    expect(mail.quoted.text.trimStart().startsWith(quotedStart)).toBe(true);
    expect(mail.freshText + mail.quoted.text).toBe(mail.text);
    if (htmlFresh !== null) {
      expect(mail.html).toContain(htmlFresh);
      expect(mail.quoted.html).not.toBe("");
      expect(mail.html).not.toMatch(/On Mon, 2 Mar|From:<\/b>/);
    }
    if (htmlMarker) expect(mail.quoted.html).not.toContain(htmlMarker); // sanitised, like the new part
  });
});

describe("splitting plain text", () => {
  it.each([
    ["no quote at all", "Printer is offline.\nSince 9.", "Printer is offline.\nSince 9.", ""],
    [
      "an attribution wrapped before wrote:",
      "Yes.\n\nOn Mon, 2 Mar 2026 at 16:20, Desk <d@x.example>\nwrote:\n> ok",
      "Yes.\n\n",
      "On Mon",
    ],
    ["German Am … schrieb:", "Ja.\nAm 02.03.2026 um 16:20 schrieb Desk <d@x.example>:\n> ok", "Ja.\n", "Am 02.03"],
    ["a closing block of > lines", "Agreed.\n\n> earlier text\n> more\n", "Agreed.\n\n", "> earlier"],
    [
      "inline answers between quotes stay fresh",
      "> question one\nanswer one\n> question two\nanswer two",
      "> question one\nanswer one\n> question two\nanswer two",
      "",
    ],
    [
      "a From: line alone is not a header block",
      "From: now on it fails\nevery day",
      "From: now on it fails\nevery day",
      "",
    ],
  ])("%s", (_, text, fresh, quotedStart) => {
    const split = splitQuotedText(text);
    expect(split.fresh).toBe(fresh);
    expect(split.quoted.startsWith(quotedStart)).toBe(true);
    expect(split.fresh + split.quoted).toBe(text);
  });

  it("cuts HTML at the earliest marker and keeps both halves", () => {
    const html = '<p>New</p><blockquote type="cite"><p>Old</p></blockquote>';
    expect(splitQuotedHtml(html)).toEqual({
      fresh: "<p>New</p>",
      quoted: '<blockquote type="cite"><p>Old</p></blockquote>',
    });
    expect(splitQuotedHtml("<p>Only new</p>")).toEqual({ fresh: "<p>Only new</p>", quoted: "" });
  });
});
