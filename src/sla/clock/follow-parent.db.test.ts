import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace, ticketInput } from "../../../test/support/factories.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { replyToTicket } from "../../tickets/conversation/reply-to-ticket.ts";
import { updateTicket } from "../../tickets/ticket/update-ticket.ts";
import { ensureSlaDefaults } from "../policy/ensure-sla-defaults.ts";
import { getTicketSla } from "./get-ticket-sla.ts";
import { ticketSla } from "../sla.tables.ts";

describeEachEngine("reports following a major incident's clocks", (ctx) => {
  const slaOf = async (id: string) =>
    (await ctx.deps.db.select().from(ticketSla).where(eq(ticketSla.ticketId, id)))[0]!;

  it("a linked report shows the incident's deadlines, fires nothing itself, and runs its own clocks again once unlinked", async () => {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const outage = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ requesterId: w.requester.personId, impact: "organization", urgency: "high" }),
    );
    const report = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ requesterId: w.colleague.personId, impact: "person", urgency: "low", parentId: outage.id }),
    );

    const parent = await slaOf(outage.id);
    const child = await slaOf(report.id);
    expect(child).toMatchObject({
      nextDueAt: null,
      responseDueAt: parent.responseDueAt,
      resolutionDueAt: parent.resolutionDueAt,
    });

    ctx.deps.clock.advance(60_000);
    await replyToTicket(ctx.deps, w.agent, outage.id, { body: "We are on it." });
    const followed = await slaOf(report.id);
    expect(followed.summary.clocks.find((c) => c.kind === "first_response")!.state).toBe("stopped");
    const view = await getTicketSla(ctx.deps, w.agent, report.id);
    expect(view.followsParent).toEqual({ id: outage.id, number: outage.number });
    expect(view.summary!.priority).toBe("critical");

    const unlinked = await updateTicket(ctx.deps, w.agent, report.id, {
      version: report.state.version,
      parentId: null,
    });
    expect(unlinked.parentId).toBeNull();
    const own = await slaOf(report.id);
    expect(own.nextDueAt).not.toBeNull();
    expect(own.summary.priority).toBe("low");
  });
});
