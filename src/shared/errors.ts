/**
 * The failure kinds every module maps its error codes onto. Domain code says what went wrong
 * (a kind and a stable code); only platform/http turns kinds into HTTP statuses.
 */
export type ErrorKind =
  | "invalid" // the input breaks a rule
  | "unauthenticated"
  | "forbidden" // signed in, but not allowed
  | "not_found" // missing, or not visible to the caller (never leak existence)
  | "conflict" // stale version or duplicate
  | "too_large"
  | "rate_limited"
  | "gone" // existed, but is used up or expired for good (a single-use link)
  | "unavailable";

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    /** JSON pointer-ish path of the offending input field, e.g. "body.priority". */
    readonly field?: string,
    /** Extra machine-readable detail returned to the client (e.g. the current ticket on a conflict). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
