import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../../test/support/http.ts";
import { ensureSlaDefaults } from "../policy/ensure-sla-defaults.ts";

const WEEKDAYS = { timezone: "Asia/Karachi", weekly: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]] } };

describeEachEngine("calendar routes", (ctx) => {
  const http = withApp(ctx);

  async function setup() {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    return {
      w,
      admin: await sessionFor(ctx.deps, w.admin.personId),
      agent: await sessionFor(ctx.deps, w.agent.personId),
    };
  }

  it("lists the seeded calendars to staff with the version in force, and refuses requesters", async () => {
    const s = await setup();
    const res = await call(http.app, { method: "GET", url: "/api/v1/sla/calendars", as: s.agent });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((c: { name: string }) => c.name)).toEqual(["24×7", "Support hours"]);
    expect(res.json().items[1]).toMatchObject({
      timezone: "Asia/Karachi",
      current: { definition: { timezone: "Asia/Karachi" } },
    });
    const requester = await call(http.app, {
      method: "GET",
      url: "/api/v1/sla/calendars",
      as: await sessionFor(ctx.deps, s.w.requester.personId),
    });
    expect(requester.statusCode).toBe(403);
    expect(requester.headers["content-type"]).toContain("application/problem+json");
    expect(requester.json()).toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets an admin add a calendar, and names the field at fault in a bad one", async () => {
    const s = await setup();
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/calendars",
      body: { name: "Lahore office", definition: WEEKDAYS },
      as: s.admin,
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe(`/api/v1/sla/calendars/${created.json().id}`);
    expect(created.json()).toMatchObject({
      name: "Lahore office",
      versions: [{ effectiveFrom: "2026-03-02T09:00:00.000Z", createdBy: s.w.admin.personId }],
    });
    const cases: Array<[unknown, string]> = [
      [{ ...WEEKDAYS, timezone: "Mars/Olympus" }, "body.definition.timezone"],
      [{ ...WEEKDAYS, weekly: { mon: [["25:00", "18:00"]] } }, "body.definition.weekly.mon[0][0]"],
      [
        {
          ...WEEKDAYS,
          weekly: {
            mon: [
              ["09:00", "12:00"],
              ["11:00", "13:00"],
            ],
          },
        },
        "body.definition.weekly.mon[1]",
      ],
      [{ ...WEEKDAYS, weekly: { tue: [["18:00", "09:00"]] } }, "body.definition.weekly.tue[0]"],
      [{ ...WEEKDAYS, weekly: { sat: [] } }, "body.definition.weekly"],
      [null, "body.definition"],
    ];
    for (const [definition, field] of cases) {
      const res = await call(http.app, {
        method: "POST",
        url: "/api/v1/sla/calendars",
        body: { name: "Bad", definition },
        as: s.admin,
      });
      expect(res.statusCode, field).toBe(422);
      expect(res.json()).toMatchObject({ status: 422, code: "CALENDAR_INVALID", errors: [{ field }] });
    }
    const absent = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/calendars",
      body: { name: "Bad" },
      as: s.admin,
    });
    expect(absent.json()).toMatchObject({ status: 422, errors: [{ field: "body.definition" }] });
    const taken = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/calendars",
      body: { name: "Lahore office", definition: WEEKDAYS },
      as: s.admin,
    });
    expect(taken.json()).toMatchObject({ status: 409, code: "NAME_TAKEN", errors: [{ field: "body.name" }] });
    const byAgent = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/calendars",
      body: { name: "Mine", definition: WEEKDAYS },
      as: s.agent,
    });
    expect(byAgent.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
  });

  it("edits a calendar as a new version, now or at a future instant, never in the past", async () => {
    const s = await setup();
    const id = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/sla/calendars",
        body: { name: "Office", definition: WEEKDAYS },
        as: s.admin,
      })
    ).json().id;
    ctx.deps.clock.advance(60_000);
    const later = { ...WEEKDAYS, weekly: { mon: [["08:00", "16:00"]] } };
    const now = await call(http.app, {
      method: "PUT",
      url: `/api/v1/sla/calendars/${id}`,
      body: { definition: later },
      as: s.admin,
    });
    expect(now.statusCode).toBe(200);
    expect(now.json().versions.map((v: { effectiveFrom: string }) => v.effectiveFrom)).toEqual([
      "2026-03-02T09:00:00.000Z",
      "2026-03-02T09:01:00.000Z",
    ]);
    expect(now.json().current.definition.weekly).toEqual({ mon: [["08:00", "16:00"]] });
    const future = await call(http.app, {
      method: "PUT",
      url: `/api/v1/sla/calendars/${id}`,
      body: { definition: WEEKDAYS, effectiveFrom: "2026-04-01T00:00:00+05:00" },
      as: s.admin,
    });
    expect(future.json().versions).toHaveLength(3);
    expect(future.json().current.effectiveFrom).toBe("2026-03-02T09:01:00.000Z");
    const past = await call(http.app, {
      method: "PUT",
      url: `/api/v1/sla/calendars/${id}`,
      body: { definition: WEEKDAYS, effectiveFrom: "2026-03-01T00:00:00Z" },
      as: s.admin,
    });
    expect(past.json()).toMatchObject({
      status: 422,
      code: "EFFECTIVE_FROM_IN_PAST",
      errors: [{ field: "body.effectiveFrom" }],
    });
    const twice = await call(http.app, {
      method: "PUT",
      url: `/api/v1/sla/calendars/${id}`,
      body: { definition: WEEKDAYS, effectiveFrom: "2026-04-01T00:00:00+05:00" },
      as: s.admin,
    });
    expect(twice.json()).toMatchObject({ status: 409, code: "CALENDAR_VERSION_EXISTS" });
    const bad = await call(http.app, {
      method: "PUT",
      url: `/api/v1/sla/calendars/${id}`,
      body: { definition: { timezone: "UTC", weekly: {} } },
      as: s.admin,
    });
    expect(bad.json()).toMatchObject({
      status: 422,
      errors: [{ field: "body.definition.weekly", message: "the calendar has no opening time on any day" }],
    });
    const shown = await call(http.app, { method: "GET", url: `/api/v1/sla/calendars/${id}`, as: s.agent });
    expect(shown.json().versions).toHaveLength(3);
    const missing = await call(http.app, {
      method: "GET",
      url: "/api/v1/sla/calendars/00000000-0000-4000-8000-000000000000",
      as: s.agent,
    });
    expect(missing.json()).toMatchObject({ status: 404, code: "CALENDAR_NOT_FOUND" });
  });

  it("keeps per-date hours (overrides) in the calendar's versions and names a bad date or range", async () => {
    const s = await setup();
    const ramadan = {
      ...WEEKDAYS,
      overrides: { "2026-03-02": [["10:00", "15:00"]], "2026-03-03": [["10:00", "15:00"]], "2026-03-07": [] },
    };
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/calendars",
      body: { name: "Ramadan", definition: ramadan },
      as: s.admin,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().current.definition.overrides).toEqual(ramadan.overrides);
    const id = created.json().id;
    ctx.deps.clock.advance(60_000);
    const revised = await call(http.app, {
      method: "PUT",
      url: `/api/v1/sla/calendars/${id}`,
      body: { definition: { ...WEEKDAYS, overrides: { "2026-03-09": [] } } },
      as: s.admin,
    });
    expect(revised.json().versions.map((v: { definition: { overrides?: unknown } }) => v.definition.overrides)).toEqual(
      [ramadan.overrides, { "2026-03-09": [] }],
    );
    const cases: Array<[unknown, string]> = [
      [{ "2026-02-30": [] }, "body.definition.overrides.2026-02-30"],
      [{ "2 March": [] }, "body.definition.overrides.2 March"],
      [{ "2026-03-02": [["15:00", "10:00"]] }, "body.definition.overrides.2026-03-02[0]"],
      [{ "2026-03-02": [["09:00", "24:30"]] }, "body.definition.overrides.2026-03-02[0][1]"],
      [{ "2026-03-02": "closed" }, "body.definition.overrides.2026-03-02"],
      [["2026-03-02"], "body.definition.overrides"],
    ];
    for (const [overrides, field] of cases) {
      const res = await call(http.app, {
        method: "PUT",
        url: `/api/v1/sla/calendars/${id}`,
        body: { definition: { ...WEEKDAYS, overrides } },
        as: s.admin,
      });
      expect(res.statusCode, field).toBe(422);
      expect(res.json(), field).toMatchObject({ status: 422, code: "CALENDAR_INVALID", errors: [{ field }] });
    }
  });

  it("deletes an unused calendar and refuses one a policy runs on", async () => {
    const s = await setup();
    const calendars = (await call(http.app, { method: "GET", url: "/api/v1/sla/calendars", as: s.admin })).json().items;
    const used = calendars.find((c: { name: string }) => c.name === "Support hours").id;
    const refused = await call(http.app, { method: "DELETE", url: `/api/v1/sla/calendars/${used}`, as: s.admin });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: "CALENDAR_IN_USE",
      usedBy: { policies: ["Standard SLA"], groups: [] },
    });
    const id = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/sla/calendars",
        body: { name: "Spare", definition: WEEKDAYS },
        as: s.admin,
      })
    ).json().id;
    const token = await tokenFor(ctx.deps, s.w.admin.personId, ["directory:read"]);
    expect(
      (await call(http.app, { method: "DELETE", url: `/api/v1/sla/calendars/${id}`, as: token })).json(),
    ).toMatchObject({ status: 403, code: "SCOPE_MISSING" });
    expect(
      (await call(http.app, { method: "DELETE", url: `/api/v1/sla/calendars/${id}`, as: s.admin })).statusCode,
    ).toBe(204);
    expect(
      (await call(http.app, { method: "DELETE", url: `/api/v1/sla/calendars/${id}`, as: s.admin })).statusCode,
    ).toBe(404);
  });
});
