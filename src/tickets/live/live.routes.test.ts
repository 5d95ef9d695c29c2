import type { AddressInfo } from "node:net";
import { openStream, type Frame, type Stream } from "../../../test/support/live-stream.ts";
import { afterEach, beforeEach, expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { actorFor, buildGroup, buildPerson, buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, tokenFor, type Browser } from "../../../test/support/http.ts";
import { buildApp } from "../../app.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { ensureSlaDefaults } from "../../sla/policy/ensure-sla-defaults.ts";
import { fireDueTimers } from "../../sla/escalation/fire-due-timers.ts";
import { addNote } from "../conversation/add-note.ts";
import { replyToTicket } from "../conversation/reply-to-ticket.ts";
import { updateTicket } from "../ticket/update-ticket.ts";

const isTicket = (number: number, change?: string) => (f: Frame) =>
  f.event === "ticket" && f.data.number === number && (!change || f.data.change === change);

describeEachEngine("live updates", (ctx) => {
  const server = {} as { app: HttpServer; base: string; streams: Stream[] };
  beforeEach(async () => {
    server.app = await buildApp(ctx.deps);
    await server.app.listen({ port: 0, host: "127.0.0.1" });
    server.base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    server.streams = [];
  });
  afterEach(async () => {
    server.streams.forEach((s) => s.abort());
    await server.app.close();
    await ctx.deps.live.close();
  });
  const open = async (as: Browser | string) => {
    const s = await openStream(server.base, as);
    server.streams.push(s);
    return s;
  };

  it("answers 401 problem+json without credentials, and 403 to a token without tickets:read", async () => {
    const anonymous = await fetch(`${server.base}/api/v1/live`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toContain("application/problem+json");
    expect(await anonymous.json()).toMatchObject({ code: "UNAUTHENTICATED" });
    const w = await buildWorkspace(ctx.deps);
    const token = await tokenFor(ctx.deps, w.agent.personId, ["directory:read"]);
    const res = await call(server.app, { method: "GET", url: "/api/v1/live", as: token });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: "SCOPE_MISSING" });
  });

  it("streams to staff every change of the tickets they may read: created, replied, noted, updated", async () => {
    const w = await buildWorkspace(ctx.deps);
    const stream = await open(await sessionFor(ctx.deps, w.agent.personId));
    expect(stream.status).toBe(200);
    expect(stream.headers["content-type"]).toMatch(/^text\/event-stream/);
    expect(stream.headers["cache-control"]).toBe("no-cache");
    expect(stream.text().startsWith("retry: 3000\n\n")).toBe(true);

    const t = await buildTicket(ctx.deps, w.requester, { groupId: w.group.id });
    await stream.waitFor(isTicket(t.number, "created"), "created");
    await replyToTicket(ctx.deps, w.agent, t.id, { body: "Looking into it." });
    await addNote(ctx.deps, w.agent, t.id, { body: "Known driver issue." });
    await updateTicket(ctx.deps, w.agent, t.id, { version: 4, status: "pending" });
    await stream.waitFor(isTicket(t.number, "updated"), "updated");
    expect(stream.frames.map((f) => f.data.change)).toEqual(["created", "replied", "noted", "updated"]);
    const created = stream.frames[0]!;
    expect(created).toEqual({
      event: "ticket",
      data: { change: "created", ticketId: t.id, number: t.number, at: expect.any(String) },
    });
    expect(Date.parse(created.data.at as string)).toBe(ctx.deps.clock.now().getTime());
  });

  it("tells a requester nothing of another organization's tickets, and an agent nothing outside their groups", async () => {
    const w = await buildWorkspace(ctx.deps);
    const outsider = await open(await sessionFor(ctx.deps, w.outsider.personId));
    const otherAgent = await buildPerson(ctx.deps, w.provider.id, "agent");
    const otherGroup = await buildGroup(ctx.deps, { members: [otherAgent.id], tier: 2 });
    const agentElsewhere = await open(await sessionFor(ctx.deps, otherAgent.id));
    const theirs = await buildTicket(ctx.deps, w.agent, { requesterId: w.requester.personId, groupId: w.group.id });
    await replyToTicket(ctx.deps, w.agent, theirs.id, { body: "On it." });
    // A barrier: each stream hears of a ticket of its own, committed after the others.
    const own = await buildTicket(ctx.deps, w.outsider);
    const assigned = await buildTicket(ctx.deps, w.admin, {
      requesterId: w.requester.personId,
      groupId: otherGroup.id,
      assigneeId: otherAgent.id,
    });
    await outsider.waitFor(isTicket(own.number, "created"), "the outsider's own ticket");
    await agentElsewhere.waitFor(isTicket(assigned.number, "created"), "the ticket assigned to the other agent");
    expect(outsider.frames.map((f) => f.data.number)).toEqual([own.number]);
    expect(agentElsewhere.frames.map((f) => f.data.number)).toEqual([assigned.number]);
  });

  it("never tells a requester of internal notes or internal-only moves; tells their org manager of colleagues' tickets", async () => {
    const w = await buildWorkspace(ctx.deps);
    const managerRow = await buildPerson(ctx.deps, w.client.id, "requester", { orgManager: true });
    const requester = await open(await sessionFor(ctx.deps, w.requester.personId));
    const manager = await open(await sessionFor(ctx.deps, managerRow.id));
    const t = await buildTicket(ctx.deps, w.agent, { requesterId: w.requester.personId, groupId: w.group.id });
    await addNote(ctx.deps, w.agent, t.id, { body: "Internal: escalate quietly" });
    await updateTicket(ctx.deps, w.agent, t.id, { version: 2, tags: ["vip"] });
    await replyToTicket(ctx.deps, w.agent, t.id, { body: "We are on it." });
    await updateTicket(ctx.deps, w.agent, t.id, { version: 5, status: "pending" });
    for (const stream of [requester, manager]) {
      await stream.waitFor(isTicket(t.number, "updated"), "the status move");
      expect(stream.frames.map((f) => f.data.change)).toEqual(["created", "replied", "updated"]);
    }
  });

  it("streams SLA thresholds to staff, never to requesters", async () => {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const staff = await open(await tokenFor(ctx.deps, w.agent.personId, ["tickets:read"]));
    const requester = await open(await sessionFor(ctx.deps, w.requester.personId));
    const t = await buildTicket(ctx.deps, w.agent, {
      requesterId: w.requester.personId,
      impact: "organization",
      urgency: "high",
      groupId: w.group.id,
      assigneeId: w.agent.personId,
    });
    ctx.deps.clock.advance(6 * 60_000);
    await fireDueTimers(ctx.deps);
    const breach = await staff.waitFor((f) => f.event === "sla" && f.data.threshold === "breach", "the breach");
    expect(breach.data).toEqual({
      threshold: "breach",
      clock: "response",
      ticketId: t.id,
      number: t.number,
      at: expect.any(String),
    });
    expect(staff.frames.filter((f) => f.event === "sla").map((f) => f.data.threshold)).toEqual([
      "warning_50",
      "warning_75",
      "warning_90",
      "breach",
    ]);
    await replyToTicket(ctx.deps, w.agent, t.id, { body: "Sorry for the wait." });
    await requester.waitFor(isTicket(t.number, "replied"), "the reply");
    expect(requester.frames.every((f) => f.event === "ticket")).toBe(true);
  });

  it("bounds the streams one person may hold with a 429 problem, and frees a slot when a client leaves", async () => {
    const w = await buildWorkspace(ctx.deps);
    const browser = await sessionFor(ctx.deps, w.agent.personId);
    const streams = [];
    for (let i = 0; i < 10; i++) streams.push(await open(browser));
    const refused = await fetch(`${server.base}/api/v1/live`, { headers: { cookie: browser.cookie } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(await refused.json()).toMatchObject({ status: 429, code: "TOO_MANY_STREAMS", limit: 10 });
    // Someone else is not affected.
    expect((await open(await sessionFor(ctx.deps, w.requester.personId))).status).toBe(200);
    streams[0]!.abort();
    await expect.poll(async () => (await open(browser)).status, { timeout: 5_000 }).toBe(200);
  });

  it("drops a client's subscription when it disconnects, and stops listening when nobody is left", async () => {
    const w = await buildWorkspace(ctx.deps);
    const stream = await open(await sessionFor(ctx.deps, w.agent.personId));
    expect(ctx.deps.live.size()).toBe(1);
    stream.abort();
    await expect.poll(() => ctx.deps.live.size(), { timeout: 5_000 }).toBe(0);
  });

  it("ends every stream when the server closes, without hanging the close", async () => {
    const w = await buildWorkspace(ctx.deps);
    const a = await open(await sessionFor(ctx.deps, w.agent.personId));
    const b = await open(await sessionFor(ctx.deps, w.requester.personId));
    const started = Date.now();
    await server.app.close();
    await Promise.all([a.ended, b.ended]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(ctx.deps.live.size()).toBe(0);
  });

  it("sends nothing for a change that rolled back", async () => {
    const w = await buildWorkspace(ctx.deps);
    const stream = await open(await sessionFor(ctx.deps, w.agent.personId));
    const t = await buildTicket(ctx.deps, w.requester, { groupId: w.group.id });
    await expect(
      ctx.deps.db.transaction(async (tx) => {
        await replyToTicket({ ...ctx.deps, db: tx }, w.agent, t.id, { body: "never sent" });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await updateTicket(ctx.deps, actorFor({ ...w.admin, id: w.admin.personId }), t.id, { version: 1, status: "open" });
    await stream.waitFor(isTicket(t.number, "updated"), "the update after the rollback");
    expect(stream.frames.map((f) => f.data.change)).toEqual(["created", "updated"]);
  });
});
