import { expect, it } from "vitest";
import { describeEachEngine } from "../support/db.ts";
import { buildWorkspace } from "../support/factories.ts";
import { call, tokenFor, withApp } from "../support/http.ts";

// Production serialises responses with fast-json-stringify compiled from the zod schemas; the rest of the
// suite validates them with zod instead. Both must give the same bodies.
describeEachEngine("responses as production serialises them", (ctx) => {
  const fast = withApp(ctx, { RESPONSE_CHECKS: "false" });
  const checked = withApp(ctx, { RESPONSE_CHECKS: "true" });

  it("gives the same ticket, list, history and SLA bodies as the zod-checked serializer", async () => {
    const w = await buildWorkspace(ctx.deps);
    const token = await tokenFor(ctx.deps, w.agent.personId, ["tickets:read", "tickets:write"]);
    const created = await call(fast.app, {
      method: "POST",
      url: "/api/v1/tickets",
      body: { subject: "Scanner offline", description: "Since 9", impact: "department", urgency: "high", requesterId: w.requester.personId, tags: ["scanner"] },
      as: token,
    });
    expect(created.statusCode).toBe(201);
    for (const url of [`/api/v1/tickets/${created.json().id}`, "/api/v1/tickets?limit=5", `/api/v1/tickets/${created.json().id}/events`, `/api/v1/tickets/${created.json().id}/sla`]) {
      const a = await call(fast.app, { method: "GET", url, as: token });
      const b = await call(checked.app, { method: "GET", url, as: token });
      expect(a.statusCode, url).toBe(b.statusCode);
      expect(a.json(), url).toEqual(b.json());
    }
  });
});
