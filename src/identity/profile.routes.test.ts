import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildOrg, buildPerson } from "../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../test/support/http.ts";
import { ensureSlaDefaults } from "../sla/policy/ensure-sla-defaults.ts";

describeEachEngine("profile routes", (ctx) => {
  const http = withApp(ctx);

  async function people() {
    const provider = await buildOrg(ctx.deps, { kind: "provider" });
    const client = await buildOrg(ctx.deps);
    const admin = await buildPerson(ctx.deps, provider.id, "admin");
    const requester = await buildPerson(ctx.deps, client.id, "requester");
    return { admin, requester, as: await sessionFor(ctx.deps, requester.id) };
  }

  it("shows times in the support calendar's zone until the person chooses their own", async () => {
    await ensureSlaDefaults(ctx.deps);
    const p = await people();
    const me = await call(http.app, { method: "GET", url: "/api/v1/me", as: p.as });
    expect(me.json()).toEqual({
      id: p.requester.id,
      name: p.requester.name,
      email: p.requester.email,
      language: "en",
      timeZone: null,
      supportTimeZone: "Asia/Karachi",
      effectiveTimeZone: "Asia/Karachi",
      preferredChannel: "email",
    });

    const changed = await call(http.app, {
      method: "PATCH",
      url: "/api/v1/me",
      as: p.as,
      body: { timeZone: "Europe/Berlin", language: "ur" },
    });
    expect(changed.json()).toMatchObject({
      timeZone: "Europe/Berlin",
      language: "ur",
      effectiveTimeZone: "Europe/Berlin",
      supportTimeZone: "Asia/Karachi",
    });
    const back = await call(http.app, { method: "PATCH", url: "/api/v1/me", as: p.as, body: { timeZone: null } });
    expect(back.json()).toMatchObject({ timeZone: null, language: "ur", effectiveTimeZone: "Asia/Karachi" });

    const log = (
      await call(http.app, {
        method: "GET",
        url: `/api/v1/audit?entityId=${p.requester.id}`,
        as: await sessionFor(ctx.deps, p.admin.id),
      })
    ).json();
    expect(log.items[1]).toMatchObject({
      action: "person.profile_updated",
      actorId: p.requester.id,
      changes: { timeZone: { from: null, to: "Europe/Berlin" }, locale: { from: "en", to: "ur" } },
    });
  });

  it("refuses a zone that is not an IANA name, naming the field", async () => {
    const p = await people();
    for (const timeZone of ["PKT+5", "Mars/Olympus", "+05:00", "Asia/Karachi\u0000"]) {
      const res = await call(http.app, { method: "PATCH", url: "/api/v1/me", as: p.as, body: { timeZone } });
      expect(res.json(), timeZone).toMatchObject({ status: 422 });
      expect(new Set(res.json().errors.map((e: { field: string }) => e.field)), timeZone).toEqual(
        new Set(["body.timeZone"]),
      );
    }
    expect(
      (await call(http.app, { method: "PATCH", url: "/api/v1/me", as: p.as, body: { role: "admin" } })).statusCode,
    ).toBe(422);
  });

  it("lets an admin set someone's zone; without an SLA the default is UTC", async () => {
    const p = await people();
    const res = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/people/${p.requester.id}`,
      as: await sessionFor(ctx.deps, p.admin.id),
      body: { timeZone: "Asia/Karachi" },
    });
    expect(res.json()).toMatchObject({ timeZone: "Asia/Karachi" });
    const bad = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/people/${p.requester.id}`,
      as: await sessionFor(ctx.deps, p.admin.id),
      body: { timeZone: "Nowhere/Land" },
    });
    expect(bad.json()).toMatchObject({ status: 422, errors: [{ field: "body.timeZone" }] });
    const other = await buildPerson(ctx.deps, p.requester.organizationId, "requester");
    expect(
      (
        await call(http.app, {
          method: "GET",
          url: "/api/v1/me",
          as: await tokenFor(ctx.deps, other.id, ["tickets:read"]),
        })
      ).json(),
    ).toMatchObject({ timeZone: null, effectiveTimeZone: "UTC" });
  });
});
