import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace, ticketInput } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { ensureSlaDefaults } from "../../sla/policy/ensure-sla-defaults.ts";
import { createTicket } from "./create-ticket.ts";
import { updateTicket } from "./update-ticket.ts";

describeEachEngine("ticket list SLA filters", (ctx) => {
  const http = withApp(ctx);

  // Monday 14:00 in Karachi. Critical: response 5 min, resolution 60 (24×7); medium 60 / 480 and low 120 / 1440 on support hours.
  async function setup() {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const open = (
      impact: "organization" | "department" | "person",
      urgency: "high" | "medium" | "low",
      subject: string,
    ) =>
      createTicket(
        ctx.deps,
        w.agent,
        ticketInput({ requesterId: w.requester.personId, groupId: w.group.id, impact, urgency, subject }),
      );
    const critical = await open("organization", "high", "critical");
    const medium = await open("department", "medium", "medium");
    const low = await open("person", "low", "low");
    const done = await open("department", "medium", "done");
    await updateTicket(ctx.deps, w.agent, done.id, { version: done.state.version, status: "resolved" });
    ctx.deps.clock.advance(10 * 60_000);
    return { w, agent: await sessionFor(ctx.deps, w.agent.personId) };
  }

  const subjects = (res: { json(): { items: Array<{ subject: string }> } }) => res.json().items.map((t) => t.subject);

  it("finds breached tickets, counting a running clock already past due before the worker marks it", async () => {
    const s = await setup();
    const res = await call(http.app, { method: "GET", url: "/api/v1/tickets?sla=breached", as: s.agent });
    expect(res.statusCode).toBe(200);
    expect(subjects(res)).toEqual(["critical"]);
    const bad = await call(http.app, { method: "GET", url: "/api/v1/tickets?sla=late", as: s.agent });
    expect(bad.json()).toMatchObject({ status: 422, errors: [{ field: "query.sla" }] });
  });

  it("finds tickets with a running clock falling due within N minutes, not those already past it", async () => {
    const s = await setup();
    const within = await call(http.app, {
      method: "GET",
      url: "/api/v1/tickets?breachingWithinMinutes=60&sort=due",
      as: s.agent,
    });
    expect(subjects(within)).toEqual(["critical", "medium"]);
    expect(
      subjects(await call(http.app, { method: "GET", url: "/api/v1/tickets?breachingWithinMinutes=5", as: s.agent })),
    ).toEqual([]);
    const zero = await call(http.app, { method: "GET", url: "/api/v1/tickets?breachingWithinMinutes=0", as: s.agent });
    expect(zero.json()).toMatchObject({ status: 422, errors: [{ field: "query.breachingWithinMinutes" }] });
    const outsider = await sessionFor(ctx.deps, s.w.outsider.personId);
    expect(
      subjects(
        await call(http.app, { method: "GET", url: "/api/v1/tickets?breachingWithinMinutes=600", as: outsider }),
      ),
    ).toEqual([]);
  });

  it("sorts by time left (least first by default), tickets without a running clock last, page by page", async () => {
    const s = await setup();
    const all = await call(http.app, { method: "GET", url: "/api/v1/tickets?sort=due", as: s.agent });
    expect(subjects(all)).toEqual(["critical", "medium", "low", "done"]);
    const desc = await call(http.app, { method: "GET", url: "/api/v1/tickets?sort=due&order=desc", as: s.agent });
    expect(subjects(desc)).toEqual(["done", "low", "medium", "critical"]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ subject: string }>; nextCursor: string | null } = (
        await call(http.app, {
          method: "GET",
          url: `/api/v1/tickets?sort=due&limit=1${cursor ? `&cursor=${cursor}` : ""}`,
          as: s.agent,
        })
      ).json();
      seen.push(...page.items.map((t) => t.subject));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["critical", "medium", "low", "done"]);
    expect(subjects(await call(http.app, { method: "GET", url: "/api/v1/tickets?sort=number", as: s.agent }))).toEqual([
      "done",
      "low",
      "medium",
      "critical",
    ]);
  });
});
