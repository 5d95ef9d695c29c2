/**
 * A per-process fan-out of one NOTIFY channel: at most one LISTEN per process, shared by every subscriber
 * (e.g. each open server-sent-events stream). The LISTEN starts with the first subscriber and stops when the
 * last one leaves, so a process with nobody watching holds no connection for it. Payloads are decoded once
 * per notification, then handed to every subscriber; what a subscriber may see is its own business.
 * Nothing here knows the domain: the channel and the decoder are passed in.
 */

import type { ListenEvents } from "../db/resilient-listen.ts";

/** Where notifications come from: `Database.listen` (PostgreSQL or PGlite), which reconnects by itself. */
export type NotificationSource = {
  listen(channel: string, onMessage: (payload: string) => void, events?: ListenEvents): Promise<() => Promise<void>>;
};

export type LiveListener<T> = (message: T) => void;

export type LiveHub<T> = {
  /** Adds a listener; resolves once the LISTEN is active (so nothing committed afterwards is missed) to its removal. */
  subscribe(listener: LiveListener<T>): Promise<() => void>;
  /** How many listeners are subscribed now. */
  size(): number;
  /** Drops every listener and stops listening; later subscriptions are refused. */
  close(): Promise<void>;
};

export type LiveHubOptions<T> = {
  channel: string;
  /** Turns a payload into a message, or undefined to drop it (malformed, or from a newer version). */
  decode(payload: string): T | undefined;
  /** Told about a listener that threw or a LISTEN that could not be stopped; the others carry on. */
  onError?(error: unknown): void;
  /** Told when the LISTEN connection drops and comes back (messages in between are lost; subscribers stay). */
  connection?: ListenEvents;
};

type Stop = () => Promise<void>;

export function liveHub<T>(source: NotificationSource, options: LiveHubOptions<T>): LiveHub<T> {
  const listeners = new Set<LiveListener<T>>();
  const report = options.onError ?? (() => undefined);
  // The LISTEN in force (or starting); starts and stops run one after the other through `queue`.
  let active: Promise<Stop> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const dispatch = (payload: string) => {
    let message: T | undefined;
    try {
      message = options.decode(payload);
    } catch (error) {
      report(error);
      return;
    }
    if (message === undefined) return;
    for (const listener of [...listeners]) {
      try {
        listener(message);
      } catch (error) {
        report(error);
      }
    }
  };

  const start = (): Promise<Stop> => {
    const starting = queue.then(() => source.listen(options.channel, dispatch, options.connection));
    queue = starting.catch(() => undefined);
    return starting;
  };

  const stop = () => {
    const current = active;
    active = undefined;
    if (!current) return;
    queue = queue
      .then(() => current)
      .then((unlisten) => unlisten())
      .catch(report);
  };

  return {
    async subscribe(listener) {
      if (closed) throw new Error("the live hub is closed");
      listeners.add(listener);
      const starting = (active ??= start());
      try {
        await starting;
      } catch (error) {
        listeners.delete(listener);
        // A failed start is forgotten, so the next subscriber tries again.
        if (active === starting) active = undefined;
        throw error;
      }
      if (closed) {
        listeners.delete(listener);
        throw new Error("the live hub is closed");
      }
      let removed = false;
      return () => {
        if (removed) return;
        removed = true;
        listeners.delete(listener);
        if (listeners.size === 0) stop();
      };
    },
    size: () => listeners.size,
    async close() {
      closed = true;
      listeners.clear();
      stop();
      await queue;
    },
  };
}
