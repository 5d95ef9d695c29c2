import http from "node:http";
import type { Browser } from "./http.ts";

export type Frame = { event: string; data: Record<string, unknown> };

/** An open GET /api/v1/live read frame by frame, as EventSource would. */
export type Stream = {
  status: number;
  headers: http.IncomingHttpHeaders;
  frames: Frame[];
  /** Everything received, raw. */
  text(): string;
  /** Resolves once a frame matching `pick` arrived. */
  waitFor(pick: (f: Frame) => boolean, what?: string): Promise<Frame>;
  /** Resolves when the server ended the stream. */
  ended: Promise<void>;
  /** The client goes away (closes its connection). */
  abort(): void;
};

/** Opens the stream over a connection of its own (node:http, no pooling: closing it is a real disconnect). */
export async function openStream(base: string, as: Browser | string): Promise<Stream> {
  const headers = typeof as === "string" ? { authorization: `Bearer ${as}` } : { cookie: as.cookie };
  const request = http.get(`${base}/api/v1/live`, { headers, agent: false });
  const response = await new Promise<http.IncomingMessage>((resolve, reject) =>
    request.once("response", resolve).once("error", reject),
  );
  response.setEncoding("utf8");
  const frames: Frame[] = [];
  let raw = "";
  let buffer = "";
  const waiters = new Set<() => void>();
  response.on("data", (text: string) => {
    raw += text;
    buffer += text;
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) frames.push({ event, data: JSON.parse(data) as Record<string, unknown> });
    }
    waiters.forEach((w) => w());
  });
  const ended = new Promise<void>((resolve) => response.once("close", resolve).once("end", resolve));
  const until = <T>(found: () => T | undefined, what: string) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting for ${what}; got ${JSON.stringify(frames)}`)),
        10_000,
      );
      const check = () => {
        const value = found();
        if (value === undefined) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(value);
      };
      waiters.add(check);
      check();
    });
  // Subscribed once the stream has begun: its first line is the reconnection delay.
  if (response.statusCode === 200)
    await until(() => (raw.includes("retry: 3000\n\n") ? true : undefined), "the stream to begin");
  else await ended;
  return {
    status: response.statusCode ?? 0,
    headers: response.headers,
    frames,
    text: () => raw,
    waitFor: (pick, what = "a frame") => until(() => frames.find(pick), what),
    ended,
    abort: () => request.destroy(),
  };
}
