import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildWorkspace } from "../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../test/support/http.ts";
import { ensureSlaDefaults } from "./policy/ensure-sla-defaults.ts";

const WEEKLY = { timezone: "Asia/Karachi", weekly: { mon: [["09:00", "18:00"]] } };

describeEachEngine("SLA admin input that cannot be stored or counted", (ctx) => {
  const http = withApp(ctx);

  async function setup() {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const calendars = (await call(http.app, { method: "GET", url: "/api/v1/sla/calendars", as: admin })).json().items;
    const policies = (await call(http.app, { method: "GET", url: "/api/v1/sla/policies", as: admin })).json().items;
    const always = calendars.find((c: { name: string }) => c.name === "24×7").id as string;
    const targets = Object.fromEntries(
      ["critical", "high", "medium", "low"].map((p) => [
        p,
        { firstResponseMinutes: 60, resolutionMinutes: 600, calendarId: always },
      ]),
    );
    return { w, admin, always, standard: policies[0], targets };
  }

  const field = (res: { statusCode: number; json: () => { code: string; errors?: Array<{ field: string }> } }) => ({
    status: res.statusCode,
    code: res.json().code,
    field: res.json().errors?.[0]?.field,
  });

  it("refuses a NUL in a calendar's or a policy's name as 422 naming the field", async () => {
    const s = await setup();
    const calendar = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/calendars",
      body: { name: "Karachi\u0000", definition: WEEKLY },
      as: s.admin,
    });
    expect(field(calendar)).toEqual({ status: 422, code: "VALIDATION_FAILED", field: "body.name" });
    const holiday = { ...WEEKLY, holidays: [{ date: "2026-08-14", name: "Independence\u0000Day" }] };
    const named = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/calendars",
      body: { name: "Karachi", definition: holiday },
      as: s.admin,
    });
    expect(named.statusCode, named.body).toBe(422);
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/policies",
      body: { name: "VIP\u0000", definition: { targets: s.targets } },
      as: s.admin,
    });
    expect(field(created)).toEqual({ status: 422, code: "VALIDATION_FAILED", field: "body.name" });
    const renamed = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/sla/policies/${s.standard.id}`,
      body: { name: "\u0000" },
      as: s.admin,
    });
    expect(field(renamed)).toEqual({ status: 422, code: "VALIDATION_FAILED", field: "body.name" });
  });

  it("refuses instants outside 1970–2200 as 422 naming the field, wherever one is taken", async () => {
    const s = await setup();
    const preview = (openedAt: string) =>
      call(http.app, {
        method: "POST",
        url: "/api/v1/sla/preview",
        body: { organizationId: s.w.client.id, type: "incident", channel: "portal", priority: "high", openedAt },
        as: s.admin,
      });
    for (const openedAt of ["2201-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "9999-12-31T23:59:59Z"]) {
      expect(field(await preview(openedAt))).toEqual({
        status: 422,
        code: "VALIDATION_FAILED",
        field: "body.openedAt",
      });
    }
    expect((await preview("2200-12-31T00:00:00Z")).statusCode).toBe(200);
    // In range as an instant, but its deadline falls past the last supported year: still the caller's field, never a 500.
    expect(field(await preview("2200-12-31T23:30:00Z"))).toEqual({
      status: 422,
      code: "INSTANT_OUT_OF_RANGE",
      field: "body.openedAt",
    });
    const revise = await call(http.app, {
      method: "PUT",
      url: `/api/v1/sla/calendars/${s.always}`,
      body: { definition: { timezone: "UTC", always: true }, effectiveFrom: "2201-01-01T00:00:00Z" },
      as: s.admin,
    });
    expect(field(revise)).toEqual({ status: 422, code: "VALIDATION_FAILED", field: "body.effectiveFrom" });
    const policy = await call(http.app, {
      method: "PUT",
      url: `/api/v1/sla/policies/${s.standard.id}`,
      body: { definition: { targets: s.targets }, effectiveFrom: "2201-01-01T00:00:00Z" },
      as: s.admin,
    });
    expect(field(policy)).toEqual({ status: 422, code: "VALIDATION_FAILED", field: "body.effectiveFrom" });
    const escalations = await call(http.app, {
      method: "GET",
      url: "/api/v1/escalations?from=0001-01-01T00:00:00Z",
      as: s.admin,
    });
    expect(field(escalations)).toEqual({ status: 422, code: "VALIDATION_FAILED", field: "query.from" });
  });
});
