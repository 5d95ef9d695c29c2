import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace, ticketInput } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { updateTicket } from "../../tickets/ticket/update-ticket.ts";
import { ensureSlaDefaults } from "../policy/ensure-sla-defaults.ts";

describeEachEngine("GET /api/v1/tickets/:id/sla at the clocks' edges", (ctx) => {
  const http = withApp(ctx);

  it("says met_by_resolution while a ticket resolved without a reply stays resolved, and runs the response clock again on reopen", async () => {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const ticket = await createTicket(ctx.deps, w.requester, ticketInput());
    // A fresh session per read: the test's clock moves further than a session stays idle.
    const clock = async (kind: string) => {
      const res = await call(http.app, {
        method: "GET",
        url: `/api/v1/tickets/${ticket.id}/sla`,
        as: await sessionFor(ctx.deps, w.agent.personId),
      });
      return res.json().clocks.find((c: { kind: string }) => c.kind === kind);
    };
    ctx.deps.clock.advance(10 * 60_000);
    const resolved = await updateTicket(ctx.deps, w.agent, ticket.id, {
      version: ticket.state.version,
      status: "resolved",
    });
    expect(await clock("first_response")).toMatchObject({
      state: "stopped",
      outcome: "met_by_resolution",
      usedMinutes: 10,
    });
    ctx.deps.clock.advance(60 * 60_000);
    await updateTicket(ctx.deps, w.agent, ticket.id, { version: resolved.version, status: "open" });
    expect(await clock("first_response")).toMatchObject({
      state: "running",
      outcome: "pending",
      usedMinutes: 10,
      dueIfResumedAt: null,
    });
  });
});
