import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace, ticketInput } from "../../../test/support/factories.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { listTickets } from "../../tickets/ticket/list-tickets.store.ts";
import { updateTicket } from "../../tickets/ticket/update-ticket.ts";
import { ensureSlaDefaults } from "../policy/ensure-sla-defaults.ts";
import { getTicketSla } from "./get-ticket-sla.ts";
import { ticketSla } from "../sla.tables.ts";
import { presentTicketSla } from "./ticket-sla.present.ts";

describeEachEngine("a ticket opened in a paused status", (ctx) => {
  const slaOf = async (id: string) =>
    (await ctx.deps.db.select().from(ticketSla).where(eq(ticketSla.ticketId, id)))[0]!;
  const MIN = 60_000;

  it("starts with its resolution clock paused, and shows when it would be due if resumed now", async () => {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    // Critical runs on the 24×7 calendar: 60 minutes to resolve.
    const waiting = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ requesterId: w.requester.personId, impact: "organization", urgency: "high", status: "pending" }),
    );
    expect(waiting.state.status).toBe("pending");
    const stored = await slaOf(waiting.id);
    expect(stored.summary.clocks.find((c) => c.kind === "resolution")).toMatchObject({
      state: "paused",
      usedMs: 0,
      dueAt: null,
    });
    expect(stored.summary.clocks.find((c) => c.kind === "first_response")).toMatchObject({ state: "running" });
    expect(stored.resolutionDueAt).toBeNull();

    ctx.deps.clock.advance(30 * MIN);
    const now = ctx.deps.clock.now().getTime();
    const view = await getTicketSla(ctx.deps, w.agent, waiting.id);
    const resolution = view.summary!.clocks.find((c) => c.kind === "resolution")!;
    expect(resolution).toMatchObject({ state: "paused", usedMs: 0, dueAt: null, dueIfResumedAt: now + 60 * MIN });
    const shown = presentTicketSla(view).clocks.find((c) => c.kind === "resolution")!;
    expect(shown.dueAt).toBeNull();
    expect(Date.parse(shown.dueIfResumedAt!)).toBe(now + 60 * MIN);

    // Resumed, it runs from the resume with the whole target left.
    const open = await updateTicket(ctx.deps, w.agent, waiting.id, { version: waiting.state.version, status: "open" });
    expect(open.status).toBe("open");
    expect((await slaOf(waiting.id)).resolutionDueAt).toEqual(new Date(now + 60 * MIN));
  });

  it("sorts by when it would be due if resumed now (sort=due), among running clocks' due instants", async () => {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    // Critical (60 minutes to resolve, 24×7), logged during a call so only resolution runs.
    const input = ticketInput({
      requesterId: w.requester.personId,
      impact: "organization",
      urgency: "high",
      channel: "phone",
      status: "open",
    });
    const a = await createTicket(ctx.deps, w.agent, input); // due 09:00 + 60
    const b = await createTicket(ctx.deps, w.agent, input);
    ctx.deps.clock.advance(10 * MIN);
    await updateTicket(ctx.deps, w.agent, b.id, { version: b.state.version, status: "on_hold" }); // 50 minutes left
    ctx.deps.clock.advance(30 * MIN);
    const c = await createTicket(ctx.deps, w.agent, input); // due 09:40 + 60
    const byDue = async (order?: "asc" | "desc") =>
      (await listTickets(ctx.deps, w.agent, { sort: "due", order })).items.map((t) => t.id);
    // Now 09:40: b would be due 10:30 if resumed, between a (10:00) and c (10:40).
    expect(await byDue()).toEqual([a.id, b.id, c.id]);
    // Half an hour on, b would be due 11:00: a paused ticket's due-if-resumed moves with now, a due instant does not.
    ctx.deps.clock.advance(30 * MIN);
    expect(await byDue()).toEqual([a.id, c.id, b.id]);
    expect(await byDue("desc")).toEqual([b.id, c.id, a.id]);
    const first = await listTickets(ctx.deps, w.agent, { sort: "due", limit: 2 });
    const rest = await listTickets(ctx.deps, w.agent, { sort: "due", limit: 2, cursor: first.nextCursor! });
    expect([...first.items, ...rest.items].map((t) => t.id)).toEqual([a.id, c.id, b.id]);
  });

  it("a requester cannot choose the status of a ticket they open", async () => {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const own = await createTicket(ctx.deps, w.requester, ticketInput({ status: "pending" }));
    expect(own.state.status).toBe("new");
  });
});
