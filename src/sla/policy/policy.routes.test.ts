import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildCategory, buildPerson, buildWorkspace, ticketInput } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { ensureSlaDefaults } from "./ensure-sla-defaults.ts";

const GHOST = "00000000-0000-4000-8000-000000000000";

describeEachEngine("SLA policy routes", (ctx) => {
  const http = withApp(ctx);

  async function setup() {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const policies = (await call(http.app, { method: "GET", url: "/api/v1/sla/policies", as: agent })).json().items;
    const standard = policies[0];
    const calendars = (await call(http.app, { method: "GET", url: "/api/v1/sla/calendars", as: agent })).json().items;
    const always = calendars.find((c: { name: string }) => c.name === "24×7").id as string;
    const targets = (minutes: number) =>
      Object.fromEntries(
        ["critical", "high", "medium", "low"].map((p) => [
          p,
          { firstResponseMinutes: minutes, resolutionMinutes: minutes * 10, calendarId: always },
        ]),
      );
    return { w, admin, agent, standard, always, targets };
  }

  it("lists the default policy with its version in force, to staff", async () => {
    const s = await setup();
    expect(s.standard).toMatchObject({
      name: "Standard SLA",
      isDefault: true,
      active: true,
      current: { version: 1, definition: { targets: { critical: { firstResponseMinutes: 5 } } } },
    });
    const shown = await call(http.app, { method: "GET", url: `/api/v1/sla/policies/${s.standard.id}`, as: s.agent });
    expect(shown.json().versions).toHaveLength(1);
    const requester = await call(http.app, {
      method: "GET",
      url: "/api/v1/sla/policies",
      as: await sessionFor(ctx.deps, s.w.requester.personId),
    });
    expect(requester.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
  });

  it("adds a policy, names a missing priority, an unknown calendar and an unknown manager", async () => {
    const s = await setup();
    const body = {
      name: "VIP",
      position: 10,
      conditions: { organizationIds: [s.w.client.id] },
      definition: { targets: s.targets(3) },
    };
    const created = await call(http.app, { method: "POST", url: "/api/v1/sla/policies", body, as: s.admin });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: "VIP",
      position: 10,
      isDefault: false,
      current: { version: 1, definition: { pauseStatuses: ["pending", "on_hold"] } },
    });
    const { high: _high, ...noHigh } = s.targets(3);
    const missing = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/policies",
      body: { ...body, name: "X", definition: { targets: noHigh } },
      as: s.admin,
    });
    expect(missing.json()).toMatchObject({
      status: 422,
      code: "VALIDATION_FAILED",
      errors: [{ field: "body.definition.targets.high" }],
    });
    const ghostCalendar = { ...s.targets(3), high: { ...s.targets(3).high, calendarId: GHOST } };
    const unknown = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/policies",
      body: { ...body, name: "X", definition: { targets: ghostCalendar } },
      as: s.admin,
    });
    expect(unknown.json()).toMatchObject({
      status: 422,
      code: "UNKNOWN_CALENDAR",
      errors: [{ field: "body.definition.targets.high.calendarId" }],
    });
    const requester = await buildPerson(ctx.deps, s.w.client.id);
    const escalations = [
      {
        level: 1,
        clock: "resolution",
        offsetMinutes: 0,
        actions: [{ type: "notify", who: ["managers"], managerIds: [s.w.admin.personId, requester.id] }],
      },
    ];
    const manager = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/policies",
      body: { ...body, name: "X", definition: { targets: s.targets(3), escalations } },
      as: s.admin,
    });
    expect(manager.json()).toMatchObject({
      status: 422,
      code: "UNKNOWN_PERSON",
      errors: [{ field: "body.definition.escalations.0.actions.0.managerIds.1" }],
    });
    const taken = await call(http.app, { method: "POST", url: "/api/v1/sla/policies", body, as: s.admin });
    expect(taken.json()).toMatchObject({ status: 409, code: "NAME_TAKEN", errors: [{ field: "body.name" }] });
    expect(
      (await call(http.app, { method: "POST", url: "/api/v1/sla/policies", body: { ...body, name: "Y" }, as: s.agent }))
        .statusCode,
    ).toBe(403);
  });

  it("versions target changes: tickets keep the version they opened under", async () => {
    const s = await setup();
    const before = await createTicket(ctx.deps, s.w.agent, ticketInput({ requesterId: s.w.requester.personId }));
    ctx.deps.clock.advance(60_000);
    const revised = await call(http.app, {
      method: "PUT",
      url: `/api/v1/sla/policies/${s.standard.id}`,
      body: { definition: { targets: s.targets(7) } },
      as: s.admin,
    });
    expect(revised.statusCode).toBe(200);
    expect(revised.json()).toMatchObject({ current: { version: 2, effectiveFrom: "2026-03-02T09:01:00.000Z" } });
    const scheduled = await call(http.app, {
      method: "PUT",
      url: `/api/v1/sla/policies/${s.standard.id}`,
      body: { definition: { targets: s.targets(9) }, effectiveFrom: "2026-03-09T00:00:00Z" },
      as: s.admin,
    });
    expect(scheduled.json()).toMatchObject({
      current: { version: 2 },
      versions: [{ version: 1 }, { version: 2 }, { version: 3, effectiveFrom: "2026-03-09T00:00:00.000Z" }],
    });
    const past = await call(http.app, {
      method: "PUT",
      url: `/api/v1/sla/policies/${s.standard.id}`,
      body: { definition: { targets: s.targets(9) }, effectiveFrom: "2026-03-01T00:00:00Z" },
      as: s.admin,
    });
    expect(past.json()).toMatchObject({
      status: 422,
      code: "EFFECTIVE_FROM_IN_PAST",
      errors: [{ field: "body.effectiveFrom" }],
    });
    const after = await createTicket(ctx.deps, s.w.agent, ticketInput({ requesterId: s.w.requester.personId }));
    const sla = async (id: string) =>
      (await call(http.app, { method: "GET", url: `/api/v1/tickets/${id}/sla`, as: s.agent })).json();
    expect((await sla(before.id)).policy).toMatchObject({ version: 1 });
    expect((await sla(after.id)).policy).toMatchObject({ version: 2 });
    const ghost = await call(http.app, {
      method: "PUT",
      url: `/api/v1/sla/policies/${GHOST}`,
      body: { definition: { targets: s.targets(9) } },
      as: s.admin,
    });
    expect(ghost.json()).toMatchObject({ status: 404, code: "POLICY_NOT_FOUND" });
  });

  it("patches name, position, active and conditions without a version, and keeps the default", async () => {
    const s = await setup();
    const vip = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/sla/policies",
        body: { name: "VIP", definition: { targets: s.targets(3) } },
        as: s.admin,
      })
    ).json();
    const patched = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/sla/policies/${vip.id}`,
      body: { name: "Gold", position: 5, active: false, conditions: { channels: ["phone"] } },
      as: s.admin,
    });
    expect(patched.json()).toMatchObject({
      name: "Gold",
      position: 5,
      active: false,
      conditions: { channels: ["phone"] },
      versions: [{ version: 1 }],
    });
    const deactivate = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/sla/policies/${s.standard.id}`,
      body: { active: false },
      as: s.admin,
    });
    expect(deactivate.json()).toMatchObject({
      status: 409,
      code: "DEFAULT_POLICY_REQUIRED",
      errors: [{ field: "body.active" }],
    });
    const remove = await call(http.app, {
      method: "DELETE",
      url: `/api/v1/sla/policies/${s.standard.id}`,
      as: s.admin,
    });
    expect(remove.json()).toMatchObject({ status: 409, code: "DEFAULT_POLICY_REQUIRED" });
    const unknownField = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/sla/policies/${vip.id}`,
      body: { isDefault: true },
      as: s.admin,
    });
    expect(unknownField.json()).toMatchObject({
      status: 422,
      errors: [{ field: "body.isDefault", message: "unknown field" }],
    });
    expect(
      (await call(http.app, { method: "DELETE", url: `/api/v1/sla/policies/${vip.id}`, as: s.admin })).statusCode,
    ).toBe(204);
  });

  it("refuses to delete a policy tickets are measured under", async () => {
    const s = await setup();
    const vip = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/sla/policies",
        body: { name: "VIP", definition: { targets: s.targets(3) } },
        as: s.admin,
      })
    ).json();
    await createTicket(ctx.deps, s.w.agent, ticketInput({ requesterId: s.w.requester.personId }));
    const res = await call(http.app, { method: "DELETE", url: `/api/v1/sla/policies/${vip.id}`, as: s.admin });
    expect(res.json()).toMatchObject({ status: 409, code: "POLICY_IN_USE" });
  });

  it("previews the policy, version and deadlines on the calendar with its offset", async () => {
    const s = await setup();
    const category = await buildCategory(ctx.deps);
    const body = {
      organizationId: s.w.client.id,
      type: "incident",
      categoryId: category.id,
      channel: "email",
      impact: "department",
      urgency: "high",
      openedAt: "2026-03-06T17:55:00+05:00",
    };
    const res = await call(http.app, { method: "POST", url: "/api/v1/sla/preview", body, as: s.agent });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      policy: { name: "Standard SLA", version: 1, versionId: s.standard.current.id },
      priority: "high",
      openedAt: "2026-03-06T17:55:00+05:00",
      targets: [
        { clock: "first_response", minutes: 10, calendarName: "Support hours", deadline: "2026-03-09T09:05:00+05:00" },
        { clock: "resolution", minutes: 240, calendarName: "Support hours", deadline: "2026-03-09T12:55:00+05:00" },
      ],
    });
    const critical = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/preview",
      body: { ...body, impact: undefined, urgency: undefined, priority: "critical" },
      as: s.agent,
    });
    expect(critical.json().targets[0]).toMatchObject({ calendarName: "24×7", deadline: "2026-03-06T13:00:00+00:00" });
    const noPriority = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/preview",
      body: { ...body, urgency: undefined },
      as: s.agent,
    });
    expect(noPriority.json()).toMatchObject({
      status: 422,
      code: "PRIORITY_NEEDED",
      errors: [{ field: "body.urgency" }],
    });
    const ghostOrg = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/preview",
      body: { ...body, organizationId: GHOST },
      as: s.agent,
    });
    expect(ghostOrg.json()).toMatchObject({
      status: 422,
      code: "UNKNOWN_ORGANIZATION",
      errors: [{ field: "body.organizationId" }],
    });
    const asRequester = await sessionFor(ctx.deps, s.w.requester.personId);
    const { openedAt: _, ...requesterBody } = body;
    const own = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/preview",
      body: requesterBody,
      as: asRequester,
    });
    expect(own.json()).toMatchObject({
      priority: "high",
      targets: [
        { clock: "first_response", minutes: 10 },
        { clock: "resolution", minutes: 240 },
      ],
    });
    const otherOrg = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/preview",
      body: { ...requesterBody, organizationId: s.w.provider.id },
      as: asRequester,
    });
    expect(otherOrg.json()).toMatchObject({
      status: 422,
      code: "UNKNOWN_ORGANIZATION",
      errors: [{ field: "body.organizationId" }],
    });
    const override = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/preview",
      body: { ...requesterBody, priority: "critical" },
      as: asRequester,
    });
    expect(override.statusCode).toBe(403);
  });
});
