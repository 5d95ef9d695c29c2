// Keyset paging: a cursor is the last row's sort value and id, base64url-encoded JSON, opaque to clients.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cursor that continues after a row with this sort value and id. */
export function encodeCursor(value: string | number, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString("base64url");
}

/**
 * The [value, id] of a cursor this API made, or undefined for anything else (forged, truncated, a value
 * `valid` refuses): callers answer that with their module's INVALID_CURSOR, never a database error.
 */
export function decodeCursor<V extends string | number>(
  cursor: string,
  valid: (value: unknown) => value is V,
): [V, string] | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[1] === "string" &&
      UUID.test(parsed[1]) &&
      valid(parsed[0])
    ) {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // not JSON: not ours
  }
  return undefined;
}

/** An ILIKE pattern matching `text` anywhere, with its own wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replaceAll("\\", "\\\\").replaceAll("%", "\\%").replaceAll("_", "\\_")}%`;
}
