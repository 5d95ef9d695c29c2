/**
 * A LISTEN that outlives its connection. PostgreSQL drops a listening connection on a restart, a failover or
 * `pg_terminate_backend`; nothing is queued for a listener while it is away, so the subscription reconnects by
 * itself (capped exponential backoff with jitter) and says so, and its owner decides what the gap cost
 * (the reference cache drops everything; live streams only log it).
 */

/** What a subscriber hears about its connection besides the messages. */
export type ListenEvents = {
  /** The connection dropped; reconnecting has begun. */
  onLost?(error: unknown): void;
  /** A reconnect attempt failed; the next one waits `delayMs`. */
  onRetry?(error: unknown, next: { attempt: number; delayMs: number }): void;
  /** LISTEN is in force again after a loss: anything sent in between was missed. */
  onRestored?(info: { attempts: number; downMs: number }): void;
};

export type Backoff = {
  /** The first wait. */
  baseMs: number;
  /** No wait is longer than this. */
  capMs: number;
  /** Uniform in [0, 1); injected by tests. */
  random?: () => number;
};

export const LISTEN_BACKOFF: Backoff = { baseMs: 100, capMs: 30_000 };

/**
 * The wait before reconnect attempt `attempt` (0-based): half of the capped exponential bound plus a random
 * share of the other half ("equal jitter"), so waits grow yet processes that lost the same server spread out.
 */
export function backoffDelay(attempt: number, backoff: Backoff): number {
  const bound = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(bound / 2 + (backoff.random ?? Math.random)() * (bound / 2));
}

/** One listening connection: `end` closes it on purpose; the connector calls `onEnd` when it ends otherwise. */
export type ListenConnection = { end(): Promise<void> };
export type ListenConnector = (
  onMessage: (payload: string) => void,
  onEnd: (error?: unknown) => void,
) => Promise<ListenConnection>;

/**
 * Opens a LISTEN through `connect` (its first failure is the caller's) and keeps it open until the returned stop
 * is called: whenever the connection ends by itself, it reconnects after `backoffDelay`, attempt after attempt.
 */
export async function resilientListen(
  connect: ListenConnector,
  onMessage: (payload: string) => void,
  events: ListenEvents = {},
  backoff: Backoff = LISTEN_BACKOFF,
): Promise<() => Promise<void>> {
  let stopped = false;
  let current: ListenConnection | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const open = async (onGone: (error?: unknown) => void) => {
    let ended = false;
    const conn = await connect(onMessage, (error) => {
      // One loss per connection, and none for a connection we closed ourselves.
      if (ended || stopped) return;
      ended = true;
      if (current === conn) current = undefined;
      onGone(error);
    });
    return conn;
  };

  const retry = (attempt: number, since: number, lastError: unknown, report: boolean) => {
    const delayMs = backoffDelay(attempt, backoff);
    if (report) events.onRetry?.(lastError, { attempt: attempt + 1, delayMs });
    timer = setTimeout(() => {
      timer = undefined;
      if (stopped) return;
      open(lost)
        .then(async (conn) => {
          if (stopped) return conn.end();
          current = conn;
          events.onRestored?.({ attempts: attempt + 1, downMs: Date.now() - since });
        })
        .catch((error: unknown) => {
          if (!stopped) retry(attempt + 1, since, error, true);
        });
    }, delayMs);
    // A process on its way out does not wait for a reconnect.
    timer.unref?.();
  };

  function lost(error?: unknown) {
    events.onLost?.(error);
    retry(0, Date.now(), error, false);
  }

  current = await open(lost);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const conn = current;
    current = undefined;
    await conn?.end();
  };
}
