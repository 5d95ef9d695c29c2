import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildGroup, buildPerson, buildTicket, buildWorkspace } from "../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../test/support/http.ts";
import { ensureRemoteTools } from "../channels/remote/ensure-remote-tools.ts";
import { remoteTools } from "../channels/remote/remote.tables.ts";
import { organizations } from "../identity/identity.tables.ts";
import { indicatorsFromFacts } from "./fact-indicators.ts";
import { storedFactVersionsUnscoped } from "./indicator-facts.store.ts";
import { computeIndicators } from "./indicators/indicators.ts";
import { loadIndicatorInput } from "./indicators.store.ts";
import { rebuildIndicatorFacts } from "./rebuild-indicator-facts.ts";
import { refreshIndicatorFacts } from "./refresh-indicator-facts.ts";

const MIN = 60_000;
const WEEK = "from=2026-03-02&to=2026-03-09";
const HQ = {
  id: "hq",
  label: "Head office",
  street: "12 Mall Road",
  city: "Lahore",
  timezone: "Asia/Karachi",
  hours: null,
};
const zero = { tickets: 0, count: 0, total_minutes: 0, mean_minutes: null, mean_minutes_per_ticket: null };

describeEachEngine("time by kind of work in the indicators", (ctx) => {
  const http = withApp(ctx);
  // A fresh sign-in per call: the steps span hours of the test clock and a test sign-in lasts one.
  const post = async (url: string, personId: string, body?: unknown) => {
    const res = await call(http.app, {
      method: "POST",
      url,
      as: await sessionFor(ctx.deps, personId),
      ...(body === undefined ? {} : { body }),
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };
  const get = async (url: string, personId: string) =>
    call(http.app, { method: "GET", url, as: await sessionFor(ctx.deps, personId) });

  // Monday 2026-03-02 09:00Z. Ticket A (the agent's group): a visit with 25 minutes' travel and 60 on site, and a
  // second visit cancelled after 10 minutes on the way. Ticket B (tier 2, out of the agent's reach): a 12-minute
  // remote session, and a second one still running (counted nowhere yet).
  async function setup() {
    const w = await buildWorkspace(ctx.deps);
    const manager = await buildPerson(ctx.deps, w.provider.id, "manager");
    const l2 = await buildGroup(ctx.deps, { tier: 2 });
    await ctx.deps.db
      .update(organizations)
      .set({ addresses: [HQ] })
      .where(eq(organizations.id, w.client.id));
    await ensureRemoteTools(ctx.deps);
    const a = await buildTicket(ctx.deps, w.agent, {
      requesterId: w.requester.personId,
      groupId: w.group.id,
      assigneeId: w.agent.personId,
    });
    const b = await buildTicket(ctx.deps, w.admin, { requesterId: w.requester.personId, groupId: l2.id });
    const tech = w.agent.personId;
    const book = async (hoursAhead: number) => {
      const start = ctx.deps.clock.now().getTime() + hoursAhead * 60 * MIN;
      return post(`/api/v1/tickets/${a.id}/visits`, tech, {
        technicianId: tech,
        site: { addressId: "hq" },
        windowStart: new Date(start).toISOString(),
        windowEnd: new Date(start + 120 * MIN).toISOString(),
        notes: "",
      });
    };
    const first = await book(1);
    const second = await book(24);
    await post(`/api/v1/visits/${first.id}/travel-start`, tech);
    ctx.deps.clock.advance(25 * MIN);
    await post(`/api/v1/visits/${first.id}/check-in`, tech);
    ctx.deps.clock.advance(60 * MIN);
    await post(`/api/v1/visits/${first.id}/check-out`, tech);
    await post(`/api/v1/visits/${second.id}/travel-start`, tech);
    ctx.deps.clock.advance(10 * MIN);
    const cancelled = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/visits/${second.id}`,
      as: await sessionFor(ctx.deps, tech),
      body: { status: "cancelled", reason: "Fixed by phone" },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);

    const [rustdesk] = await ctx.deps.db.select().from(remoteTools).where(eq(remoteTools.name, "RustDesk"));
    const admin = w.admin.personId;
    const session = async () => {
      const s = await post(`/api/v1/tickets/${b.id}/remote-sessions`, admin, {
        toolId: rustdesk!.id,
        sessionRef: "123 456 789",
        purpose: "Check the driver",
        consentOnPhone: true,
      });
      await post(`/api/v1/remote-sessions/${s.id}/start`, admin);
      return s.id as string;
    };
    const done = await session();
    ctx.deps.clock.advance(12 * MIN);
    await post(`/api/v1/remote-sessions/${done}/end`, admin, { notes: "", outcome: "resolved" });
    await session();
    ctx.deps.clock.advance(30 * MIN);
    return { w, manager, a, b };
  }

  it("reports remote, on-site and travel totals and means, and the tickets with a visit or a session, to a manager", async () => {
    const s = await setup();
    const res = await get(`/api/v1/reports/indicators?${WEEK}&compare=true`, s.manager.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().work_time).toEqual({
      remote: { tickets: 1, count: 1, total_minutes: 12, mean_minutes: 12, mean_minutes_per_ticket: 12 },
      onsite: { tickets: 1, count: 1, total_minutes: 60, mean_minutes: 60, mean_minutes_per_ticket: 60 },
      travel: { tickets: 1, count: 2, total_minutes: 35, mean_minutes: 17.5, mean_minutes_per_ticket: 35 },
      tickets_with_visit: 1,
      tickets_with_remote_session: 1,
    });
    expect(res.json().definitions.work_time).toContain("check-in to check-out");
    // The week before had no work.
    expect(res.json().previous.work_time).toEqual({
      remote: zero,
      onsite: zero,
      travel: zero,
      tickets_with_visit: 0,
      tickets_with_remote_session: 0,
    });
  });

  it("gives an agent the work on their own and their groups' tickets only; the filters apply", async () => {
    const s = await setup();
    const own = (await get(`/api/v1/reports/indicators?${WEEK}`, s.w.agent.personId)).json();
    expect(own.work_time).toMatchObject({
      remote: zero,
      onsite: { tickets: 1, total_minutes: 60 },
      tickets_with_visit: 1,
      tickets_with_remote_session: 0,
    });
    const elsewhere = (
      await get(`/api/v1/reports/indicators?${WEEK}&organizationId=${s.w.other.id}`, s.manager.id)
    ).json();
    expect(elsewhere.work_time).toMatchObject({ onsite: zero, remote: zero, tickets_with_visit: 0 });
    const requester = await get(`/api/v1/reports/indicators?${WEEK}`, s.w.requester.personId);
    expect(requester.statusCode).toBe(403);
  });

  it("keeps the stored facts equal to a rebuild, and the figures equal to folding the histories, in every period", async () => {
    await setup();
    await refreshIndicatorFacts(ctx.deps.db, { maxBatches: Infinity });
    const stored = await storedFactVersionsUnscoped(ctx.deps.db);
    expect(stored.some((v) => v.workDone.length === 3)).toBe(true);
    await rebuildIndicatorFacts(ctx.deps.db, { batch: 1 });
    expect(await storedFactVersionsUnscoped(ctx.deps.db)).toEqual(stored);
    const now = ctx.deps.clock.now().getTime();
    const t0 = Date.parse("2026-03-02T09:00:00Z");
    // Around each stretch's end: before the visit's check-out, between it and the session's end, after both.
    for (const period of [
      { from: t0, to: t0 + 80 * MIN },
      { from: t0 + 80 * MIN, to: t0 + 100 * MIN },
      { from: t0 + 86 * MIN, to: t0 + 200 * MIN },
      { from: t0 - 60 * MIN, to: now + 60 * MIN },
    ]) {
      const folded = computeIndicators(await loadIndicatorInput(ctx.deps.db, period, {}, null), period, now);
      const aggregated = await indicatorsFromFacts(ctx.deps.db, period, {}, null, now);
      expect(aggregated.work_time).toEqual(folded.work_time);
    }
  });
});
