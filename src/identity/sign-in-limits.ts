/** Sign-in throttling: when an account or a client may try a password again, from the failures it has left. */

export type SignInLimits = {
  /** Failures allowed to one account within the window. */
  perAccount: number;
  /** Failures allowed from one client address within the window. */
  perClient: number;
  windowMs: number;
};

/**
 * The instant a subject (account or client) may try again, or null if it may try now. `failures` are its other
 * failures still in the window, newest first: with `limit` of them, it waits until the limit-th newest is a whole
 * window old. Only failures count, so people who type their password right are never slowed down.
 */
export function throttledUntil(failures: readonly Date[], limit: number, windowMs: number, now: Date): Date | null {
  const oldestThatCounts = failures[limit - 1];
  if (!oldestThatCounts) return null;
  const until = new Date(oldestThatCounts.getTime() + windowMs);
  return until > now ? until : null;
}

/** Whole seconds from now until an instant, at least 1 (the Retry-After header). */
export function retryAfterSeconds(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}
