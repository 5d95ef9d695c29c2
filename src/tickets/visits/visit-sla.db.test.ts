import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { organizations } from "../../identity/identity.tables.ts";
import { getTicketSla } from "../../sla/clock/get-ticket-sla.ts";
import { fireDueTimers } from "../../sla/escalation/fire-due-timers.ts";
import { createPolicy } from "../../sla/policy/create-policy.ts";
import { ensureSlaDefaults } from "../../sla/policy/ensure-sla-defaults.ts";
import { listPolicies } from "../../sla/policy/list-policies.ts";
import { escalations } from "../../sla/sla.tables.ts";
import { recordVisitStep } from "./record-visit-step.ts";
import { scheduleVisit } from "./schedule-visit.ts";
import { findVisitUnscoped } from "./visit.store.ts";

const HQ = { id: "hq", label: "Head office", street: "", city: "Lahore", timezone: "Asia/Karachi", hours: null };

describeEachEngine("onsite visits and the SLA", (ctx) => {
  async function setting(arrivalCountsAsResponse: boolean) {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    await ctx.deps.db
      .update(organizations)
      .set({ addresses: [HQ] })
      .where(eq(organizations.id, w.client.id));
    const base = (await listPolicies(ctx.deps, w.admin)).find((p) => p.policy.isDefault)!.current!.definition;
    await createPolicy(ctx.deps, w.admin, {
      name: `Onsite ${arrivalCountsAsResponse}`,
      position: 1,
      conditions: { organizationIds: [w.client.id] },
      definition: { ...base, arrivalCountsAsResponse },
    });
    const t = await buildTicket(ctx.deps, w.agent, {
      requesterId: w.requester.personId,
      groupId: w.group.id,
      assigneeId: w.agent.personId,
    });
    const { visit } = await scheduleVisit(ctx.deps, w.agent, t.id, {
      technicianId: w.agent.personId,
      site: { addressId: "hq" },
      windowStart: new Date("2026-03-02T09:10:00Z"),
      windowEnd: new Date("2026-03-02T09:40:00Z"),
    });
    return { w, t, visit };
  }
  const response = async (actor: Parameters<typeof getTicketSla>[1], id: string) =>
    (await getTicketSla(ctx.deps, actor, id)).summary!.clocks.find((c) => c.kind === "first_response")!;

  it("with arrivalCountsAsResponse on, the technician's check-in stops the ticket's response clock", async () => {
    const { w, t, visit } = await setting(true);
    ctx.deps.clock.advance(20 * 60_000);
    await recordVisitStep(ctx.deps, w.agent, visit.id, "arrived");
    expect(await response(w.agent, t.id)).toMatchObject({ state: "stopped", stopCause: "technician arrived on site" });
  });

  it("with it off, the check-in leaves the response clock running", async () => {
    const { w, t, visit } = await setting(false);
    ctx.deps.clock.advance(20 * 60_000);
    await recordVisitStep(ctx.deps, w.agent, visit.id, "arrived");
    expect((await response(w.agent, t.id)).state).toBe("running");
  });

  it("a window that ends without the technician on site is recorded as missed and escalated once by the SLA worker", async () => {
    const { t, visit } = await setting(false);
    ctx.deps.clock.advance(39 * 60_000);
    await fireDueTimers(ctx.deps);
    expect((await findVisitUnscoped(ctx.deps.db, visit.id))!.missedAt).toBeNull();
    ctx.deps.clock.advance(2 * 60_000);
    await fireDueTimers(ctx.deps);
    await fireDueTimers(ctx.deps);
    expect((await findVisitUnscoped(ctx.deps.db, visit.id))!.missedAt?.toISOString()).toBe("2026-03-02T09:41:00.000Z");
    const rows = await ctx.deps.db.select().from(escalations).where(eq(escalations.ticketId, t.id));
    const missed = rows.filter((r) => r.rule?.startsWith(`visit:${visit.id}`));
    expect(missed).toHaveLength(1);
    expect(missed[0]).toMatchObject({ kind: "breach", at: new Date("2026-03-02T09:40:00Z") });
  });

  it("an arrival within the window leaves nothing to miss", async () => {
    const { w, t, visit } = await setting(false);
    ctx.deps.clock.advance(30 * 60_000);
    await recordVisitStep(ctx.deps, w.agent, visit.id, "arrived");
    ctx.deps.clock.advance(30 * 60_000);
    await fireDueTimers(ctx.deps);
    const rows = await ctx.deps.db.select().from(escalations).where(eq(escalations.ticketId, t.id));
    expect(rows.filter((r) => r.rule?.startsWith("visit:"))).toEqual([]);
  });
});
