import { createHash } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { satisfactionRatings } from "../feedback/feedback.tables.ts";
import { PRIORITIES } from "../shared/enums.ts";
import { calendarsCached, policyVersionCached } from "../sla/clock/sla-reference.ts";
import { foldClocks } from "../sla/clock/clocks.ts";
import { escalations, ticketSla } from "../sla/sla.tables.ts";
import { replay, type TicketEvent } from "../tickets/ticket/events.ts";
import { ticketEvents, tickets } from "../tickets/ticket.tables.ts";
import { seedSynthetic } from "./seed-synthetic.ts";
import { syntheticHistory } from "./synthetic-history.ts";

const cast = {
  requesters: [
    { id: "r1", organizationId: "o1" },
    { id: "r2", organizationId: "o2" },
  ],
  agents: ["a1", "a2"],
  firstLine: ["g1"],
  secondLine: ["g2"],
};

it("the same seed writes the same history; another seed another one", () => {
  const now = Date.parse("2026-03-02T09:00:00Z");
  const one = JSON.stringify(syntheticHistory(200, 7, cast, now));
  expect(JSON.stringify(syntheticHistory(200, 7, cast, now))).toBe(one);
  expect(JSON.stringify(syntheticHistory(200, 8, cast, now))).not.toBe(one);
  const history = syntheticHistory(200, 7, cast, now);
  expect(history.every((t) => t.events.every((e) => e.at.getTime() < now))).toBe(true);
  // A year of it, with pauses, escalations, reopenings and ratings among them.
  const opened = history.map((t) => t.events[0]!.at.getTime());
  expect(Math.max(...opened) - Math.min(...opened)).toBeGreaterThan(300 * 86_400_000);
  const statuses = (t: (typeof history)[number]) =>
    t.events.flatMap((e) =>
      e.type === "changed" ? e.data.changes.filter((c) => c.field === "status").map((c) => c.to) : [],
    );
  expect(history.some((t) => statuses(t).includes("pending"))).toBe(true);
  expect(history.some((t) => statuses(t).filter((s) => s === "resolved").length === 2)).toBe(true);
  expect(history.some((t) => t.escalation)).toBe(true);
  expect(history.some((t) => t.rating)).toBe(true);
  expect(
    new Set(history.map((t) => t.events[0]!.type === "created" && t.events[0]!.data.fields.channel)).size,
  ).toBeGreaterThan(4);
});

it("writes, ticket for ticket, the history every earlier version wrote for a seed", () => {
  // The digest of seed 7's history as first written (before tickets were generated one at a time for bulk loads):
  // benchmarks seeded on different days compare the same tickets.
  const history = syntheticHistory(500, 7, cast, Date.parse("2026-03-02T09:00:00Z"));
  expect(createHash("sha256").update(JSON.stringify(history)).digest("hex")).toBe(
    "93e9d85337d8cc6c43518e838a5f0e00d9a49fe6871b6336eff4131f39e168f1",
  );
});

describeEachEngine("frontline seed-synthetic", (ctx) => {
  it("writes tickets whose stored state and clocks equal a refold of their events", async () => {
    // Batches of 25: three transactions, the next batch built while the last one is stored.
    expect(await seedSynthetic(ctx.deps, { tickets: 60, seed: 11, batch: 25 })).toBe(60);
    const now = ctx.deps.clock.now().getTime();
    const rows = await ctx.deps.db
      .select()
      .from(tickets)
      .where(eq(tickets.description, "Written by frontline seed-synthetic."));
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((r) => r.number)).size).toBe(60);
    for (const row of rows) {
      const events = (
        await ctx.deps.db
          .select()
          .from(ticketEvents)
          .where(eq(ticketEvents.ticketId, row.id))
          .orderBy(asc(ticketEvents.seq))
      ).map((e) => ({ type: e.type, actorId: e.actorId, at: e.at, data: e.data }) as TicketEvent);
      const state = replay(events);
      expect({ ...row, id: undefined, number: undefined }).toMatchObject({
        ...state,
        id: undefined,
        number: undefined,
      });
      const [sla] = await ctx.deps.db.select().from(ticketSla).where(eq(ticketSla.ticketId, row.id));
      const version = await policyVersionCached(ctx.deps.cache, ctx.deps.db, sla!.policyVersionId);
      const policy = version!.definition;
      const calendars = await calendarsCached(
        ctx.deps.cache,
        ctx.deps.db,
        PRIORITIES.map((p) => policy.targets[p].calendarId),
      );
      expect(sla!.summary).toEqual(JSON.parse(JSON.stringify(foldClocks(events, { policy, calendars, now }))));
      expect(sla!.breached).toBe(sla!.summary.clocks.some((c) => c.outcome === "breached"));
    }
    expect((await ctx.deps.db.select().from(escalations)).length).toBeGreaterThan(0);
    expect((await ctx.deps.db.select().from(satisfactionRatings)).length).toBeGreaterThan(0);
  });
});
