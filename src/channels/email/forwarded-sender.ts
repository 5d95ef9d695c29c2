// The header lines mail clients write above forwarded content, in the languages our desks see: From (en), Von (de),
// De (fr/es/pt), Da (it), Van (nl), Från/Fra (sv/da/no), Od (pl), and the asterisks Outlook's plain text adds.
const FROM_LINE = /^[>\s*]*(?:from|von|de|da|van|från|fra|od)\s*:[*\s]*(.*)$/i;
const ADDRESS = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/**
 * The address of the first sender named in a mail's forwarded or quoted content ("From: Sana <sana@x.example>"),
 * skipping the addresses given (the forwarding agent, our mailboxes); null when the text names none. Pure.
 */
export function forwardedSender(text: string, skip: readonly string[] = []): string | null {
  const skipped = new Set(skip.map((a) => a.toLowerCase()));
  for (const line of text.split(/\r?\n/)) {
    const header = FROM_LINE.exec(line);
    const address = header ? ADDRESS.exec(header[1]!)?.[0].toLowerCase() : undefined;
    if (address && !skipped.has(address)) return address;
  }
  return null;
}
