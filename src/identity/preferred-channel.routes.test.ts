import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildWorkspace } from "../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../test/support/http.ts";

describeEachEngine("preferred channel", (ctx) => {
  const http = withApp(ctx);

  it("is set by the person in the portal and by agents, never by another requester", async () => {
    const w = await buildWorkspace(ctx.deps);
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    const url = `/api/v1/people/${w.requester.personId}/preferred-channel`;
    const mine = await call(http.app, { method: "PUT", url, as: requester, body: { preferredChannel: "portal" } });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ preferredChannel: "portal", extension: null });
    // The portal's profile page reads the preference from the person's own profile.
    const profile = await call(http.app, { method: "GET", url: "/api/v1/me", as: requester });
    expect(profile.json().preferredChannel).toBe("portal");

    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const byAgent = await call(http.app, { method: "PUT", url, as: agent, body: { preferredChannel: "whatsapp" } });
    expect(byAgent.json().preferredChannel).toBe("whatsapp");

    const outsider = await sessionFor(ctx.deps, w.outsider.personId);
    const other = await call(http.app, { method: "PUT", url, as: outsider, body: { preferredChannel: "email" } });
    expect(other.statusCode).toBe(404);
    const bad = await call(http.app, { method: "PUT", url, as: agent, body: { preferredChannel: "pigeon" } });
    expect(bad.statusCode).toBe(422);
  });

  it("gives agents an extension, set by an admin", async () => {
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const url = `/api/v1/people/${w.agent.personId}`;
    const res = await call(http.app, { method: "PATCH", url, as: admin, body: { extension: "201" } });
    expect(res.statusCode).toBe(200);
    expect(res.json().extension).toBe("201");
    const bad = await call(http.app, { method: "PATCH", url, as: admin, body: { extension: "12; drop" } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: "body.extension" })]);
    // The change is in the audit log, from nothing to 201; the refused one left no trace.
    const log = (
      await call(http.app, { method: "GET", url: `/api/v1/audit?entityId=${w.agent.personId}`, as: admin })
    ).json();
    const changes = log.items.filter((i: { changes: Record<string, unknown> }) => "extension" in (i.changes ?? {}));
    expect(changes.map((i: { changes: Record<string, unknown> }) => i.changes.extension)).toEqual([
      { from: null, to: "201" },
    ]);
  });

  it("adds an agent with their extension, audited with the rest of the person", async () => {
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const body = { organizationId: w.provider.id, name: "Hina Agent", email: "hina@provider.example", role: "agent" };
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/people",
      as: admin,
      body: { ...body, extension: "204" },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().extension).toBe("204");
    const log = (
      await call(http.app, { method: "GET", url: `/api/v1/audit?entityId=${res.json().id}`, as: admin })
    ).json();
    expect(log.items[0]).toMatchObject({ action: "person.created", changes: { extension: { from: null, to: "204" } } });
    const bad = await call(http.app, {
      method: "POST",
      url: "/api/v1/people",
      as: admin,
      body: { ...body, email: "other@provider.example", extension: "ext 5" },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: "body.extension" })]);
  });
});
