// Which bytes of a stored video a GET answers with, by RFC 9110 §14: a single byte range is served as 206; a
// range that starts past the end is 416; a Range header the grammar does not match, one in another unit, or a
// multi-range request is ignored (RFC 9110 §14.2 lets a server ignore Range), so the whole file is sent as 200.
// Pure.

export type RangeAnswer =
  { kind: "full" } | { kind: "partial"; start: number; end: number } | { kind: "unsatisfiable" };

const SINGLE_RANGE = /^bytes[ \t]*=[ \t]*(\d*)[ \t]*-[ \t]*(\d*)[ \t]*$/i;

/** The part of a `size`-byte representation a Range header asks for; `end` is inclusive. */
export function resolveRange(header: string | undefined, size: number): RangeAnswer {
  if (header === undefined) return { kind: "full" };
  const match = SINGLE_RANGE.exec(header);
  if (!match) return { kind: "full" };
  const [, first, last] = match as unknown as [string, string, string];
  if (first === "" && last === "") return { kind: "full" };
  if (first === "") {
    // A suffix range: the last N bytes (all of them when N exceeds the size); bytes=-0 asks for nothing.
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? Number.MAX_SAFE_INTEGER : Number(last);
  // Digits too long for a safe integer, or a last byte before the first: not a valid byte-range-spec.
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end < start) return { kind: "full" };
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", start, end: Math.min(end, size - 1) };
}

/**
 * Whether an If-Range precondition still holds: a strong ETag must match exactly, an HTTP date must equal the
 * last modification to the second. When it does not, the range is ignored and the whole new file sent.
 */
export function ifRangeHolds(ifRange: string | undefined, etag: string, lastModified: Date): boolean {
  if (ifRange === undefined) return true;
  const value = ifRange.trim();
  if (value.startsWith('"') || value.startsWith("W/")) return value === etag;
  const date = Date.parse(value);
  return !Number.isNaN(date) && Math.floor(date / 1000) === Math.floor(lastModified.getTime() / 1000);
}
