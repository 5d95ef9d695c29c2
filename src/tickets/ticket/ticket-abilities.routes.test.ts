import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";

describeEachEngine("ticket abilities: the statuses a ticket may move to", (ctx) => {
  const http = withApp(ctx);
  const body = { subject: "Printer jams", description: "Tray 2.", impact: "person", urgency: "low" };

  it("lists the lifecycle's next statuses to whoever may update the ticket, and none to the requester", async () => {
    const w = await buildWorkspace(ctx.deps);
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const created = (await call(http.app, { method: "POST", url: "/api/v1/tickets", body, as: requester })).json();
    expect(created.abilities.statuses).toEqual([]);
    const url = `/api/v1/tickets/${created.id}`;
    const asAgent = (await call(http.app, { method: "GET", url, as: agent })).json();
    expect(asAgent.abilities).toMatchObject({ update: true, statuses: ["open", "pending", "on_hold", "resolved"] });
    const resolved = await call(http.app, {
      method: "PATCH",
      url,
      body: { version: asAgent.version, status: "resolved" },
      as: agent,
    });
    expect(resolved.json().abilities.statuses).toEqual(["open", "closed"]);
  });
});
