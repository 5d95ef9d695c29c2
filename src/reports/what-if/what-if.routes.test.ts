import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildPerson, buildWorkspace, ticketInput } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { ensureSlaDefaults } from "../../sla/policy/ensure-sla-defaults.ts";
import { findPolicies, findPolicyVersions } from "../../sla/policy/policy.store.ts";
import type { PolicyDefinition } from "../../sla/policy/policy.ts";
import { ticketSla } from "../../sla/sla.tables.ts";
import { ticketEvents } from "../../tickets/ticket.tables.ts";
import { replyToTicket } from "../../tickets/conversation/reply-to-ticket.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { updateTicket } from "../../tickets/ticket/update-ticket.ts";

describeEachEngine("SLA what-if route", (ctx) => {
  const http = withApp(ctx);

  // Monday 2026-03-02 14:00 in Karachi, on the Standard SLA (medium: 60 minutes to a response, 480 to resolve):
  // one ticket answered after 20 minutes, one after 45; both resolved within the hour.
  async function setup() {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const manager = await buildPerson(ctx.deps, w.provider.id, "manager");
    const placed = { requesterId: w.requester.personId, groupId: w.group.id, assigneeId: w.agent.personId };
    const quick = await createTicket(ctx.deps, w.agent, ticketInput(placed));
    const slow = await createTicket(ctx.deps, w.agent, ticketInput(placed));
    ctx.deps.clock.advance(20 * 60_000);
    await replyToTicket(ctx.deps, w.agent, quick.id, { body: "On it." });
    ctx.deps.clock.advance(25 * 60_000);
    await replyToTicket(ctx.deps, w.agent, slow.id, { body: "On it too." });
    ctx.deps.clock.advance(15 * 60_000);
    for (const t of [quick, slow]) await updateTicket(ctx.deps, w.agent, t.id, { version: 3, status: "resolved" });
    ctx.deps.clock.advance(7 * 86_400_000);
    const [policy] = await findPolicies(ctx.deps.db);
    const [version] = await findPolicyVersions(ctx.deps.db);
    const standard = version!.definition as PolicyDefinition;
    return {
      w,
      quick,
      slow,
      policyId: policy!.id,
      standard,
      boss: await sessionFor(ctx.deps, manager.id),
      agent: await sessionFor(ctx.deps, w.agent.personId),
    };
  }

  const whatIf = (body: unknown, as?: Parameters<typeof call>[1]["as"]) =>
    call(http.app, { method: "POST", url: "/api/v1/reports/what-if", as, body });
  const halveMediumResponse = (d: PolicyDefinition): PolicyDefinition => ({
    ...d,
    targets: { ...d.targets, medium: { ...d.targets.medium, firstResponseMinutes: 30 } },
  });

  it("answers a manager with the week's compliance both ways and the ticket a 30-minute response would breach", async () => {
    const s = await setup();
    const res = await whatIf(
      { from: "2026-03-02", to: "2026-03-09", policyId: s.policyId, definition: halveMediumResponse(s.standard) },
      s.boss,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      period: { from: "2026-03-02T00:00:00.000Z", to: "2026-03-09T00:00:00.000Z" },
      policy_id: s.policyId,
      tickets: 2,
      actual: { response_met_rate: 1, resolution_met_rate: 1, by_priority: { medium: { response_met_rate: 1 } } },
      draft: { response_met_rate: 0.5, resolution_met_rate: 1, by_priority: { medium: { response_met_rate: 0.5 } } },
      flips: [
        { ticket_id: s.slow.id, number: s.slow.number, clock: "first_response", actual: "met", draft: "breached" },
      ],
    });
  });

  it("never writes: the tickets' log and their stored clocks are as they were", async () => {
    const s = await setup();
    const before = [await ctx.deps.db.select().from(ticketEvents), await ctx.deps.db.select().from(ticketSla)];
    const res = await whatIf(
      { from: "2026-03-02", to: "2026-03-09", definition: halveMediumResponse(s.standard) },
      s.boss,
    );
    expect(res.json()).toMatchObject({ policy_id: null, tickets: 2, flips: [{ number: s.slow.number }] });
    expect([await ctx.deps.db.select().from(ticketEvents), await ctx.deps.db.select().from(ticketSla)]).toEqual(before);
  });

  it("is for managers and admins; bad drafts are refused naming the field", async () => {
    const s = await setup();
    const body = { from: "2026-03-02", to: "2026-03-09", definition: s.standard };
    expect((await whatIf(body, undefined)).statusCode).toBe(401);
    expect((await whatIf(body, s.agent)).json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const elsewhere = { ...s.standard.targets.low, calendarId: "00000000-0000-4000-8000-0000000000aa" };
    const unknownCalendar = await whatIf(
      { ...body, definition: { ...s.standard, targets: { ...s.standard.targets, low: elsewhere } } },
      s.boss,
    );
    expect(unknownCalendar.json()).toMatchObject({
      status: 422,
      errors: [{ field: "body.definition.targets.low.calendarId" }],
    });
    const noSuchPolicy = await whatIf({ ...body, policyId: "00000000-0000-4000-8000-0000000000bb" }, s.boss);
    expect(noSuchPolicy.json()).toMatchObject({ status: 404, errors: [{ field: "body.policyId" }] });
    const backwards = await whatIf({ ...body, from: "2026-03-09", to: "2026-03-02" }, s.boss);
    expect(backwards.json()).toMatchObject({ status: 422, errors: [{ field: "body.to" }] });
  });
});
