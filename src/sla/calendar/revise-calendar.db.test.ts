import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace, ticketInput } from "../../../test/support/factories.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { ensureSlaDefaults } from "../policy/ensure-sla-defaults.ts";
import { fireDueTimers } from "../escalation/fire-due-timers.ts";
import { reviseCalendar } from "./revise-calendar.ts";
import { ticketSla } from "../sla.tables.ts";
import { findCalendarByName } from "./calendar.store.ts";

describeEachEngine("editing a calendar", (ctx) => {
  it("moves the deadlines of running clocks on it and keeps the business time already used", async () => {
    // Monday 2 March 2026, 10:00 in Karachi (05:00Z); a Medium ticket must be resolved in 8 business hours.
    ctx.deps.clock.set("2026-03-02T05:00:00Z");
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const t = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ requesterId: w.requester.personId, impact: "department", urgency: "medium" }),
    );
    const before = (await ctx.deps.db.select().from(ticketSla).where(eq(ticketSla.ticketId, t.id)))[0]!;
    expect(before.resolutionDueAt!.toISOString()).toBe("2026-03-02T13:00:00.000Z"); // Monday 18:00 local

    ctx.deps.clock.set("2026-03-02T06:00:00Z"); // one business hour used
    const office = (await findCalendarByName(ctx.deps.db, "Support hours"))!;
    const short = [["09:00", "13:00"]];
    await reviseCalendar(ctx.deps, w.admin, office.id, {
      definition: { timezone: "Asia/Karachi", weekly: { mon: short, tue: short, wed: short, thu: short, fri: short } },
    });
    await fireDueTimers(ctx.deps);

    const after = (await ctx.deps.db.select().from(ticketSla).where(eq(ticketSla.ticketId, t.id)))[0]!;
    // 7 hours left on 09:00–13:00 days from Monday 11:00: 2 h Monday, 4 h Tuesday, 1 h Wednesday → Wednesday 10:00.
    expect(after.resolutionDueAt!.toISOString()).toBe("2026-03-04T05:00:00.000Z");
    const resolution = after.summary.clocks.find((c) => c.kind === "resolution")!;
    expect(resolution.usedMs).toBe(3_600_000);
  });
});
