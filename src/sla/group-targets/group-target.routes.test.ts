import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { ensureSlaDefaults } from "../policy/ensure-sla-defaults.ts";

const GHOST = "00000000-0000-4000-8000-000000000000";

describeEachEngine("group target routes", (ctx) => {
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

  it("reads none set as empty, lets an admin set them on a calendar, and staff read them", async () => {
    const s = await setup();
    const url = `/api/v1/sla/group-targets/${s.w.group.id}`;
    expect((await call(http.app, { method: "GET", url, as: s.agent })).json()).toEqual({
      groupId: s.w.group.id,
      calendarId: null,
      minutes: {},
    });
    const calendars = (await call(http.app, { method: "GET", url: "/api/v1/sla/calendars", as: s.agent })).json().items;
    const office = calendars.find((c: { name: string }) => c.name === "Support hours").id;
    const put = await call(http.app, {
      method: "PUT",
      url,
      body: { calendarId: office, minutes: { critical: 15, high: 60 } },
      as: s.admin,
    });
    expect(put.json()).toEqual({ groupId: s.w.group.id, calendarId: office, minutes: { critical: 15, high: 60 } });
    const replaced = await call(http.app, { method: "PUT", url, body: { minutes: { low: 600 } }, as: s.admin });
    expect(replaced.json()).toEqual({ groupId: s.w.group.id, calendarId: null, minutes: { low: 600 } });
    expect((await call(http.app, { method: "GET", url, as: s.agent })).json().minutes).toEqual({ low: 600 });
    await call(http.app, { method: "PUT", url, body: { calendarId: office, minutes: {} }, as: s.admin });
    const inUse = await call(http.app, { method: "DELETE", url: `/api/v1/sla/calendars/${office}`, as: s.admin });
    expect(inUse.json()).toMatchObject({ status: 409, code: "CALENDAR_IN_USE", usedBy: { groups: [s.w.group.name] } });
  });

  it("refuses an unknown group or calendar, bad minutes, and anyone but an admin", async () => {
    const s = await setup();
    const url = `/api/v1/sla/group-targets/${s.w.group.id}`;
    expect(
      (await call(http.app, { method: "GET", url: `/api/v1/sla/group-targets/${GHOST}`, as: s.agent })).json(),
    ).toMatchObject({ status: 404, code: "GROUP_NOT_FOUND", errors: [{ field: "params.groupId" }] });
    expect(
      (await call(http.app, { method: "PUT", url, body: { calendarId: GHOST, minutes: {} }, as: s.admin })).json(),
    ).toMatchObject({ status: 422, code: "UNKNOWN_CALENDAR", errors: [{ field: "body.calendarId" }] });
    expect(
      (await call(http.app, { method: "PUT", url, body: { minutes: { high: 0 } }, as: s.admin })).json(),
    ).toMatchObject({ status: 422, errors: [{ field: "body.minutes.high" }] });
    expect(
      (await call(http.app, { method: "PUT", url, body: { minutes: { urgent: 5 } }, as: s.admin })).json(),
    ).toMatchObject({ status: 422, errors: [{ field: "body.minutes.urgent", message: "unknown field" }] });
    expect(
      (await call(http.app, { method: "PUT", url, body: { minutes: { high: 5 } }, as: s.agent })).json(),
    ).toMatchObject({ status: 403, code: "FORBIDDEN" });
  });
});
