import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterEach, expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildPerson, buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor } from "../../../test/support/http.ts";
import { openStream } from "../../../test/support/live-stream.ts";
import { buildApp } from "../../app.ts";
import { people } from "../../identity/identity.tables.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { webhookSignature } from "../../platform/webhooks/post-webhook.ts";
import { twilioSignature } from "../../platform/webhooks/verify-signature.ts";
import { telephonyCalls, telephonyCallStates } from "./telephony.tables.ts";

const SECRET = "telephony-secret-for-tests";
const TWILIO_TOKEN = "twilio-token-for-tests";
const PUBLIC_URL = "https://desk.example.test";

describeEachEngine("telephony webhook", (ctx) => {
  const server = {} as { app: HttpServer; base: string; closers: Array<() => void> };
  const start = async () => {
    server.app = await buildApp({
      ...ctx.deps,
      config: { ...ctx.deps.config, TELEPHONY_SECRET: SECRET, TELEPHONY_TWILIO_AUTH_TOKEN: TWILIO_TOKEN, PUBLIC_URL },
    });
    await server.app.listen({ port: 0, host: "127.0.0.1" });
    server.base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    server.closers = [];
  };
  afterEach(async () => {
    server.closers?.forEach((c) => c());
    await server.app?.close();
    await ctx.deps.live.close();
  });

  const event = (over: Record<string, unknown> = {}) => ({
    callId: `call-${Math.random().toString(36).slice(2)}`,
    direction: "inbound",
    from: "+92 300 1234567",
    to: "+92 21 111 000 111",
    state: "ringing",
    at: "2026-03-02T09:00:00Z",
    ...over,
  });
  const post = (body: unknown, signature?: string | null) => {
    const raw = JSON.stringify(body);
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (signature !== null) headers["x-frontline-signature"] = signature ?? webhookSignature(SECRET, raw);
    return server.app.inject({ method: "POST", url: "/api/v1/telephony/events", headers, payload: raw });
  };
  const states = async (callId: string) => {
    const [row] = await ctx.deps.db.select().from(telephonyCalls).where(eq(telephonyCalls.callId, callId));
    if (!row) return [];
    return (await ctx.deps.db.select().from(telephonyCallStates).where(eq(telephonyCallStates.callId, row.id))).map(
      (s) => s.state,
    );
  };

  it("opens a call record from a signed ringing event, and stores a replay once", async () => {
    await start();
    const ringing = event();
    const first = await post(ringing);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      replayed: false,
      call: {
        callId: ringing.callId,
        state: "ringing",
        from: "+92 300 1234567",
        ringingAt: "2026-03-02T09:00:00.000Z",
      },
    });
    const again = await post(ringing);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ replayed: true, call: { id: first.json().call.id } });
    expect(await states(ringing.callId)).toEqual(["ringing"]);
  });

  it("refuses an unsigned or forged event with 401 and stores nothing", async () => {
    await start();
    const body = event();
    const unsigned = await post(body, null);
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.headers["content-type"]).toContain("application/problem+json");
    expect(unsigned.json()).toMatchObject({ code: "TELEPHONY_SIGNATURE_INVALID" });
    const forged = await post(body, webhookSignature("another-secret-entirely", JSON.stringify(body)));
    expect(forged.statusCode).toBe(401);
    // The same signature over another body (a tampered field) is a forgery too.
    const tampered = await post({ ...body, from: "+1 555 0100" }, webhookSignature(SECRET, JSON.stringify(body)));
    expect(tampered.statusCode).toBe(401);
    expect(await states(body.callId)).toEqual([]);
  });

  it("refuses every event while TELEPHONY_SECRET is not set", async () => {
    server.app = await buildApp(ctx.deps);
    const res = await server.app.inject({
      method: "POST",
      url: "/api/v1/telephony/events",
      headers: { "content-type": "application/json", "x-frontline-signature": webhookSignature("", "{}") },
      payload: "{}",
    });
    expect(res.statusCode).toBe(401);
  });

  it("answers 404 to answered/ended for a call that never rang, 409 to an answer after the end; nothing half-stored", async () => {
    await start();
    const unknown = await post(event({ state: "answered", agentExtension: "201" }));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: "TELEPHONY_CALL_UNKNOWN", errors: [{ field: "body.callId" }] });
    expect(await ctx.deps.db.select().from(telephonyCalls)).toEqual([]);

    const ringing = event();
    await post(ringing);
    await post({ ...ringing, state: "ended", at: "2026-03-02T09:00:30Z" });
    const late = await post({ ...ringing, state: "answered", at: "2026-03-02T09:00:40Z" });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: "TELEPHONY_CALL_ENDED" });
    expect(await states(ringing.callId)).toEqual(["ringing", "ended"]);
  });

  it("refuses a malformed body with 422 naming the field", async () => {
    await start();
    const res = await post(event({ state: "on-hold" }));
    expect(res.statusCode).toBe(422);
    expect(JSON.stringify(res.json())).toContain("body.state");
  });

  it("pops the caller on the live stream of the agent whose extension answered", async () => {
    await start();
    const w = await buildWorkspace(ctx.deps);
    await ctx.deps.db.update(people).set({ extension: "201" }).where(eq(people.id, w.agent.personId));
    const caller = await buildPerson(ctx.deps, w.client.id, "requester", { phone: "0300-1234567" });
    const open = await buildTicket(ctx.deps, w.agent, { requesterId: caller.id, groupId: w.group.id });
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const stream = await openStream(server.base, agent);
    server.closers.push(stream.abort);
    const other = await openStream(server.base, await sessionFor(ctx.deps, w.admin.personId));
    server.closers.push(other.abort);

    const ringing = event();
    await post(ringing);
    const answered = await post({ ...ringing, state: "answered", agentExtension: "201", at: "2026-03-02T09:00:05Z" });
    expect(answered.json().call).toMatchObject({ state: "answered", agentId: w.agent.personId });
    const pop = (await stream.waitFor((f) => f.event === "call", "call")).data;
    expect(pop).toEqual({ callId: answered.json().call.id, from: "+92 300 1234567", at: "2026-03-02T09:00:05.000Z" });
    // The pop names the number; the console looks the caller up by the shared phone rule.
    const lookup = await call(server.app, {
      method: "GET",
      url: `/api/v1/calls/lookup?number=${encodeURIComponent(pop.from as string)}`,
      as: agent,
    });
    const match = lookup.json().matches.find((m: { person: { id: string } }) => m.person.id === caller.id);
    expect(match.openTickets.map((t: { id: string }) => t.id)).toEqual([open.id]);
    expect(other.frames.filter((f) => f.event === "call")).toEqual([]);
  });

  it("queues a callback for a call that ended unanswered, due TELEPHONY_CALLBACK_MINUTES later", async () => {
    await start();
    const w = await buildWorkspace(ctx.deps);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const missed = event();
    await post(missed);
    const ended = await post({ ...missed, state: "ended", at: "2026-03-02T09:01:00Z" });
    expect(ended.json().call).toMatchObject({ state: "ended", callbackDueAt: "2026-03-02T10:01:00.000Z" });
    const taken = event();
    await post(taken);
    await post({ ...taken, state: "answered", agentExtension: "999" });
    await post({ ...taken, state: "ended", at: "2026-03-02T09:05:00Z" });

    const queue = await call(server.app, { method: "GET", url: "/api/v1/telephony/callbacks", as: agent });
    expect(queue.json().items.map((c: { callId: string }) => c.callId)).toEqual([missed.callId]);
    const done = await call(server.app, {
      method: "POST",
      url: `/api/v1/telephony/calls/${ended.json().call.id}/callback-done`,
      as: agent,
    });
    expect(done.statusCode).toBe(200);
    const after = await call(server.app, { method: "GET", url: "/api/v1/telephony/callbacks", as: agent });
    expect(after.json().items).toEqual([]);
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    expect(
      (await call(server.app, { method: "GET", url: "/api/v1/telephony/callbacks", as: requester })).statusCode,
    ).toBe(403);
  });

  it("takes Twilio-style form posts signed with the auth token, and refuses forged ones", async () => {
    await start();
    const params = {
      CallSid: "CA123",
      CallStatus: "ringing",
      Direction: "inbound",
      From: "+923001234567",
      To: "+922111100011",
    };
    const form = new URLSearchParams(params).toString();
    const url = "/api/v1/telephony/twilio";
    const send = (signature: string) =>
      server.app.inject({
        method: "POST",
        url,
        headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
        payload: form,
      });
    const ok = await send(twilioSignature(TWILIO_TOKEN, `${PUBLIC_URL}${url}`, params));
    expect(ok.statusCode).toBe(200);
    expect(ok.json().call).toMatchObject({ callId: "CA123", state: "ringing", direction: "inbound" });
    const forged = await send(twilioSignature("wrong-token", `${PUBLIC_URL}${url}`, params));
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ code: "TELEPHONY_SIGNATURE_INVALID" });
  });
});
