/** Subject rules of mail threading: reply and forward prefixes (several languages), counters, our ticket token. Pure. */

// Re:, AW:, Fwd:, FW:, WG:, SV:, Antw:, VS:, RIF:, TR:, with counters such as Re[3]: or Re(2): and any spacing.
const PREFIX = /^\s*(re|aw|fwd?|wg|sv|antw|vs|rif|tr|r)\s*(\[\d+\]|\(\d+\))?\s*:\s*/i;
const FORWARD = /^\s*(fwd?|wg|tr|vs)\s*(\[\d+\]|\(\d+\))?\s*:/i;
const TOKEN = /\[#(\d{1,12})\]/;

/** The ticket number in a `[#10001]` token of the subject, or null. */
export function ticketToken(subject: string): number | null {
  const match = TOKEN.exec(subject);
  if (!match) return null;
  const number = Number(match[1]);
  return Number.isSafeInteger(number) ? number : null;
}

/** Whether the mail is a forward (Fwd:, FW:, WG:, TR:): a forward of our notification starts a new request. */
export function isForward(subject: string): boolean {
  return FORWARD.test(subject);
}

/** The subject without reply/forward prefixes, counters and ticket tokens, whitespace folded, lower case. */
export function baseSubject(subject: string): string {
  let rest = subject.replace(TOKEN, " ");
  for (let previous = ""; previous !== rest;) {
    previous = rest;
    rest = rest.replace(PREFIX, "").trimStart();
  }
  return rest.replace(/\s+/g, " ").trim().toLowerCase();
}

/** The subject of mail we send about a ticket: its token first, then the ticket's subject. */
export function subjectWithToken(number: number, subject: string): string {
  return TOKEN.test(subject) ? subject : `[#${number}] ${subject}`;
}
