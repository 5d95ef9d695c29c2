import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp, type Browser } from "../../../test/support/http.ts";
import { ensureRemoteTools } from "../../channels/remote/ensure-remote-tools.ts";
import { remoteTools } from "../../channels/remote/remote.tables.ts";
import { organizations } from "../../identity/identity.tables.ts";

const MIN = 60_000;
const HQ = {
  id: "hq",
  label: "Head office",
  street: "12 Mall Road",
  city: "Lahore",
  timezone: "Asia/Karachi",
  hours: null,
};

describeEachEngine("time by kind of work on the ticket", (ctx) => {
  const http = withApp(ctx);
  const post = (url: string, as: Browser, body?: unknown) =>
    call(http.app, { method: "POST", url, as, ...(body === undefined ? {} : { body }) });
  const ticketAs = async (id: string, as: Browser) =>
    (await call(http.app, { method: "GET", url: `/api/v1/tickets/${id}`, as })).json();

  it("GET /tickets/:id carries travel, on-site and remote time as the technician and agent record them", async () => {
    const w = await buildWorkspace(ctx.deps);
    await ctx.deps.db
      .update(organizations)
      .set({ addresses: [HQ] })
      .where(eq(organizations.id, w.client.id));
    await ensureRemoteTools(ctx.deps);
    const t = await buildTicket(ctx.deps, w.agent, { requesterId: w.requester.personId, groupId: w.group.id });
    let agent = await sessionFor(ctx.deps, w.agent.personId);
    let requester = await sessionFor(ctx.deps, w.requester.personId);

    const none = await ticketAs(t.id, agent);
    expect(none.workTime).toEqual({
      remote: { seconds: 0, count: 0, running: false },
      onsite: { seconds: 0, count: 0, running: false },
      travel: { seconds: 0, count: 0, running: false },
      measuredAt: null,
    });

    const start = ctx.deps.clock.now().getTime();
    const booked = await post(`/api/v1/tickets/${t.id}/visits`, agent, {
      technicianId: w.agent.personId,
      site: { addressId: "hq" },
      windowStart: new Date(start + 60 * MIN).toISOString(),
      windowEnd: new Date(start + 180 * MIN).toISOString(),
      notes: "",
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const visit = booked.json().id;
    expect((await post(`/api/v1/visits/${visit}/travel-start`, agent)).statusCode).toBe(200);
    ctx.deps.clock.advance(25 * MIN);
    expect((await post(`/api/v1/visits/${visit}/check-in`, agent)).statusCode).toBe(200);
    ctx.deps.clock.advance(10 * MIN);
    // Checked in, not yet out: on-site time runs up to now.
    expect((await ticketAs(t.id, agent)).workTime).toMatchObject({
      travel: { seconds: 25 * 60, count: 1, running: false },
      onsite: { seconds: 10 * 60, count: 1, running: true },
      measuredAt: ctx.deps.clock.now().toISOString(),
    });
    ctx.deps.clock.advance(50 * MIN);
    // Signed in again: the test's sign-in lasts an hour.
    agent = await sessionFor(ctx.deps, w.agent.personId);
    expect((await post(`/api/v1/visits/${visit}/check-out`, agent)).statusCode).toBe(200);

    requester = await sessionFor(ctx.deps, w.requester.personId);
    const [rustdesk] = await ctx.deps.db.select().from(remoteTools).where(eq(remoteTools.name, "RustDesk"));
    const asked = await post(`/api/v1/tickets/${t.id}/remote-sessions`, agent, {
      toolId: rustdesk!.id,
      sessionRef: "123 456 789",
      purpose: "Check the driver",
    });
    const session = asked.json().id;
    expect((await post(`/api/v1/remote-sessions/${session}/consent`, requester)).statusCode).toBe(200);
    expect((await post(`/api/v1/remote-sessions/${session}/start`, agent)).statusCode).toBe(200);
    ctx.deps.clock.advance(12 * MIN);
    const ended = await post(`/api/v1/remote-sessions/${session}/end`, agent, { notes: "", outcome: "resolved" });
    expect(ended.statusCode, ended.body).toBe(200);
    ctx.deps.clock.advance(20 * MIN);

    const expected = {
      remote: { seconds: 12 * 60, count: 1, running: false },
      onsite: { seconds: 60 * 60, count: 1, running: false },
      travel: { seconds: 25 * 60, count: 1, running: false },
      measuredAt: null,
    };
    expect((await ticketAs(t.id, agent)).workTime).toEqual(expected);
    // The requester sees the visits and sessions on their request, and so the time they took.
    expect((await ticketAs(t.id, requester)).workTime).toEqual(expected);
    // By number too; a ticket out of reach stays a 404 with no figures.
    expect((await ticketAs(String(t.number), agent)).workTime).toEqual(expected);
    const outsider = await sessionFor(ctx.deps, w.outsider.personId);
    const hidden = await call(http.app, { method: "GET", url: `/api/v1/tickets/${t.id}`, as: outsider });
    expect(hidden.statusCode).toBe(404);
  });

  it("lists leave the work time out: it is read for one ticket at a time", async () => {
    const w = await buildWorkspace(ctx.deps);
    await buildTicket(ctx.deps, w.agent, { requesterId: w.requester.personId, groupId: w.group.id });
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const list = await call(http.app, { method: "GET", url: "/api/v1/tickets", as: agent });
    expect(list.statusCode).toBe(200);
    expect(list.json().items[0]).not.toHaveProperty("workTime");
  });
});
