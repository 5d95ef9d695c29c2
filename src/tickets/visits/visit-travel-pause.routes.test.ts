import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { organizations } from "../../identity/identity.tables.ts";
import { ensureSlaDefaults } from "../../sla/policy/ensure-sla-defaults.ts";

const HQ = { id: "hq", label: "Head office", street: "", city: "Lahore", timezone: "Asia/Karachi", hours: null };
const MINUTE = 60_000;

// End to end over HTTP: an admin turns travelPausesResolution on in a policy, an agent books a visit, the technician
// starts travelling and checks in 30 minutes later, and the ticket's resolution due time moves by those 30 minutes.
// The test clock stands at Monday 2026-03-02 09:00Z (14:00 in Lahore, inside the default business hours).
describeEachEngine("the travel pause, end to end", (ctx) => {
  const http = withApp(ctx);

  async function ticketUnderPolicy(travelPausesResolution: boolean) {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    await ctx.deps.db
      .update(organizations)
      .set({ addresses: [HQ] })
      .where(eq(organizations.id, w.client.id));
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const policies = await call(http.app, { method: "GET", url: "/api/v1/sla/policies", as: admin });
    const defaultPolicy = policies.json().items.find((p: { isDefault: boolean }) => p.isDefault);
    const detail = await call(http.app, { method: "GET", url: `/api/v1/sla/policies/${defaultPolicy.id}`, as: admin });
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/policies",
      as: admin,
      body: {
        name: `Onsite travel ${travelPausesResolution}`,
        position: 1,
        conditions: { organizationIds: [w.client.id] },
        definition: { ...detail.json().current.definition, travelPausesResolution },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const t = await buildTicket(ctx.deps, w.agent, {
      requesterId: w.requester.personId,
      groupId: w.group.id,
      assigneeId: w.agent.personId,
    });
    const booked = await call(http.app, {
      method: "POST",
      url: `/api/v1/tickets/${t.id}/visits`,
      as: agent,
      body: {
        technicianId: w.agent.personId,
        site: { addressId: "hq" },
        windowStart: "2026-03-02T09:30:00Z",
        windowEnd: "2026-03-02T10:30:00Z",
      },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const step = async (s: string) => {
      const res = await call(http.app, { method: "POST", url: `/api/v1/visits/${booked.json().id}/${s}`, as: agent });
      expect(res.statusCode, res.body).toBe(200);
    };
    const resolution = async () => {
      const sla = await call(http.app, { method: "GET", url: `/api/v1/tickets/${t.id}/sla`, as: agent });
      const clock = sla.json().clocks.find((c: { kind: string }) => c.kind === "resolution");
      const ticket = await call(http.app, { method: "GET", url: `/api/v1/tickets/${t.id}`, as: agent });
      return {
        state: clock.state as string,
        dueAt: Date.parse(clock.dueAt),
        ticketDueAt: ticket.json().sla?.resolutionDueAt,
      };
    };
    return { step, resolution };
  }

  it("with the setting on, the time on the road moves the resolution due time by exactly that long", async () => {
    const { step, resolution } = await ticketUnderPolicy(true);
    const before = await resolution();
    ctx.deps.clock.advance(10 * MINUTE);
    await step("travel-start");
    ctx.deps.clock.advance(30 * MINUTE);
    await step("check-in");
    const after = await resolution();
    expect(after.state).toBe("running");
    expect(after.dueAt - before.dueAt).toBe(30 * MINUTE);
    expect(Date.parse(after.ticketDueAt) - Date.parse(before.ticketDueAt)).toBe(30 * MINUTE);
  });

  it("with it off (the default), travelling leaves the due time where it was", async () => {
    const { step, resolution } = await ticketUnderPolicy(false);
    const before = await resolution();
    ctx.deps.clock.advance(10 * MINUTE);
    await step("travel-start");
    ctx.deps.clock.advance(30 * MINUTE);
    await step("check-in");
    const after = await resolution();
    expect(after.dueAt).toBe(before.dueAt);
    expect(after.ticketDueAt).toBe(before.ticketDueAt);
  });
});
