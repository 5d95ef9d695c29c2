import { beforeEach, expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildPerson, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, upload, withApp } from "../../../test/support/http.ts";
import { ensureSlaDefaults } from "../../sla/policy/ensure-sla-defaults.ts";
import { ensureChatChannels } from "./ensure-chat-channels.ts";

describeEachEngine("web chat routes", (ctx) => {
  const http = withApp(ctx, {
    CHAT_MESSAGE_RATE_LIMIT_PER_MINUTE: 12,
    CHAT_ALLOWED_ORIGINS: "https://intranet.example",
  });
  // The workspace's default chat channel (`website`), as every start seeds it.
  beforeEach(() => ensureChatChannels(ctx.deps));

  const visitor = { channel: "website", name: "Ayesha Khan", email: "ayesha@example.com" };
  async function start(body: Record<string, unknown> = visitor) {
    const res = await call(http.app, { method: "POST", url: "/api/v1/public/chat/sessions", body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { chatId: string; token: string; ticketNumber: number };
  }
  const say = (chat: { chatId: string; token: string }, body: string, token = chat.token) =>
    call(http.app, {
      method: "POST",
      url: `/api/v1/public/chat/sessions/${chat.chatId}/messages`,
      headers: { "x-chat-token": token },
      body: { body },
    });
  const read = (chat: { chatId: string }, token: string, after = 0) =>
    call(http.app, {
      method: "GET",
      url: `/api/v1/public/chat/sessions/${chat.chatId}?after=${after}`,
      headers: { "x-chat-token": token },
    });

  it("asks an anonymous visitor for their name and email before anything starts", async () => {
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/public/chat/sessions",
      body: { channel: "website" },
    });
    expect(res.statusCode).toBe(422);
    const fields = (res.json().errors as Array<{ field: string }>).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["body.name", "body.email"]));
    const bad = await call(http.app, {
      method: "POST",
      url: "/api/v1/public/chat/sessions",
      body: { ...visitor, email: "not an address" },
    });
    expect(bad.json().errors[0].field).toBe("body.email");
  });

  it("makes the chat a chat ticket at once, and an agent's accept and answer its first response", async () => {
    const w = await buildWorkspace(ctx.deps);
    await ensureSlaDefaults(ctx.deps);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const chat = await start({ ...visitor, message: "My VPN drops every ten minutes" });

    const queue = await call(http.app, { method: "GET", url: "/api/v1/chats", as: agent });
    expect(queue.statusCode, queue.body).toBe(200);
    const waiting = queue.json().waiting as Array<{ id: string; visitorName: string; waitingSeconds: number }>;
    expect(waiting).toEqual([
      expect.objectContaining({ id: chat.chatId, visitorName: "Ayesha Khan", waitingSeconds: 0 }),
    ]);

    ctx.deps.clock.advance(90_000);
    expect(
      (await call(http.app, { method: "POST", url: `/api/v1/chats/${chat.chatId}/accept`, as: agent })).statusCode,
    ).toBe(200);
    const twice = await call(http.app, { method: "POST", url: `/api/v1/chats/${chat.chatId}/accept`, as: agent });
    expect(twice.json().code).toBe("CHAT_NOT_WAITING");
    expect((await say(chat, "It is the office Wi-Fi")).statusCode).toBe(201);
    const answer = await call(http.app, {
      method: "POST",
      url: `/api/v1/chats/${chat.chatId}/messages`,
      as: agent,
      body: { body: "Let me look at your VPN profile." },
    });
    expect(answer.statusCode, answer.body).toBe(201);

    const transcript = (await read(chat, chat.token)).json().messages as Array<{
      id: number;
      sender: string;
      body: string;
    }>;
    expect(transcript.map((m) => [m.sender, m.body])).toEqual([
      ["visitor", "My VPN drops every ten minutes"],
      ["system", `${w.agent.name} joined the chat.`],
      ["visitor", "It is the office Wi-Fi"],
      ["agent", "Let me look at your VPN profile."],
    ]);
    expect(transcript.map((m) => m.id)).toEqual([...transcript.map((m) => m.id)].sort((a, b) => a - b));
    const after = (await read(chat, chat.token, transcript[1]!.id)).json().messages as unknown[];
    expect(after).toHaveLength(2);

    const ticket = await call(http.app, { method: "GET", url: `/api/v1/tickets/${chat.ticketNumber}`, as: agent });
    expect(ticket.json()).toMatchObject({ channel: "chat", assigneeId: w.agent.personId });
    const events = (
      await call(http.app, { method: "GET", url: `/api/v1/tickets/${chat.ticketNumber}/events`, as: agent })
    ).json().items as Array<{ type: string; data: { body?: string; fromStaff?: boolean; channel?: string } }>;
    const replies = events
      .filter((e) => e.type === "replied")
      .map((e) => [e.data.fromStaff, e.data.body, e.data.channel]);
    expect(replies).toEqual([
      [false, "It is the office Wi-Fi", "chat"],
      [true, "Let me look at your VPN profile.", "chat"],
    ]);
    const sla = await call(http.app, { method: "GET", url: `/api/v1/tickets/${chat.ticketNumber}/sla`, as: agent });
    const clocks = sla.json().clocks as Array<{
      kind: string;
      outcome: string;
      stopCause: string;
      usedMinutes: number;
    }>;
    expect(clocks.find((c) => c.kind === "first_response")).toMatchObject({
      outcome: "met",
      usedMinutes: 1.5,
      stopCause: "first response by an agent (chat)",
    });
  });

  it("lets no visitor see or write in another's chat", async () => {
    await buildWorkspace(ctx.deps);
    const mine = await start();
    const theirs = await start({ ...visitor, name: "Bilal", email: "bilal@example.com", message: "secret" });
    expect((await read(theirs, mine.token)).json().code).toBe("CHAT_TOKEN_INVALID");
    expect((await read(theirs, mine.token)).statusCode).toBe(401);
    expect((await say(theirs, "hello", mine.token)).statusCode).toBe(401);
    expect((await read(theirs, `${theirs.token}x`)).statusCode).toBe(401);
    const none = await call(http.app, { method: "GET", url: `/api/v1/public/chat/sessions/${theirs.chatId}` });
    expect(none.json()).toMatchObject({ code: "CHAT_TOKEN_INVALID", errors: [{ field: "header.x-chat-token" }] });
    const stream = await call(http.app, {
      method: "GET",
      url: `/api/v1/public/chat/sessions/${theirs.chatId}/stream?token=${mine.token}`,
    });
    expect(stream.statusCode).toBe(401);
    ctx.deps.clock.advance(25 * 3_600_000);
    expect((await read(mine, mine.token)).statusCode).toBe(401);
  });

  it("refuses a message of 100,000 characters with a 422 naming the field, and stores nothing", async () => {
    await buildWorkspace(ctx.deps);
    const chat = await start();
    const res = await say(chat, "x".repeat(100_000));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ field: "body.body" });
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect((await say(chat, "   ")).json().errors[0].field).toBe("body.body");
    expect((await read(chat, chat.token)).json().messages).toEqual([]);
  });

  it("stops a visitor's flood with 429 and keeps what was sent before it", async () => {
    await buildWorkspace(ctx.deps);
    const chat = await start();
    const codes: number[] = [];
    for (let i = 0; i < 14; i++) codes.push((await say(chat, `message ${i}`)).statusCode);
    expect(codes.filter((c) => c === 201).length).toBeLessThanOrEqual(12);
    expect(codes.at(-1)).toBe(429);
    expect(codes.slice(0, 10).every((c) => c === 201)).toBe(true);
  });

  it("passes a chat to another agent, or back to a group's queue", async () => {
    const w = await buildWorkspace(ctx.deps);
    const other = await buildPerson(ctx.deps, w.provider.id, "agent");
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const chat = await start();
    await call(http.app, { method: "POST", url: `/api/v1/chats/${chat.chatId}/accept`, as: agent });
    const both = await call(http.app, {
      method: "POST",
      url: `/api/v1/chats/${chat.chatId}/transfer`,
      as: agent,
      body: { agentId: other.id, groupId: w.group.id },
    });
    expect(both.json().code).toBe("CHAT_TRANSFER_TARGET");
    const moved = await call(http.app, {
      method: "POST",
      url: `/api/v1/chats/${chat.chatId}/transfer`,
      as: agent,
      body: { agentId: other.id },
    });
    expect(moved.json()).toMatchObject({ state: "active", agentId: other.id });
    const notMine = await call(http.app, {
      method: "POST",
      url: `/api/v1/chats/${chat.chatId}/messages`,
      as: agent,
      body: { body: "still here?" },
    });
    expect(notMine.json().code).toBe("CHAT_NOT_YOURS");
    const otherSession = await sessionFor(ctx.deps, other.id);
    const back = await call(http.app, {
      method: "POST",
      url: `/api/v1/chats/${chat.chatId}/transfer`,
      as: otherSession,
      body: { groupId: w.group.id },
    });
    expect(back.json()).toMatchObject({ state: "waiting", agentId: null, groupId: w.group.id });
    const queue = (await call(http.app, { method: "GET", url: "/api/v1/chats", as: agent })).json();
    expect(queue.waiting.map((c: { id: string }) => c.id)).toContain(chat.chatId);
  });

  it("keeps the queue from requesters and the chats from agents of other groups", async () => {
    const w = await buildWorkspace(ctx.deps);
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    expect((await call(http.app, { method: "GET", url: "/api/v1/chats", as: requester })).json().code).toBe(
      "CHAT_FORBIDDEN",
    );
    const chat = await start();
    const res = await call(http.app, { method: "POST", url: `/api/v1/chats/${chat.chatId}/accept`, as: requester });
    expect(res.statusCode).toBe(403);
  });

  it("outside support hours says when support opens and takes a message as a ticket instead", async () => {
    await buildWorkspace(ctx.deps);
    await ensureSlaDefaults(ctx.deps);
    ctx.deps.clock.set("2026-03-07T20:00:00Z"); // a Saturday evening
    const hours = (await call(http.app, { method: "GET", url: "/api/v1/public/chat/hours" })).json();
    expect(hours.open).toBe(false);
    expect(Date.parse(hours.opensAt)).toBeGreaterThan(Date.parse("2026-03-07T20:00:00Z"));
    const refused = await call(http.app, { method: "POST", url: "/api/v1/public/chat/sessions", body: visitor });
    expect(refused.json().code).toBe("CHAT_CLOSED_NOW");
    const left = await call(http.app, {
      method: "POST",
      url: "/api/v1/public/chat/messages",
      body: { ...visitor, message: "Please call me back about my laptop" },
    });
    expect(left.statusCode, left.body).toBe(201);
    expect(left.json().ticketNumber).toBeGreaterThan(0);
  });

  it("answers the allowed sites' preflight and refuses other sites", async () => {
    const ok = await http.app.inject({
      method: "OPTIONS",
      url: "/api/v1/public/chat/sessions",
      headers: { origin: "https://intranet.example", "access-control-request-method": "POST" },
    });
    expect(ok.statusCode).toBe(204);
    expect(ok.headers["access-control-allow-origin"]).toBe("https://intranet.example");
    const evil = await call(http.app, {
      method: "POST",
      url: "/api/v1/public/chat/sessions",
      headers: { origin: "https://evil.example" },
      body: visitor,
    });
    expect(evil.json().code).toBe("CHAT_ORIGIN_FORBIDDEN");
  });

  it("takes a visitor's file under the attachment rules and sends it with their message", async () => {
    const w = await buildWorkspace(ctx.deps);
    const chat = await start();
    const res = await upload(http.app, {
      url: `/api/v1/public/chat/sessions/${chat.chatId}/attachments`,
      filename: "error.txt",
      bytes: "VPN error 809",
      contentType: "text/plain",
    });
    expect(res.statusCode).toBe(401);
    const up = await http.app.inject({
      method: "POST",
      url: `/api/v1/public/chat/sessions/${chat.chatId}/attachments`,
      headers: { "x-chat-token": chat.token, ...multipart().headers },
      payload: multipart().body,
    });
    expect(up.statusCode, up.body).toBe(201);
    const sent = await call(http.app, {
      method: "POST",
      url: `/api/v1/public/chat/sessions/${chat.chatId}/messages`,
      headers: { "x-chat-token": chat.token },
      body: { body: "Here is the error", attachmentIds: [up.json().id] },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().attachments).toEqual([expect.objectContaining({ filename: "error.txt" })]);
    void w;
  });

  it("lets the visitor download a file the agent sent in their chat, and no other chat's token or file", async () => {
    const w = await buildWorkspace(ctx.deps);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const chat = await start();
    const other = await start({ ...visitor, name: "Bilal", email: "bilal@example.com" });
    await call(http.app, { method: "POST", url: `/api/v1/chats/${chat.chatId}/accept`, as: agent });
    const { ticketId } = (
      await call(http.app, { method: "GET", url: `/api/v1/chats/${chat.chatId}`, as: agent })
    ).json().chat as { ticketId: string };
    const file = async (filename: string, bytes: string) =>
      (await upload(http.app, { url: `/api/v1/tickets/${ticketId}/attachments`, as: agent, filename, bytes })).json()
        .id as string;
    const guide = await file("vpn-guide.txt", "Reinstall the VPN profile");
    const unsent = await file("internal.txt", "kept on the ticket, never sent in the chat");
    const sent = await call(http.app, {
      method: "POST",
      url: `/api/v1/chats/${chat.chatId}/messages`,
      as: agent,
      body: { body: "This guide fixes it", attachmentIds: [guide] },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const download = (chatId: string, id: string, token?: string, how: "header" | "query" = "header") =>
      call(http.app, {
        method: "GET",
        url: `/api/v1/public/chat/sessions/${chatId}/attachments/${id}${token && how === "query" ? `?token=${token}` : ""}`,
        headers: token && how === "header" ? { "x-chat-token": token } : {},
      });
    const byHeader = await download(chat.chatId, guide, chat.token);
    expect(byHeader.statusCode).toBe(200);
    expect(byHeader.body).toBe("Reinstall the VPN profile");
    expect(byHeader.headers["content-disposition"]).toMatch(/^attachment;/);
    expect(byHeader.headers["x-content-type-options"]).toBe("nosniff");
    expect((await download(chat.chatId, guide, chat.token, "query")).statusCode).toBe(200);
    // Another chat's token, no token, an altered one, and a file of the same ticket never sent in the chat: 404 each.
    for (const res of [
      await download(chat.chatId, guide, other.token),
      await download(other.chatId, guide, other.token),
      await download(chat.chatId, guide),
      await download(chat.chatId, guide, `${chat.token.slice(0, -2)}xx`),
      await download(chat.chatId, unsent, chat.token),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe("CHAT_ATTACHMENT_NOT_FOUND");
    }
  });
});

function multipart() {
  const boundary = "----chat-boundary";
  const body = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="error.txt"\r\nContent-Type: text/plain\r\n\r\nVPN error 809\r\n--${boundary}--\r\n`,
  );
  return { body, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}
