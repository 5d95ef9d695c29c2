import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnvironment } from "../../src/config/config.ts";
import { createScratchPostgres } from "../support/db.ts";
import { freePort, startServer, type Server } from "../support/cli.ts";
import { buildChatWidget } from "../../bin/chat-build.js";

// A visitor chats with process A while the agent's console is on process B, both `frontline start` on one
// PostgreSQL database: every message crosses processes through LISTEN/NOTIFY, and the chat is a ticket whose
// replies are its transcript.

/** Reads server-sent events from a fetch body, handing each (event, data, id) on as it arrives. */
async function readEvents(response: Response, onEvent: (e: { event: string; data: string; id?: string }) => void) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
    if (done) return;
    buffer += value;
    let cut: number;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const field = (name: string) => new RegExp(`^${name}: ?(.*)$`, "m").exec(block)?.[1];
      const event = field("event");
      if (event) onEvent({ event, data: field("data") ?? "", ...(field("id") ? { id: field("id")! } : {}) });
    }
  }
}

async function until(check: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.runIf(testEnvironment().testDatabaseUrl)("web chat across two frontline processes", () => {
  const cwd = mkdtempSync(path.join(tmpdir(), "frontline-chat-"));
  const servers: Server[] = [];
  let a = "";
  let b = "";
  let session = { cookie: "", csrf: "" };
  const streams: AbortController[] = [];

  beforeAll(async () => {
    await buildChatWidget(path.resolve(import.meta.dirname, "..", ".."));
    const url = await createScratchPostgres("chat");
    const env = (port: string) => ({
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: "5",
      DATA_DIR: cwd,
      HOST: "127.0.0.1",
      SEED_DEMO: "true",
      LOG_LEVEL: "warn",
      PORT: port,
    });
    servers.push(startServer({ cwd, env: env(String(await freePort())) }));
    a = await servers[0]!.ready;
    servers.push(startServer({ cwd, env: env("0") }));
    b = await servers[1]!.ready;
  }, 120_000);

  afterAll(async () => {
    streams.forEach((s) => s.abort());
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(cwd, { recursive: true, force: true });
  });

  const api = async (
    base: string,
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const h: Record<string, string> = { cookie: session.cookie, ...headers };
    if (method !== "GET") h["x-csrf-token"] = session.csrf;
    if (body !== undefined) h["content-type"] = "application/json";
    const response = await fetch(`${base}${url}`, {
      method,
      headers: h,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, any> };
  };

  it("serves chat.js small enough to embed anywhere", async () => {
    const response = await fetch(`${a}/chat.js`, { headers: { "accept-encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("javascript");
    expect((await response.text()).length).toBeGreaterThan(1000);
  });

  it(
    "a visitor's message on A reaches the agent's stream on B, and the chat is a ticket with its transcript",
    { timeout: 60_000 },
    async () => {
      const login = await fetch(`${b}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "admin@frontline.example", password: "frontline-demo" }),
      });
      session = {
        cookie: /frontline_session=[^;]+/.exec(login.headers.get("set-cookie") ?? "")![0],
        csrf: ((await login.json()) as { csrfToken: string }).csrfToken,
      };
      // Support around the clock, so the test does not depend on the hour it runs at.
      const calendars = (await api(b, "GET", "/api/v1/sla/calendars")).body.items as Array<{
        id: string;
        current: { definition: { timezone: string } };
      }>;
      for (const c of calendars)
        expect(
          (
            await api(b, "PUT", `/api/v1/sla/calendars/${c.id}`, {
              definition: { timezone: c.current.definition.timezone, always: true },
            })
          ).status,
        ).toBe(200);
      let hours = { open: false };
      for (let i = 0; i < 40 && !hours.open; i++) {
        hours = (await api(a, "GET", "/api/v1/public/chat/hours")).body as { open: boolean };
        if (!hours.open) await new Promise((r) => setTimeout(r, 100));
      }
      expect(hours.open).toBe(true);

      const started = await api(a, "POST", "/api/v1/public/chat/sessions", {
        channel: "website",
        name: "Visitor Vee",
        email: "vee@example.com",
        message: "Printer on floor 3 is offline",
      });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
      const { chatId, token, ticketNumber } = started.body as { chatId: string; token: string; ticketNumber: number };

      expect((await api(b, "GET", "/api/v1/chats")).body.waiting.map((c: { id: string }) => c.id)).toContain(chatId);
      expect((await api(b, "POST", `/api/v1/chats/${chatId}/accept`)).status).toBe(200);

      const agentHeard: Array<{ event: string; data: string; id?: string }> = [];
      const agentAbort = new AbortController();
      streams.push(agentAbort);
      const agentStream = await fetch(`${b}/api/v1/chats/${chatId}/stream`, {
        headers: { cookie: session.cookie },
        signal: agentAbort.signal,
      });
      expect(agentStream.status).toBe(200);
      void readEvents(agentStream, (e) => agentHeard.push(e));
      const visitorHeard: Array<{ event: string; data: string; id?: string }> = [];
      const visitorAbort = new AbortController();
      streams.push(visitorAbort);
      const visitorStream = await fetch(`${a}/api/v1/public/chat/sessions/${chatId}/stream?token=${token}`, {
        signal: visitorAbort.signal,
      });
      void readEvents(visitorStream, (e) => visitorHeard.push(e));
      const messages = (heard: typeof agentHeard) =>
        heard.filter((e) => e.event === "message").map((e) => JSON.parse(e.data) as { body: string });

      await until(() => messages(agentHeard).length >= 2); // the first words, and "… joined"
      const said = await api(
        a,
        "POST",
        `/api/v1/public/chat/sessions/${chatId}/messages`,
        { body: "It shows error 0x6ba" },
        { "x-chat-token": token },
      );
      expect(said.status).toBe(201);
      await until(() => messages(agentHeard).some((m) => m.body === "It shows error 0x6ba"));
      const answered = await api(b, "POST", `/api/v1/chats/${chatId}/messages`, { body: "Restarting the spooler now" });
      expect(answered.status).toBe(201);
      await until(() => messages(visitorHeard).some((m) => m.body === "Restarting the spooler now"));
      const ids = agentHeard.filter((e) => e.event === "message").map((e) => Number(e.id));
      expect(ids).toEqual([...new Set(ids)].sort((x, y) => x - y));

      const ticket = await api(a, "GET", `/api/v1/tickets/${ticketNumber}`);
      expect(ticket.body).toMatchObject({ channel: "chat", subject: "Chat: Printer on floor 3 is offline" });
      const events = (await api(a, "GET", `/api/v1/tickets/${ticketNumber}/events`)).body.items as Array<{
        type: string;
        data: { body?: string };
      }>;
      expect(events.filter((e) => e.type === "replied").map((e) => e.data.body)).toEqual([
        "It shows error 0x6ba",
        "Restarting the spooler now",
      ]);
    },
  );
});
