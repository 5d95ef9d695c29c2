import type { Deps } from "../../context.ts";
import { chatError } from "./chat.errors.ts";
import type { ChatNotice } from "./chat.live.ts";
import { CHAT_PAGE } from "./read-chat.ts";
import { listChatMessagesUnscoped, type ChatMessageRow, type ChatRow } from "./chat.store.ts";

/** Where a stream's text goes (the HTTP response). */
export type ChatSink = { begin(): void; write(chunk: string): void; buffered(): number; end(): void };

export type ChatStreamOptions = {
  /** Open streams of one chat in this process (a visitor's tabs, the agent's console): more is a flood. */
  maxPerChat: number;
  keepaliveMs: number;
  retryMs: number;
  maxBufferedBytes: number;
  maxLifetimeMs: number;
};

export const CHAT_STREAM_DEFAULTS: ChatStreamOptions = {
  maxPerChat: 6,
  keepaliveMs: 25_000,
  retryMs: 2_000,
  maxBufferedBytes: 1_048_576,
  maxLifetimeMs: 30 * 60_000,
};

/** A chat message as streams and reads show it. */
export function presentChatMessage(m: ChatMessageRow) {
  return {
    id: m.id,
    sender: m.sender,
    senderName: m.senderName,
    body: m.body,
    attachments: m.attachments,
    createdAt: m.createdAt.toISOString(),
  };
}

const frame = (event: string, data: unknown, id?: number) =>
  `${id === undefined ? "" : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * The chat streams of this process. A stream first subscribes to the process's chat hub (one LISTEN shared by all),
 * then sends every message after the id the client already has (`?after=` or `Last-Event-ID`), then each new one as a
 * notice says it was committed — always by reading the chat's messages after the last id it sent, so a message is
 * never skipped nor sent twice, whichever process wrote it and however notices interleave. Each message is an SSE
 * `event: message` whose `id:` is its server id; `typing` (the other side's) and `state` events are not stored.
 */
export function chatStreams(deps: Pick<Deps, "db" | "chatLive">, options: Partial<ChatStreamOptions> = {}) {
  const o = { ...CHAT_STREAM_DEFAULTS, ...options };
  const open = new Set<() => void>();
  const perChat = new Map<string, number>();
  let shuttingDown = false;

  async function openStream(chat: ChatRow, reader: "visitor" | "agent", afterId: number, sink: ChatSink) {
    const held = perChat.get(chat.id) ?? 0;
    if (held >= o.maxPerChat || shuttingDown) throw chatError("CHAT_STREAMS_EXCEEDED");
    perChat.set(chat.id, held + 1);
    let closed = false;
    let begun = false;
    let last = afterId;
    let pumping: Promise<void> | undefined;
    let again = false;
    const timers: NodeJS.Timeout[] = [];
    let unsubscribe: (() => void) | undefined;

    const close = () => {
      if (closed) return;
      closed = true;
      open.delete(close);
      const left = (perChat.get(chat.id) ?? 1) - 1;
      if (left > 0) perChat.set(chat.id, left);
      else perChat.delete(chat.id);
      timers.forEach(clearTimeout);
      unsubscribe?.();
      if (begun) sink.end();
    };
    const send = (chunk: string) => {
      if (closed || !begun) return;
      sink.write(chunk);
      if (sink.buffered() > o.maxBufferedBytes) close();
    };
    // One read at a time; a notice during a read asks for one more read after it.
    const pump = (): Promise<void> => {
      if (pumping) {
        again = true;
        return pumping;
      }
      pumping = (async () => {
        do {
          again = false;
          for (;;) {
            const batch = await listChatMessagesUnscoped(deps.db, chat.id, last, CHAT_PAGE);
            for (const m of batch) {
              if (closed) return;
              send(frame("message", presentChatMessage(m), m.id));
              last = m.id;
            }
            if (batch.length < CHAT_PAGE) break;
          }
        } while (again && !closed);
      })()
        .catch(() => close())
        .finally(() => (pumping = undefined));
      return pumping;
    };
    const hear = (notice: ChatNotice) => {
      if (notice.chatId !== chat.id) return;
      if (notice.kind === "message") {
        if (notice.id > last) void pump();
      } else if (notice.kind === "typing") {
        if (notice.sender !== reader) send(frame("typing", { sender: notice.sender, name: notice.name }));
      } else {
        send(frame("state", { state: notice.state }));
        if (notice.state === "ended") void pump().then(close);
      }
    };

    try {
      unsubscribe = await deps.chatLive.subscribe(hear);
    } catch (error) {
      close();
      throw Object.assign(chatError("CHAT_LIVE_UNAVAILABLE"), { cause: error });
    }
    open.add(close);
    sink.begin();
    begun = true;
    sink.write(`retry: ${o.retryMs}\n\n`);
    send(frame("state", { state: chat.state }));
    await pump();
    const keepalive = setInterval(() => send(": keepalive\n\n"), o.keepaliveMs);
    keepalive.unref();
    timers.push(keepalive, setTimeout(close, o.maxLifetimeMs * (0.9 + Math.random() * 0.2)));
    timers.at(-1)!.unref();
    return close;
  }

  /** The agents' queue, live: `event: queue` (`data: {chatId, state}`) whenever a chat starts, is taken, passed on or ends. */
  async function openQueue(sink: ChatSink) {
    let closed = false;
    let unsubscribe: (() => void) | undefined;
    const timers: NodeJS.Timeout[] = [];
    const close = () => {
      if (closed) return;
      closed = true;
      open.delete(close);
      timers.forEach(clearTimeout);
      unsubscribe?.();
      sink.end();
    };
    const send = (chunk: string) => {
      if (closed) return;
      sink.write(chunk);
      if (sink.buffered() > o.maxBufferedBytes) close();
    };
    if (shuttingDown) throw chatError("CHAT_LIVE_UNAVAILABLE");
    try {
      unsubscribe = await deps.chatLive.subscribe((n) => {
        if (n.kind === "state") send(frame("queue", { chatId: n.chatId, state: n.state }));
      });
    } catch (error) {
      throw Object.assign(chatError("CHAT_LIVE_UNAVAILABLE"), { cause: error });
    }
    open.add(close);
    sink.begin();
    sink.write(`retry: ${o.retryMs}\n\n`);
    const keepalive = setInterval(() => send(": keepalive\n\n"), o.keepaliveMs);
    keepalive.unref();
    timers.push(keepalive, setTimeout(close, o.maxLifetimeMs * (0.9 + Math.random() * 0.2)));
    timers.at(-1)!.unref();
    return close;
  }

  return {
    open: openStream,
    openQueue,
    closeAll() {
      shuttingDown = true;
      for (const close of [...open]) close();
    },
    count: () => open.size,
  };
}
