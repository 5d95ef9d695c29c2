import { expect, it } from "vitest";
import { referenceCache } from "../../platform/cache/reference-cache.ts";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../../test/support/http.ts";

describeEachEngine("reference data cached in the process", (ctx) => {
  const http = withApp(ctx);

  it("an admin's change to the priority matrix applies to the very next ticket", async () => {
    const cache = referenceCache(60_000);
    ctx.deps.cache = cache;
    ctx.deps.referenceChanged = async () => cache.invalidate();
    const w = await buildWorkspace(ctx.deps);
    const agent = await tokenFor(ctx.deps, w.agent.personId, ["tickets:read", "tickets:write"]);
    const body = {
      subject: "Laptop fan noisy",
      description: "",
      impact: "person",
      urgency: "low",
      requesterId: w.requester.personId,
    };
    expect((await call(http.app, { method: "POST", url: "/api/v1/tickets", body, as: agent })).json().priority).toBe(
      "low",
    );

    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const matrix = (await call(http.app, { method: "GET", url: "/api/v1/settings/priority-matrix", as: admin })).json();
    matrix.person.low = "high";
    const saved = await call(http.app, {
      method: "PUT",
      url: "/api/v1/settings/priority-matrix",
      body: matrix,
      as: admin,
    });
    expect(saved.statusCode).toBe(200);

    expect((await call(http.app, { method: "POST", url: "/api/v1/tickets", body, as: agent })).json().priority).toBe(
      "high",
    );
  });
});
