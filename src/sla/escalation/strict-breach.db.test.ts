import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace, ticketInput } from "../../../test/support/factories.ts";
import { replyToTicket } from "../../tickets/conversation/reply-to-ticket.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { ensureSlaDefaults } from "../policy/ensure-sla-defaults.ts";
import { getTicketSla } from "../clock/get-ticket-sla.ts";
import { escalations, slaFirings, ticketSla } from "../sla.tables.ts";
import { fireDueTimers } from "./fire-due-timers.ts";

// ADR 0003: "Breach is strict. A clock stopped exactly at its target is met; it breaches when used time passes
// the target." Critical tickets run on the 24×7 calendar with a 5-minute first response, so the edge is exact.
describeEachEngine("breach is strict", (ctx) => {
  const FIVE_MINUTES = 5 * 60_000;

  async function criticalTicket() {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const t = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({
        requesterId: w.requester.personId,
        impact: "organization",
        urgency: "high",
        groupId: w.group.id,
        assigneeId: w.agent.personId,
      }),
    );
    return { w, t };
  }

  const responseClock = async (actor: Parameters<typeof getTicketSla>[1], id: string) =>
    (await getTicketSla(ctx.deps, actor, id)).summary!.clocks.find((c) => c.kind === "first_response")!;

  it("a response clock stopped exactly at its target is met, not breached, and the worker fires no breach for it", async () => {
    const { w, t } = await criticalTicket();
    ctx.deps.clock.advance(FIVE_MINUTES);
    await replyToTicket(ctx.deps, w.agent, t.id, { body: "Answered on the dot." });
    ctx.deps.clock.advance(FIVE_MINUTES);
    await fireDueTimers(ctx.deps);

    expect(await responseClock(w.agent, t.id)).toMatchObject({
      state: "stopped",
      usedMs: FIVE_MINUTES,
      outcome: "met",
      breachedAt: null,
    });
    const [row] = await ctx.deps.db.select().from(ticketSla).where(eq(ticketSla.ticketId, t.id));
    expect(row!.breached).toBe(false);
    const keys = (await ctx.deps.db.select().from(slaFirings).where(eq(slaFirings.ticketId, t.id))).map((f) => f.key);
    expect(
      keys
        .filter((k) => k.startsWith("first_response"))
        .map((k) => k.split(":").pop())
        .sort(),
    ).toEqual(["warn-50", "warn-75", "warn-90"]);
    const recorded = await ctx.deps.db.select().from(escalations).where(eq(escalations.ticketId, t.id));
    expect(recorded.filter((e) => e.kind === "breach")).toEqual([]);
  });

  it("a response one millisecond late is breached", async () => {
    const { w, t } = await criticalTicket();
    ctx.deps.clock.advance(FIVE_MINUTES + 1);
    await replyToTicket(ctx.deps, w.agent, t.id, { body: "Just late." });
    expect(await responseClock(w.agent, t.id)).toMatchObject({ state: "stopped", outcome: "breached" });
  });

  it("a running clock at exactly its target is not yet breached; a millisecond later it is", async () => {
    const { w, t } = await criticalTicket();
    const opened = ctx.deps.clock.now().getTime();
    ctx.deps.clock.advance(FIVE_MINUTES);
    expect(await responseClock(w.agent, t.id)).toMatchObject({
      state: "running",
      usedMs: FIVE_MINUTES,
      outcome: "pending",
      breachedAt: null,
    });
    ctx.deps.clock.advance(1);
    expect(await responseClock(w.agent, t.id)).toMatchObject({
      state: "running",
      outcome: "breached",
      breachedAt: opened + FIVE_MINUTES,
    });
  });
});
