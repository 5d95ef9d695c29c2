import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildGroup, buildOrg, buildPerson } from "../../../test/support/factories.ts";
import { slaTimersTask } from "../../sla/escalation/sla-timers.job.ts";
import { notifications } from "../../sla/sla.tables.ts";
import { CALLBACK_OVERDUE_KIND, escalateOverdueCallbacks } from "./escalate-overdue-callbacks.ts";
import { telephonyCalls } from "./telephony.tables.ts";

describeEachEngine("overdue callbacks on the SLA timer worker", (ctx) => {
  const missedCall = async (callId: string, callbackDueAt: Date, done = false) => {
    const [row] = await ctx.deps.db
      .insert(telephonyCalls)
      .values({
        callId,
        direction: "inbound",
        fromNumber: "+92 300 1234567",
        toNumber: "+92 21 111 000 111",
        state: "ended",
        ringingAt: new Date(callbackDueAt.getTime() - 3_660_000),
        endedAt: new Date(callbackDueAt.getTime() - 3_600_000),
        callbackDueAt,
        callbackDoneAt: done ? new Date(callbackDueAt.getTime() - 60_000) : null,
      })
      .returning();
    return row!;
  };
  const leadsOfTwoGroups = async () => {
    const org = await buildOrg(ctx.deps);
    const one = await buildPerson(ctx.deps, org.id, "agent");
    const two = await buildPerson(ctx.deps, org.id, "manager");
    await buildGroup(ctx.deps, { leadId: one.id });
    await buildGroup(ctx.deps, { leadId: two.id, tier: 2 });
    await buildGroup(ctx.deps, { leadId: one.id, tier: 3 });
    return [one.id, two.id].sort();
  };

  it("escalates a callback once its due time passes, to the groups' leads, recorded on the call", async () => {
    const leads = await leadsOfTwoGroups();
    const due = new Date("2026-03-02T10:00:00Z");
    const call = await missedCall("late", due);
    await missedCall("called-back", due, true);
    await missedCall("not-yet", new Date("2026-03-02T11:00:00Z"));

    ctx.deps.clock.set("2026-03-02T09:59:59Z");
    expect(await escalateOverdueCallbacks(ctx.deps, 100)).toBe(0);

    ctx.deps.clock.set("2026-03-02T10:00:30Z");
    expect(await escalateOverdueCallbacks(ctx.deps, 100)).toBe(1);
    const [after] = await ctx.deps.db.select().from(telephonyCalls).where(eq(telephonyCalls.id, call.id));
    expect(after!.callbackEscalatedAt?.toISOString()).toBe("2026-03-02T10:00:30.000Z");
    const sent = await ctx.deps.db.select().from(notifications);
    expect(sent.map((n) => n.personId).sort()).toEqual(leads);
    expect(sent[0]).toMatchObject({
      kind: CALLBACK_OVERDUE_KIND,
      ticketId: null,
      title: "Missed call from +92 300 1234567: callback overdue",
    });

    // Recorded once: a later pass does not escalate it again.
    ctx.deps.clock.set("2026-03-02T10:30:00Z");
    expect(await escalateOverdueCallbacks(ctx.deps, 100)).toBe(0);
    expect(await ctx.deps.db.select().from(notifications)).toHaveLength(2);
  });

  it("fires each overdue callback exactly once when two workers pass at the same time", async () => {
    await leadsOfTwoGroups();
    for (let i = 0; i < 20; i++) await missedCall(`race-${i}`, new Date(Date.parse("2026-03-02T08:00:00Z") + i * 1000));
    ctx.deps.clock.set("2026-03-02T09:00:00Z");
    const counts = await Promise.all([
      escalateOverdueCallbacks(ctx.deps, 7),
      escalateOverdueCallbacks(ctx.deps, 7),
      escalateOverdueCallbacks(ctx.deps, 7),
    ]);
    const rest = await escalateOverdueCallbacks(ctx.deps, 100);
    expect(counts.reduce((a, b) => a + b, 0) + rest).toBe(20);
    expect(await ctx.deps.db.select().from(notifications)).toHaveLength(40);
  });

  it("is woken by the SLA timer worker at the callback's due time, and run by it", async () => {
    await leadsOfTwoGroups();
    await missedCall("wake", new Date("2026-03-02T09:30:00Z"));
    ctx.deps.clock.set("2026-03-02T09:00:00Z");
    const task = slaTimersTask(ctx.deps);
    expect((await task.nextWakeAt!())?.toISOString()).toBe("2026-03-02T09:30:00.000Z");
    ctx.deps.clock.set("2026-03-02T09:31:00Z");
    await task.run();
    expect(await ctx.deps.db.select().from(notifications)).toHaveLength(2);
    // Escalated, it no longer wakes the worker.
    expect(await task.nextWakeAt!()).toBeNull();
  });
});
