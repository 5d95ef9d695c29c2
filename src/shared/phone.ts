/**
 * Telephone numbers as people type them: the one rule the server and the web app share (no imports, pure).
 *
 * Separators people use — spaces, dashes, dots, parentheses — are ignored; a number may start with "+" (or the
 * international prefix "00"); nothing else is allowed. Two numbers name the same line when their last 10 digits
 * agree (all digits when fewer): "+92 300 1234567", "0092 300 1234567" and the national "0300-1234567" are one
 * line, since every country's national significant number fits in the last 10 digits often enough for a
 * service desk's caller lookup.
 */

const SEPARATORS = /[\s\-.()]/g;

/** How many trailing digits decide whether two numbers are the same line. */
export const PHONE_MATCH_DIGITS = 10;

/** A contact number a person leaves (consultation form): 7–15 digits, ITU-T E.164's longest. */
export const PHONE_MIN_DIGITS = 7;
export const PHONE_MAX_DIGITS = 15;

/** A number an agent types to look a caller up: extensions are short, so 5 digits are enough. */
export const LOOKUP_MIN_DIGITS = 5;

/** The number without separators ("+923001234567", "03001234567"), or null when anything else is in it. */
export function compactPhone(value: string): string | null {
  const compact = value.trim().replace(SEPARATORS, "");
  return /^\+?\d+$/.test(compact) ? compact : null;
}

/** Only the digits of a number ("+92 (300) 123-4567" → "923001234567"). */
export function phoneDigits(value: string): string {
  return value.replace(/\D/g, "");
}

/** Whether a contact number is acceptable: 7–15 digits once separators are gone, an optional leading "+". */
export function isValidPhone(value: string): boolean {
  const compact = compactPhone(value);
  if (compact === null) return false;
  const digits = compact.replace("+", "").length;
  return digits >= PHONE_MIN_DIGITS && digits <= PHONE_MAX_DIGITS;
}

/** Why a contact number is refused, in words for the person who typed it (null when it is fine). */
export function phoneProblem(value: string): string | null {
  if (isValidPhone(value)) return null;
  if (compactPhone(value) === null) return "use only digits, spaces, dashes, dots, parentheses and a leading +";
  return `must have ${PHONE_MIN_DIGITS} to ${PHONE_MAX_DIGITS} digits`;
}

/**
 * A number as it is stored and compared: separators removed, "00" read as "+" ("0092 300…" → "+92300…").
 * Null when it is not a number at all or has fewer than `minDigits` digits.
 */
export function normalisePhone(value: string, minDigits = LOOKUP_MIN_DIGITS): string | null {
  const compact = compactPhone(value);
  if (compact === null) return null;
  const international = compact.startsWith("+") ? compact : compact.startsWith("00") ? `+${compact.slice(2)}` : compact;
  const digits = phoneDigits(international);
  if (digits.length < minDigits || digits.length > PHONE_MAX_DIGITS) return null;
  return international;
}

/** The part of a number that decides whether two numbers are the same line: its last 10 digits (all, when fewer). */
export function phoneMatchKey(value: string): string {
  return phoneDigits(value).slice(-PHONE_MATCH_DIGITS);
}

/** Whether two numbers name the same line (see phoneMatchKey). */
export function samePhone(a: string, b: string): boolean {
  const key = phoneMatchKey(a);
  return key.length > 0 && key === phoneMatchKey(b);
}
