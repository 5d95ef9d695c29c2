import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildWorkspace } from "../../test/support/factories.ts";
import { call, sessionFor, withApp, type Browser } from "../../test/support/http.ts";
import { ensureSlaDefaults } from "./policy/ensure-sla-defaults.ts";

const WEEKDAYS = { timezone: "Asia/Karachi", weekly: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]] } };
const LONGER = { timezone: "Asia/Karachi", weekly: { mon: [["09:00", "18:00"]], tue: [["09:00", "18:00"]] } };

type Entry = {
  action: string;
  entity: string;
  entityId: string;
  actorId: string | null;
  entityLabel: string | null;
  changes: Record<string, unknown>;
};

// SLA settings decide every deadline: who changed a calendar, a policy, a group's targets or the matrix, and how,
// is in the audit log like every other admin change.
describeEachEngine("SLA admin changes in the audit log", (ctx) => {
  const http = withApp(ctx);

  async function setUp() {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    return { w, admin };
  }
  const audit = async (as: Browser, query: string): Promise<Entry[]> =>
    (await call(http.app, { method: "GET", url: `/api/v1/audit?${query}`, as })).json().items;

  it("records creating, revising and deleting a calendar, with what changed and who did it", async () => {
    const { w, admin } = await setUp();
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/calendars",
      body: { name: "Lahore office", definition: WEEKDAYS },
      as: admin,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    ctx.deps.clock.advance(60_000);
    expect(
      (
        await call(http.app, {
          method: "PUT",
          url: `/api/v1/sla/calendars/${id}`,
          body: { definition: LONGER },
          as: admin,
        })
      ).statusCode,
    ).toBe(200);
    expect((await call(http.app, { method: "DELETE", url: `/api/v1/sla/calendars/${id}`, as: admin })).statusCode).toBe(
      204,
    );

    const entries = await audit(admin, `entity=sla_calendar&entityId=${id}`);
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([
      ["sla_calendar.deleted", w.admin.personId],
      ["sla_calendar.revised", w.admin.personId],
      ["sla_calendar.created", w.admin.personId],
    ]);
    const [deleted, revised, made] = entries;
    expect(made!.changes).toMatchObject({
      name: { from: null, to: "Lahore office" },
      definition: { from: null, to: WEEKDAYS },
    });
    expect(revised!.changes).toMatchObject({ definition: { from: WEEKDAYS, to: LONGER } });
    expect(deleted!.changes).toEqual({ name: { from: "Lahore office", to: null } });
    // The page names the calendar, even once it is gone, never its id.
    expect(entries.map((e) => e.entityLabel)).toEqual(["Lahore office", "Lahore office", "Lahore office"]);
  });

  it("records creating, changing, versioning and deleting a policy", async () => {
    const { admin } = await setUp();
    const calendars = (await call(http.app, { method: "GET", url: "/api/v1/sla/calendars", as: admin })).json()
      .items as Array<{ id: string; name: string }>;
    const always = calendars.find((c) => c.name === "24×7")!.id;
    const targets = (minutes: number) =>
      Object.fromEntries(
        ["critical", "high", "medium", "low"].map((p) => [
          p,
          { firstResponseMinutes: minutes, resolutionMinutes: minutes * 10, calendarId: always },
        ]),
      );
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/policies",
      body: { name: "VIP", position: 10, conditions: {}, definition: { targets: targets(3) } },
      as: admin,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    await call(http.app, {
      method: "PATCH",
      url: `/api/v1/sla/policies/${id}`,
      body: { name: "Gold", position: 5 },
      as: admin,
    });
    await call(http.app, {
      method: "PUT",
      url: `/api/v1/sla/policies/${id}`,
      body: { definition: { targets: targets(5) } },
      as: admin,
    });
    expect((await call(http.app, { method: "DELETE", url: `/api/v1/sla/policies/${id}`, as: admin })).statusCode).toBe(
      204,
    );

    const entries = await audit(admin, `entity=sla_policy&entityId=${id}`);
    expect(entries.map((e) => e.action)).toEqual([
      "sla_policy.deleted",
      "sla_policy.revised",
      "sla_policy.updated",
      "sla_policy.created",
    ]);
    expect(entries[3]!.changes).toMatchObject({ name: { from: null, to: "VIP" }, position: { from: null, to: 10 } });
    expect(entries[2]!.changes).toEqual({ name: { from: "VIP", to: "Gold" }, position: { from: 10, to: 5 } });
    expect(entries[1]!.changes).toMatchObject({
      version: { from: 1, to: 2 },
      definition: { from: { targets: targets(3) }, to: { targets: targets(5) } },
    });
    expect(entries[0]!.changes).toEqual({ name: { from: "Gold", to: null } });
  });

  it("records a group's SLA targets, and the priority matrix, only when something changed", async () => {
    const { w, admin } = await setUp();
    const url = `/api/v1/sla/group-targets/${w.group.id}`;
    expect(
      (await call(http.app, { method: "PUT", url, body: { minutes: { critical: 15, high: 60 } }, as: admin }))
        .statusCode,
    ).toBe(200);
    await call(http.app, { method: "PUT", url, body: { minutes: { critical: 15, high: 60 } }, as: admin });
    await call(http.app, { method: "PUT", url, body: { minutes: { low: 600 } }, as: admin });
    const targets = await audit(admin, `entity=sla_group_target&entityId=${w.group.id}`);
    expect(targets.map((e) => [e.action, e.changes.minutes])).toEqual([
      ["sla_group_target.updated", { from: { critical: 15, high: 60 }, to: { low: 600 } }],
      ["sla_group_target.updated", { from: null, to: { critical: 15, high: 60 } }],
    ]);
    expect(targets.map((e) => e.entityLabel)).toEqual([w.group.name, w.group.name]);

    const matrix = (await call(http.app, { method: "GET", url: "/api/v1/settings/priority-matrix", as: admin })).json();
    matrix.person.low = "high";
    await call(http.app, { method: "PUT", url: "/api/v1/settings/priority-matrix", body: matrix, as: admin });
    expect(await audit(admin, "entity=setting&entityId=priority_matrix")).toEqual([
      expect.objectContaining({
        action: "priority_matrix.updated",
        actorId: w.admin.personId,
        changes: { "person.low": { from: "low", to: "high" } },
      }),
    ]);
  });

  it("records nothing for a refused change", async () => {
    const { admin } = await setUp();
    const bad = await call(http.app, {
      method: "POST",
      url: "/api/v1/sla/calendars",
      body: { name: "24×7", definition: WEEKDAYS },
      as: admin,
    });
    expect(bad.statusCode).toBe(409);
    expect(await audit(admin, "entity=sla_calendar")).toEqual([]);
  });
});
