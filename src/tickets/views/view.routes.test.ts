import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { describeEachEngine, type TestDeps } from "../../../test/support/db.ts";
import { buildGroup, buildPerson, buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp, type Browser } from "../../../test/support/http.ts";
import { ensureSlaDefaults } from "../../sla/policy/ensure-sla-defaults.ts";
import { updateTicket } from "../ticket/update-ticket.ts";

type View = {
  key: string;
  kind: string;
  id: string | null;
  name: string | null;
  filters: Record<string, string>;
  count: number;
};

/** A desk with tickets in every corner: mine, my group's unassigned, another group's, another client's, one resolved, one breached. */
async function buildQueue(deps: TestDeps) {
  await ensureSlaDefaults(deps);
  const w = await buildWorkspace(deps);
  const agent2 = await buildPerson(deps, w.provider.id, "agent");
  const otherGroup = await buildGroup(deps, { members: [agent2.id], tier: 2 });
  const outsiderRequester = w.outsider.personId;
  const make = (over: Parameters<typeof buildTicket>[2]) =>
    buildTicket(deps, w.admin, { requesterId: w.requester.personId, groupId: w.group.id, ...over });
  const mine = await make({ impact: "organization", urgency: "high", assigneeId: w.agent.personId });
  const unassigned = await make({ impact: "department", urgency: "medium", tags: ["vip"] });
  const elsewhere = await make({ impact: "department", urgency: "high", groupId: otherGroup.id });
  const otherClient = await make({ impact: "person", urgency: "low", requesterId: outsiderRequester });
  const done = await make({ assigneeId: w.agent.personId });
  await updateTicket(deps, w.admin, done.id, { version: 1, status: "resolved" });
  // Six minutes on: the Critical ticket's 5-minute response target has passed.
  deps.clock.advance(6 * 60_000);
  return { w, agent2, otherGroup, tickets: { mine, unassigned, elsewhere, otherClient, done } };
}

describeEachEngine("views", (ctx) => {
  const http = withApp(ctx);
  const get = async (as: Browser | string) => {
    const res = await call(http.app, { method: "GET", url: "/api/v1/views", as });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as View[];
  };
  const listed = async (as: Browser | string, filters: Record<string, string>) => {
    const res = await call(http.app, {
      method: "GET",
      url: `/api/v1/tickets?${new URLSearchParams({ ...filters, limit: "200" })}`,
      as,
    });
    expect(res.statusCode, `${JSON.stringify(filters)}: ${res.body}`).toBe(200);
    return res.json().items as Array<{ id: string }>;
  };

  it("refuses requesters (403) and strangers (401)", async () => {
    const w = await buildWorkspace(ctx.deps);
    const res = await call(http.app, {
      method: "GET",
      url: "/api/v1/views",
      as: await sessionFor(ctx.deps, w.requester.personId),
    });
    expect(res.statusCode).toBe(403);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ code: "FORBIDDEN" });
    expect((await call(http.app, { method: "GET", url: "/api/v1/views" })).statusCode).toBe(401);
    const post = await call(http.app, {
      method: "POST",
      url: "/api/v1/views",
      body: { name: "x", filters: {} },
      as: await sessionFor(ctx.deps, w.requester.personId),
    });
    expect(post.statusCode).toBe(403);
  });

  it("lists the standard, priority and organization views in order, each counting exactly what its list shows", async () => {
    const q = await buildQueue(ctx.deps);
    const agent = await sessionFor(ctx.deps, q.w.agent.personId);
    const views = await get(agent);
    expect(views.map((v) => v.key)).toEqual([
      "mine",
      "unassigned",
      "breaching-soon",
      "breached",
      "open",
      "priority-critical",
      "priority-high",
      "priority-medium",
      "priority-low",
      ...[q.w.client, q.w.other].sort((a, b) => a.name.localeCompare(b.name)).map((o) => `org-${o.id}`),
    ]);
    for (const view of views) expect(view.count, view.key).toBe((await listed(agent, view.filters)).length);
    const count = Object.fromEntries(views.map((v) => [v.key, v.count]));
    // The agent sees their group's tickets and their own, not the other group's.
    expect(count).toMatchObject({
      mine: 1,
      unassigned: 2,
      breached: 1,
      open: 3,
      "priority-critical": 1,
      "priority-high": 0,
      [`org-${q.w.client.id}`]: 2,
    });
    expect(count["breaching-soon"]).toBeGreaterThanOrEqual(1);
    expect(views.find((v) => v.key === "mine")).toEqual({
      key: "mine",
      kind: "standard",
      id: null,
      name: null,
      filters: { status: "new,open,pending,on_hold", assignee: "me" },
      count: 1,
    });
    expect(views.find((v) => v.key === "breaching-soon")!.filters).toEqual({
      status: "new,open,pending,on_hold",
      breachingWithinMinutes: "60",
      sort: "due",
      order: "asc",
    });
    expect(views.find((v) => v.key === `org-${q.w.client.id}`)).toMatchObject({
      kind: "organization",
      name: q.w.client.name,
      filters: { status: "new,open,pending,on_hold", organizationId: q.w.client.id },
    });
    expect(views.some((v) => v.key === `org-${q.w.provider.id}`)).toBe(false);
  });

  it("counts with the caller's scope: an admin sees every open ticket but has no groups of their own", async () => {
    const q = await buildQueue(ctx.deps);
    const admin = await sessionFor(ctx.deps, q.w.admin.personId);
    const views = await get(admin);
    for (const view of views) expect(view.count, view.key).toBe((await listed(admin, view.filters)).length);
    expect(Object.fromEntries(views.map((v) => [v.key, v.count]))).toMatchObject({
      mine: 0,
      unassigned: 0,
      open: 4,
      "priority-high": 1,
    });
  });

  it("filters the list by groupId=mine: any group the caller is in, nothing for someone in none", async () => {
    const q = await buildQueue(ctx.deps);
    const agent = await sessionFor(ctx.deps, q.w.agent.personId);
    const ids = (await listed(agent, { groupId: "mine" })).map((t) => t.id).sort();
    expect(ids).toEqual(
      [q.tickets.mine.id, q.tickets.unassigned.id, q.tickets.otherClient.id, q.tickets.done.id].sort(),
    );
    expect(await listed(await sessionFor(ctx.deps, q.w.admin.personId), { groupId: "mine" })).toEqual([]);
    expect((await listed(await sessionFor(ctx.deps, q.agent2.id), { groupId: "mine" })).map((t) => t.id)).toEqual([
      q.tickets.elsewhere.id,
    ]);
    // A group id still works as before; anything else is refused, naming the parameter.
    expect(
      (await listed(await sessionFor(ctx.deps, q.w.admin.personId), { groupId: q.otherGroup.id })).map((t) => t.id),
    ).toEqual([q.tickets.elsewhere.id]);
    const bad = await call(http.app, { method: "GET", url: "/api/v1/tickets?groupId=ours", as: agent });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe("query.groupId");
  });

  it("saves, lists with a live count, renames, moves and deletes a view of one's own", async () => {
    const q = await buildQueue(ctx.deps);
    const agent = await sessionFor(ctx.deps, q.w.agent.personId);
    const filters = { tag: "vip", status: "new,open", sort: "due" };
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/views",
      body: { name: "VIP queue", filters },
      as: agent,
    });
    expect(created.statusCode, created.body).toBe(201);
    const view = created.json();
    expect(view).toEqual({ id: expect.any(String), key: `saved-${view.id}`, name: "VIP queue", filters, position: 0 });
    const second = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/views",
        body: { name: "Low ones", filters: { priority: "low" } },
        as: agent,
      })
    ).json();
    expect(second.position).toBe(1);

    let saved = (await get(agent)).filter((v) => v.kind === "saved");
    expect(saved).toEqual([
      { key: view.key, kind: "saved", id: view.id, name: "VIP queue", filters, count: 1 },
      { key: second.key, kind: "saved", id: second.id, name: "Low ones", filters: { priority: "low" }, count: 1 },
    ]);
    for (const v of saved) expect(v.count).toBe((await listed(agent, v.filters)).length);

    const patched = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/views/${view.id}`,
      body: { name: "VIPs", filters: { tag: "vip", status: "closed" }, position: 5 },
      as: agent,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toEqual({ ...view, name: "VIPs", filters: { tag: "vip", status: "closed" }, position: 5 });
    saved = (await get(agent)).filter((v) => v.kind === "saved");
    expect(saved.map((v) => [v.name, v.count])).toEqual([
      ["Low ones", 1],
      ["VIPs", 0],
    ]);

    expect((await call(http.app, { method: "DELETE", url: `/api/v1/views/${view.id}`, as: agent })).statusCode).toBe(
      204,
    );
    expect((await get(agent)).filter((v) => v.kind === "saved").map((v) => v.id)).toEqual([second.id]);
    expect((await call(http.app, { method: "DELETE", url: `/api/v1/views/${view.id}`, as: agent })).statusCode).toBe(
      404,
    );
  });

  it("keeps saved views to their owner: another person's view is not found, and never listed", async () => {
    const q = await buildQueue(ctx.deps);
    const agent = await sessionFor(ctx.deps, q.w.agent.personId);
    const other = await sessionFor(ctx.deps, q.agent2.id);
    const view = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/views",
        body: { name: "Mine only", filters: {} },
        as: agent,
      })
    ).json();
    for (const req of [
      { method: "PATCH" as const, url: `/api/v1/views/${view.id}`, body: { name: "Taken over" } },
      { method: "DELETE" as const, url: `/api/v1/views/${view.id}` },
      { method: "PATCH" as const, url: `/api/v1/views/${randomUUID()}`, body: { name: "Nobody's" } },
    ]) {
      const res = await call(http.app, { ...req, as: other });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: "VIEW_NOT_FOUND", errors: [{ field: "params.id" }] });
    }
    expect((await get(other)).some((v) => v.kind === "saved")).toBe(false);
    // The same name is free for someone else.
    expect(
      (
        await call(http.app, {
          method: "POST",
          url: "/api/v1/views",
          body: { name: "Mine only", filters: {} },
          as: other,
        })
      ).statusCode,
    ).toBe(201);
  });

  it("refuses bad input naming the field: unknown or invalid filters, paging parameters, names, duplicates", async () => {
    const q = await buildQueue(ctx.deps);
    const agent = await tokenFor(ctx.deps, q.w.agent.personId, ["tickets:read", "tickets:write"]);
    const post = (body: unknown) => call(http.app, { method: "POST", url: "/api/v1/views", body, as: agent });
    const cases: Array<[unknown, string]> = [
      [{ name: "A", filters: { colour: "red" } }, "body.filters.colour"],
      [{ name: "A", filters: { status: "open,bogus" } }, "body.filters.status"],
      [{ name: "A", filters: { breachingWithinMinutes: "soon" } }, "body.filters.breachingWithinMinutes"],
      [{ name: "A", filters: { groupId: "ours" } }, "body.filters.groupId"],
      [{ name: "A", filters: { cursor: "abc" } }, "body.filters.cursor"],
      [{ name: "A", filters: { limit: "10" } }, "body.filters.limit"],
      [{ name: "A", filters: { priority: 3 } }, "body.filters.priority"],
      [{ name: "", filters: {} }, "body.name"],
      [{ name: "x".repeat(81), filters: {} }, "body.name"],
      [{ name: "A" }, "body.filters"],
      [{ name: "A", filters: {}, colour: "red" }, "body.colour"],
    ];
    for (const [body, field] of cases) {
      const res = await post(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(
        res.json().errors.map((e: { field: string }) => e.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    expect((await post({ name: "Urgent", filters: { priority: "critical,high" } })).statusCode).toBe(201);
    const duplicate = await post({ name: "  urgent ", filters: {} });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: "VIEW_NAME_TAKEN", errors: [{ field: "body.name" }] });
    const other = (await post({ name: "Other", filters: {} })).json();
    const rename = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/views/${other.id}`,
      body: { name: "URGENT" },
      as: agent,
    });
    expect(rename.statusCode).toBe(409);
    const badPatch = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/views/${other.id}`,
      body: { filters: { sort: "colour" } },
      as: agent,
    });
    expect(badPatch.json().errors[0].field).toBe("body.filters.sort");
    const badId = await call(http.app, {
      method: "PATCH",
      url: "/api/v1/views/not-a-uuid",
      body: { name: "x" },
      as: agent,
    });
    expect(badId.statusCode).toBe(422);
    expect(badId.json().errors[0].field).toBe("params.id");
  });

  it("stops at 50 saved views per person", async () => {
    const w = await buildWorkspace(ctx.deps);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    for (let i = 0; i < 50; i++) {
      const res = await call(http.app, {
        method: "POST",
        url: "/api/v1/views",
        body: { name: `View ${i}`, filters: {} },
        as: agent,
      });
      expect(res.statusCode).toBe(201);
    }
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/views",
      body: { name: "One too many", filters: {} },
      as: agent,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: "VIEW_LIMIT_REACHED", limit: 50 });
    expect((await get(agent)).filter((v) => v.kind === "saved")).toHaveLength(50);
  });

  it("scopes an agent's organization views to the tickets they may see", async () => {
    const q = await buildQueue(ctx.deps);
    const views = await get(await sessionFor(ctx.deps, q.agent2.id));
    // agent2 sees only the other group's ticket, raised in the first client.
    expect(views.filter((v) => v.kind === "organization").map((v) => [v.key, v.count])).toEqual([
      [`org-${q.w.client.id}`, 1],
    ]);
  });
});
