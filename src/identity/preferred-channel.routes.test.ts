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
  });
});
