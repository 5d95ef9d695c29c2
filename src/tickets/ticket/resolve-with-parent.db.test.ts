import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace, ticketInput } from "../../../test/support/factories.ts";
import { createTicket } from "./create-ticket.ts";
import { getTicketHistory } from "./get-ticket.ts";
import { updateTicket } from "./update-ticket.ts";

describeEachEngine("major incidents", (ctx) => {
  it("resolving the outage resolves the reports it caused, each with its own event naming the parent", async () => {
    const w = await buildWorkspace(ctx.deps);
    const outage = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({
        requesterId: w.requester.personId,
        impact: "organization",
        urgency: "high",
        subject: "Email down",
      }),
    );
    const reports = [];
    for (const who of [w.requester, w.colleague]) {
      reports.push(
        await createTicket(
          ctx.deps,
          w.agent,
          ticketInput({ requesterId: who.personId, parentId: outage.id, subject: "Can't send mail" }),
        ),
      );
    }
    const unrelated = await createTicket(ctx.deps, w.agent, ticketInput({ requesterId: w.requester.personId }));
    await updateTicket(ctx.deps, w.agent, outage.id, { version: outage.state.version, status: "resolved" });
    for (const report of reports) {
      const { ticket, events } = await getTicketHistory(ctx.deps, w.agent, report.id);
      expect(ticket.status).toBe("resolved");
      const last = events.at(-1)!;
      expect(last).toMatchObject({
        type: "changed",
        actorId: null,
        data: { reason: `resolved with parent #${outage.number}` },
      });
    }
    expect((await getTicketHistory(ctx.deps, w.agent, unrelated.id)).ticket.status).toBe("new");
  });

  it("leaves children that were already resolved or closed alone", async () => {
    const w = await buildWorkspace(ctx.deps);
    const outage = await createTicket(ctx.deps, w.agent, ticketInput({ requesterId: w.requester.personId }));
    const child = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ requesterId: w.requester.personId, parentId: outage.id }),
    );
    const done = await updateTicket(ctx.deps, w.agent, child.id, { version: 1, status: "resolved" });
    await updateTicket(ctx.deps, w.agent, outage.id, { version: 1, status: "resolved" });
    const { ticket } = await getTicketHistory(ctx.deps, w.agent, child.id);
    expect(ticket.version).toBe(done.version);
  });
});
