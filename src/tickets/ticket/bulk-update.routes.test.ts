import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildGroup, buildPerson, buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../../test/support/http.ts";
import { bulkUpdateTickets } from "./bulk-update-tickets.ts";
import { getTicket } from "./get-ticket.ts";
import { updateTicket } from "./update-ticket.ts";

describeEachEngine("bulk ticket changes", (ctx) => {
  const http = withApp(ctx);

  async function desk() {
    const w = await buildWorkspace(ctx.deps);
    const agent2 = await buildPerson(ctx.deps, w.provider.id, "agent");
    const otherGroup = await buildGroup(ctx.deps, { members: [agent2.id], tier: 2 });
    const make = (over: Parameters<typeof buildTicket>[2] = {}) =>
      buildTicket(ctx.deps, w.admin, { requesterId: w.requester.personId, groupId: w.group.id, ...over });
    return { w, agent2, otherGroup, make, agent: await sessionFor(ctx.deps, w.agent.personId) };
  }
  const bulk = (as: Parameters<typeof call>[1]["as"], body: unknown) =>
    call(http.app, { method: "POST", url: "/api/v1/tickets/bulk", body, as });
  const state = (id: string) => getTicket(ctx.deps, SYSTEM_ACTOR, id);

  it("changes each ticket it may, and says why not for the others, in the order given", async () => {
    const d = await desk();
    const fresh = await d.make();
    const already = await d.make({ assigneeId: d.w.agent.personId, tags: ["outage"] });
    await updateTicket(ctx.deps, d.w.admin, already.id, { version: 1, status: "open" });
    const hidden = await d.make({ groupId: d.otherGroup.id });
    const closed = await d.make();
    for (const status of ["resolved", "closed"] as const)
      await updateTicket(ctx.deps, d.w.admin, closed.id, { version: (await state(closed.id)).version, status });
    const missing = randomUUID();

    const res = await bulk(d.agent, {
      ticketIds: [fresh.id, hidden.id, already.id, missing, closed.id],
      changes: { status: "open", assigneeId: "me", addTags: ["outage", "floor-3"] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const notFound = { status: 404, code: "TICKET_NOT_FOUND", detail: "No such ticket, or you may not see it." };
    expect(res.json().results).toEqual([
      { ticketId: fresh.id, number: fresh.number, ok: true },
      { ticketId: hidden.id, number: null, ok: false, problem: notFound },
      { ticketId: already.id, number: already.number, ok: true },
      { ticketId: missing, number: null, ok: false, problem: notFound },
      {
        ticketId: closed.id,
        number: closed.number,
        ok: false,
        problem: { status: 422, code: "TICKET_CLOSED", detail: expect.any(String) },
      },
    ]);
    expect(await state(fresh.id)).toMatchObject({
      status: "open",
      assigneeId: d.w.agent.personId,
      tags: ["outage", "floor-3"],
      version: 2,
    });
    expect(await state(already.id)).toMatchObject({ tags: ["outage", "floor-3"], version: 3 });
    expect(await state(hidden.id)).toMatchObject({ status: "new", tags: [], version: 1 });
  });

  it("keeps PATCH's rules: a priority against the matrix needs a reason, an assignee must be in the group", async () => {
    const d = await desk();
    const a = await d.make({ impact: "person", urgency: "low" });
    const b = await d.make({ impact: "person", urgency: "low" });
    const noReason = await bulk(d.agent, { ticketIds: [a.id], changes: { priority: "critical" } });
    expect(noReason.json().results[0]).toMatchObject({
      ok: false,
      problem: { status: 422, code: "PRIORITY_OVERRIDE_NEEDS_REASON" },
    });
    const withReason = await bulk(d.agent, {
      ticketIds: [a.id, b.id],
      changes: { priority: "critical", priorityReason: "CEO's laptop" },
    });
    expect(withReason.json().results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true]);
    expect(await state(b.id)).toMatchObject({ priority: "critical", priorityOverride: "CEO's laptop" });
    const outsider = await bulk(d.agent, { ticketIds: [a.id], changes: { assigneeId: d.agent2.id } });
    expect(outsider.json().results[0]).toMatchObject({
      ok: false,
      problem: { status: 422, code: "ASSIGNEE_NOT_IN_GROUP" },
    });
    const moved = await bulk(d.agent, { ticketIds: [a.id], changes: { groupId: d.otherGroup.id, assigneeId: null } });
    expect(moved.json().results[0]).toMatchObject({ ok: true });
    expect(await state(a.id)).toMatchObject({ groupId: d.otherGroup.id, assigneeId: null });
    const tooMany = await bulk(d.agent, {
      ticketIds: [b.id],
      changes: { addTags: Array.from({ length: 30 }, (_, i) => `t${i}`) },
    });
    expect(tooMany.json().results[0]).toMatchObject({ ok: true });
    const overflow = await bulk(d.agent, { ticketIds: [b.id], changes: { addTags: ["one-more"] } });
    expect(overflow.json().results[0]).toMatchObject({ ok: false, problem: { status: 422, code: "TOO_MANY_TAGS" } });
  });

  it("retries a ticket once when another change lands between reading and writing it", async () => {
    const d = await desk();
    const t = await d.make();
    // Someone else changes the ticket just before each of the first `times` writes begins.
    let other = 0;
    const interfering = (times: number): Db => {
      let left = times;
      return new Proxy(ctx.deps.db, {
        get(target, prop) {
          const value = Reflect.get(target, prop) as unknown;
          if (prop === "transaction" && left > 0) {
            return async (...args: unknown[]) => {
              left--;
              const current = await state(t.id);
              await updateTicket(ctx.deps, d.w.admin, t.id, {
                version: current.version,
                tags: [...current.tags, `other-${other++}`],
              });
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            };
          }
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    };
    const [once] = await bulkUpdateTickets({ ...ctx.deps, db: interfering(1) }, d.w.agent, [t.id], { status: "open" });
    expect(once).toEqual({ ticketId: t.id, number: t.number, ok: true });
    expect(await state(t.id)).toMatchObject({ status: "open", tags: ["other-0"] });
    const [twice] = await bulkUpdateTickets({ ...ctx.deps, db: interfering(2) }, d.w.agent, [t.id], {
      status: "pending",
    });
    expect(twice).toMatchObject({ ok: false, error: expect.objectContaining({ code: "VERSION_CONFLICT" }) });
    expect(await state(t.id)).toMatchObject({ status: "open", tags: ["other-0", "other-1", "other-2"] });
  });

  it("is for staff: requesters get 403, a read-only token 403, strangers 401", async () => {
    const d = await desk();
    const t = await d.make();
    const body = { ticketIds: [t.id], changes: { status: "open" } };
    for (const who of [d.w.requester.personId]) {
      const res = await bulk(await sessionFor(ctx.deps, who), body);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: "TICKET_ACTION_FORBIDDEN" });
    }
    const readOnly = await bulk(await tokenFor(ctx.deps, d.w.agent.personId, ["tickets:read"]), body);
    expect(readOnly.statusCode).toBe(403);
    expect(readOnly.json()).toMatchObject({ code: "SCOPE_MISSING" });
    expect((await bulk(undefined, body)).statusCode).toBe(401);
    const token = await tokenFor(ctx.deps, d.w.agent.personId, ["tickets:read", "tickets:write"]);
    expect((await bulk(token, body)).json().results[0]).toMatchObject({ ok: true });
    expect((await state(t.id)).status).toBe("open");
  });

  it("refuses bad input naming the field", async () => {
    const d = await desk();
    const t = await d.make();
    const ids = [t.id];
    const cases: Array<[unknown, string]> = [
      [{ ticketIds: [], changes: { status: "open" } }, "body.ticketIds"],
      [{ ticketIds: Array.from({ length: 101 }, () => randomUUID()), changes: { status: "open" } }, "body.ticketIds"],
      [{ ticketIds: [t.id, t.id.toUpperCase()], changes: { status: "open" } }, "body.ticketIds"],
      [{ ticketIds: ["10001"], changes: { status: "open" } }, "body.ticketIds.0"],
      [{ changes: { status: "open" } }, "body.ticketIds"],
      [{ ticketIds: ids }, "body.changes"],
      [{ ticketIds: ids, changes: {} }, "body.changes"],
      [{ ticketIds: ids, changes: { priorityReason: "why not" } }, "body.changes"],
      [{ ticketIds: ids, changes: { status: "open", priorityReason: "why not" } }, "body.changes.priorityReason"],
      [{ ticketIds: ids, changes: { status: "done" } }, "body.changes.status"],
      [{ ticketIds: ids, changes: { assigneeId: "you" } }, "body.changes.assigneeId"],
      [{ ticketIds: ids, changes: { addTags: [] } }, "body.changes.addTags"],
      [{ ticketIds: ids, changes: { subject: "New" } }, "body.changes.subject"],
      [{ ticketIds: ids, changes: { status: "open" }, dryRun: true }, "body.dryRun"],
    ];
    for (const [body, field] of cases) {
      const res = await bulk(d.agent, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 100)).toBe(422);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(
        res.json().errors.map((e: { field: string }) => e.field),
        JSON.stringify(body).slice(0, 100),
      ).toContain(field);
    }
    expect((await state(t.id)).version).toBe(1);
  });
});

// Production serialises with fast-json-stringify from the schemas: the union of results, the views' records.
describeEachEngine("bulk changes and views as production serialises them", (ctx) => {
  const fast = withApp(ctx, { RESPONSE_CHECKS: "false" });

  it("gives every field of each result and view", async () => {
    const w = await buildWorkspace(ctx.deps);
    const t = await buildTicket(ctx.deps, w.admin, { requesterId: w.requester.personId, groupId: w.group.id });
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const missing = randomUUID();
    const res = await call(fast.app, {
      method: "POST",
      url: "/api/v1/tickets/bulk",
      body: { ticketIds: [t.id, missing], changes: { status: "open" } },
      as: agent,
    });
    expect(res.json()).toEqual({
      results: [
        { ticketId: t.id, number: t.number, ok: true },
        {
          ticketId: missing,
          number: null,
          ok: false,
          problem: { status: 404, code: "TICKET_NOT_FOUND", detail: "No such ticket, or you may not see it." },
        },
      ],
    });
    const views = (await call(fast.app, { method: "GET", url: "/api/v1/views", as: agent })).json().items;
    expect(views.find((v: { key: string }) => v.key === "open")).toEqual({
      key: "open",
      kind: "standard",
      id: null,
      name: null,
      filters: { status: "new,open,pending,on_hold" },
      count: 1,
    });
  });
});
