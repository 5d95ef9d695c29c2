import type { Actor } from "../../identity/actor.ts";
import type { LiveHub } from "../../platform/live/live-hub.ts";
import { agentToolError } from "../agent-tools.errors.ts";
import { authorizeTool } from "../agent-tools.policy.ts";
import { liveFrameFor, type LiveMessage } from "./live.ts";

/** Where a stream's text goes: the HTTP response, seen through what the registry needs of it. */
export type StreamSink = {
  /** Sends the status line and headers (called once, before the first write). */
  begin(): void;
  write(chunk: string): void;
  /** Bytes written but not yet taken by the client (a stuck reader is cut off past a limit). */
  buffered(): number;
  end(): void;
};

export type LiveStreamOptions = {
  /** Concurrent streams one person may hold in this process. */
  maxPerPerson: number;
  /** How often a comment line keeps proxies and the browser from timing the stream out. */
  keepaliveMs: number;
  /** The reconnection delay sent to EventSource. */
  retryMs: number;
  /** A client this far behind is disconnected (it reconnects and refetches). */
  maxBufferedBytes: number;
  /**
   * A stream is ended after about this long (±10 %, so a crowd does not reconnect at once): EventSource
   * reconnects, and signs in again, so a revoked session, a deactivated person or new group memberships
   * take effect without the stream trusting its first answer for ever.
   */
  maxLifetimeMs: number;
};

export const LIVE_STREAM_DEFAULTS: LiveStreamOptions = {
  maxPerPerson: 10,
  keepaliveMs: 25_000,
  retryMs: 3_000,
  maxBufferedBytes: 1_048_576,
  maxLifetimeMs: 30 * 60_000,
};

export type LiveStreams = {
  /**
   * Opens a stream for the actor: subscribes to the process's hub, then begins the response with the retry
   * delay, and from then on writes each message the actor may see, and a keepalive comment now and then.
   * Resolves to the stream's close (idempotent; also ends the response). Throws TOO_MANY_STREAMS past the bound.
   */
  open(actor: Actor, sink: StreamSink): Promise<() => void>;
  /** Ends every open stream and refuses new ones (the server is closing). */
  closeAll(): void;
  /** Open streams, in all or of one person. */
  count(personId?: string): number;
};

export function liveStreams(hub: LiveHub<LiveMessage>, options: Partial<LiveStreamOptions> = {}): LiveStreams {
  const o = { ...LIVE_STREAM_DEFAULTS, ...options };
  const open = new Set<() => void>();
  const perPerson = new Map<string, number>();
  let shuttingDown = false;

  const release = (personId: string) => {
    const left = (perPerson.get(personId) ?? 1) - 1;
    if (left > 0) perPerson.set(personId, left);
    else perPerson.delete(personId);
  };

  return {
    async open(actor, sink) {
      authorizeTool(actor, "live.read");
      const held = perPerson.get(actor.personId) ?? 0;
      if (held >= o.maxPerPerson) throw agentToolError("TOO_MANY_STREAMS", undefined, { limit: o.maxPerPerson });
      perPerson.set(actor.personId, held + 1);

      let closed = false;
      let begun = false;
      // Messages heard between the LISTEN taking effect and the response beginning wait here.
      const early: string[] = [];
      let unsubscribe: (() => void) | undefined;
      let keepalive: NodeJS.Timeout | undefined;
      let expiry: NodeJS.Timeout | undefined;

      const close = () => {
        if (closed) return;
        closed = true;
        open.delete(close);
        release(actor.personId);
        if (keepalive) clearInterval(keepalive);
        if (expiry) clearTimeout(expiry);
        unsubscribe?.();
        if (begun) sink.end();
      };
      const send = (chunk: string) => {
        if (closed) return;
        if (!begun) {
          early.push(chunk);
          return;
        }
        sink.write(chunk);
        if (sink.buffered() > o.maxBufferedBytes) close();
      };

      try {
        unsubscribe = await hub.subscribe((message) => {
          const frame = liveFrameFor(actor, message);
          if (frame) send(frame);
        });
      } catch (error) {
        close();
        // The database did not take the LISTEN (or the server is closing): 503, with the cause logged.
        throw Object.assign(agentToolError("LIVE_UNAVAILABLE"), { cause: error });
      }
      if (shuttingDown) {
        // The server began closing while this stream was being set up: it must not hold the close up.
        close();
        throw agentToolError("LIVE_UNAVAILABLE");
      }
      open.add(close);
      sink.begin();
      begun = true;
      sink.write(`retry: ${o.retryMs}\n\n`);
      for (const chunk of early.splice(0)) send(chunk);
      keepalive = setInterval(() => send(": keepalive\n\n"), o.keepaliveMs);
      keepalive.unref();
      expiry = setTimeout(close, o.maxLifetimeMs * (0.9 + Math.random() * 0.2));
      expiry.unref();
      return close;
    },
    closeAll() {
      shuttingDown = true;
      for (const close of [...open]) close();
    },
    count(personId) {
      return personId === undefined ? open.size : (perPerson.get(personId) ?? 0);
    },
  };
}
