import { describe, expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { ensureSlaDefaults } from "../policy/ensure-sla-defaults.ts";
import { findPolicyByName, findPolicyVersions } from "../policy/policy.store.ts";
import { reviseCalendar } from "../calendar/revise-calendar.ts";
import { revisePolicy } from "../policy/revise-policy.ts";
import { findCalendarByName } from "../calendar/calendar.store.ts";

const officeOf = (sla: { calendars: Array<{ name: string; weekly: unknown[] }> }) =>
  sla.calendars.find((c) => c.name === "Support hours")!;
const get = (app: Parameters<typeof call>[0], url: string) => app.inject({ method: "GET", url });

describeEachEngine("public SLA routes", (ctx) => {
  const http = withApp(ctx);

  it("publishes the default policy in force without signing in: targets, calendars, holidays, channels, versions", async () => {
    await ensureSlaDefaults(ctx.deps);
    const res = await get(http.app, "/api/v1/public/sla");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=60");
    const sla = res.json();
    const office = await findCalendarByName(ctx.deps.db, "Support hours");
    const always = await findCalendarByName(ctx.deps.db, "24×7");
    expect(sla.policy).toEqual({ name: "Standard SLA", version: 1, effectiveFrom: "1970-01-01T00:00:00.000Z" });
    expect(sla.priorities).toEqual([
      { priority: "critical", respondMinutes: 5, resolveMinutes: 60, calendar: { id: always!.id, name: "24×7" } },
      {
        priority: "high",
        respondMinutes: 10,
        resolveMinutes: 240,
        calendar: { id: office!.id, name: "Support hours" },
      },
      {
        priority: "medium",
        respondMinutes: 60,
        resolveMinutes: 480,
        calendar: { id: office!.id, name: "Support hours" },
      },
      {
        priority: "low",
        respondMinutes: 120,
        resolveMinutes: 1440,
        calendar: { id: office!.id, name: "Support hours" },
      },
    ]);
    // In the order the priorities first use them: critical runs on 24×7.
    expect(sla.calendars.map((c: { name: string }) => c.name)).toEqual(["24×7", "Support hours"]);
    const [around, hours] = sla.calendars;
    expect(around).toMatchObject({ id: always!.id, timeZone: "UTC", alwaysOpen: true, holidays: [] });
    expect(hours).toMatchObject({ id: office!.id, name: "Support hours", timeZone: "Asia/Karachi", alwaysOpen: false });
    expect(hours.weekly).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, ranges: day <= 5 ? [{ start: "09:00", end: "18:00" }] : [] })),
    );
    // From 2 March 2026 for 12 months: this year's Eid and Pakistan Day … and next year's recurring Kashmir Day.
    const dates = hours.holidays.map((h: { date: string }) => h.date);
    expect(hours.holidays.slice(0, 2)).toEqual([
      { date: "2026-03-20", name: "Eid ul-Fitr" },
      { date: "2026-03-21", name: "Eid ul-Fitr" },
    ]);
    expect(dates).toContain("2026-03-23");
    expect(dates).toContain("2027-02-05");
    expect(dates).not.toContain("2026-02-05");
    expect(dates.every((d: string) => d >= "2026-03-02" && d < "2027-03-02")).toBe(true);
    expect(sla.channels).toHaveLength(8);
    expect(sla.versions).toEqual([{ version: 1, effectiveFrom: "1970-01-01T00:00:00.000Z", current: true }]);
  });

  it("lists only the enabled channels, with their contact and instructions (and those in Urdu)", async () => {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    await call(http.app, {
      method: "PUT",
      url: "/api/v1/channels/api",
      body: { enabled: false, contact: "", instructions: "", position: 7 },
      as: admin,
    });
    await call(http.app, {
      method: "PUT",
      url: "/api/v1/channels/email",
      body: {
        enabled: true,
        contact: "support@frontline.example",
        instructions: "Write any time.",
        instructionsUr: "کسی بھی وقت لکھیں۔",
        position: 0,
      },
      as: admin,
    });
    const channels = (await get(http.app, "/api/v1/public/sla")).json().channels;
    expect(channels.map((c: { channel: string }) => c.channel)).toEqual([
      "email",
      "phone",
      "chat",
      "whatsapp",
      "portal",
      "onsite",
      "remote",
    ]);
    expect(channels[0]).toEqual({
      channel: "email",
      contact: "support@frontline.example",
      instructions: "Write any time.",
      instructionsUr: "کسی بھی وقت لکھیں۔",
    });
  });

  it("shows each version with the calendars as they stood while it was in force", async () => {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const policy = await findPolicyByName(ctx.deps.db, "Standard SLA");
    const [v1] = await findPolicyVersions(ctx.deps.db, [policy!.id]);
    const office = await findCalendarByName(ctx.deps.db, "Support hours");
    ctx.deps.clock.advance(3_600_000);
    const v2At = ctx.deps.clock.now();
    const faster = {
      ...v1!.definition,
      targets: { ...v1!.definition.targets, high: { ...v1!.definition.targets.high, resolutionMinutes: 180 } },
    };
    await revisePolicy(ctx.deps, w.admin, policy!.id, { definition: faster });
    ctx.deps.clock.advance(3_600_000);
    const saturdays = { timezone: "Asia/Karachi", weekly: { mon: [["08:00", "20:00"]], sat: [["10:00", "14:00"]] } };
    await reviseCalendar(ctx.deps, w.admin, office!.id, { definition: saturdays });
    const later = new Date(ctx.deps.clock.now().getTime() + 30 * 86_400_000);
    await revisePolicy(ctx.deps, w.admin, policy!.id, { definition: v1!.definition, effectiveFrom: later });

    const current = (await get(http.app, "/api/v1/public/sla")).json();
    expect(current.policy.version).toBe(2);
    expect(current.priorities[1].resolveMinutes).toBe(180);
    expect(officeOf(current).weekly[5]).toEqual({ day: 6, ranges: [{ start: "10:00", end: "14:00" }] });
    expect(current.versions).toEqual([
      { version: 1, effectiveFrom: "1970-01-01T00:00:00.000Z", current: false },
      { version: 2, effectiveFrom: v2At.toISOString(), current: true },
      { version: 3, effectiveFrom: later.toISOString(), current: false },
    ]);

    const first = await get(http.app, "/api/v1/public/sla/versions/1");
    expect(first.statusCode).toBe(200);
    expect(first.json().policy.version).toBe(1);
    expect(first.json().priorities[1].resolveMinutes).toBe(240);
    expect(first.json().calendarsAsOf).toBe(new Date(v2At.getTime() - 1).toISOString());
    expect(officeOf(first.json()).weekly[0]).toEqual({ day: 1, ranges: [{ start: "09:00", end: "18:00" }] });
    expect(officeOf(first.json()).weekly[5]).toEqual({ day: 6, ranges: [] });
    expect(first.json().versions).toEqual(current.versions);

    const scheduled = (await get(http.app, "/api/v1/public/sla/versions/3")).json();
    expect(scheduled.calendarsAsOf).toBe(later.toISOString());
    expect(officeOf(scheduled).weekly[5]).toEqual({ day: 6, ranges: [{ start: "10:00", end: "14:00" }] });
    expect(scheduled.policy.version).toBe(3);
  });

  it("answers an unknown version with 404 naming params.version", async () => {
    await ensureSlaDefaults(ctx.deps);
    for (const version of ["2", "0", "abc", "99999999999"]) {
      const res = await get(http.app, `/api/v1/public/sla/versions/${version}`);
      expect(res.statusCode, version).toBe(404);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json()).toMatchObject({ code: "SLA_VERSION_NOT_FOUND", errors: [{ field: "params.version" }] });
    }
  });

  it("answers 404 SLA_NOT_PUBLISHED when there is no default policy", async () => {
    const res = await get(http.app, "/api/v1/public/sla");
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe("SLA_NOT_PUBLISHED");
  });

  describe("rate limit", () => {
    const limited = withApp(ctx, { RATE_LIMIT_PER_MINUTE: 2 });

    it("answers 429 problem+json past RATE_LIMIT_PER_MINUTE per client and route", async () => {
      await ensureSlaDefaults(ctx.deps);
      expect((await get(limited.app, "/api/v1/public/sla")).statusCode).toBe(200);
      expect((await get(limited.app, "/api/v1/public/sla")).statusCode).toBe(200);
      const res = await get(limited.app, "/api/v1/public/sla");
      expect(res.statusCode).toBe(429);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json()).toMatchObject({ status: 429, code: "RATE_LIMITED" });
      // Each public route counts on its own.
      expect((await get(limited.app, "/api/v1/public/sla/versions/1")).statusCode).toBe(200);
    });
  });
});
