import { expect, it } from "vitest";
import { describeEachEngine, type TestDeps } from "../../test/support/db.ts";
import { buildGroup, buildOrg, buildPerson } from "../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../test/support/http.ts";
import { auditLog, groupMembers } from "./identity.tables.ts";

const auditRows = (deps: TestDeps) => deps.db.select().from(auditLog);

describeEachEngine("group routes", (ctx) => {
  const http = withApp(ctx);

  async function workspace() {
    const provider = await buildOrg(ctx.deps, { kind: "provider" });
    const client = await buildOrg(ctx.deps);
    const admin = await buildPerson(ctx.deps, provider.id, "admin");
    const agent = await buildPerson(ctx.deps, provider.id, "agent");
    const requester = await buildPerson(ctx.deps, client.id);
    return { provider, admin, agent, requester, as: await sessionFor(ctx.deps, admin.id) };
  }

  it("lets an admin add a group led by an agent, audited", async () => {
    const w = await workspace();
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/groups",
      body: { name: "Network", tier: 2, leadId: w.agent.id, assignment: "round_robin" },
      as: w.as,
    });
    expect(res.statusCode).toBe(201);
    const group = res.json();
    expect(group).toMatchObject({
      name: "Network",
      tier: 2,
      leadId: w.agent.id,
      assignment: "round_robin",
      memberIds: [],
    });
    expect(await auditRows(ctx.deps)).toEqual([
      expect.objectContaining({
        action: "group.created",
        entity: "group",
        entityId: group.id,
        changes: {
          name: { from: null, to: "Network" },
          tier: { from: null, to: 2 },
          leadId: { from: null, to: w.agent.id },
          assignment: { from: null, to: "round_robin" },
        },
      }),
    ]);
  });

  it("keeps an optional Urdu name beside the name, audited, and clears it when emptied", async () => {
    const w = await workspace();
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/groups",
      body: { name: "Service Desk", nameUr: "سروس ڈیسک", tier: 1 },
      as: w.as,
    });
    expect(res.json()).toMatchObject({ name: "Service Desk", nameUr: "سروس ڈیسک" });
    const id = res.json().id as string;
    const listed = await call(http.app, { method: "GET", url: "/api/v1/groups", as: w.as });
    expect(listed.json().items).toEqual([expect.objectContaining({ id, nameUr: "سروس ڈیسک" })]);
    const cleared = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/groups/${id}`,
      body: { nameUr: "" },
      as: w.as,
    });
    expect(cleared.json()).toMatchObject({ name: "Service Desk", nameUr: null });
    expect((await auditRows(ctx.deps)).at(-1)).toMatchObject({
      action: "group.updated",
      changes: { nameUr: { from: "سروس ڈیسک", to: null } },
    });
  });

  it("refuses a lead who is not staff or does not exist, and a tier out of range", async () => {
    const w = await workspace();
    const requesterLead = await call(http.app, {
      method: "POST",
      url: "/api/v1/groups",
      body: { name: "G", tier: 1, leadId: w.requester.id },
      as: w.as,
    });
    expect(requesterLead.statusCode).toBe(422);
    expect(requesterLead.json()).toMatchObject({ code: "GROUP_LEAD_NOT_AGENT", errors: [{ field: "body.leadId" }] });
    const ghost = await call(http.app, {
      method: "POST",
      url: "/api/v1/groups",
      body: { name: "G", tier: 1, leadId: "00000000-0000-4000-8000-000000000000" },
      as: w.as,
    });
    expect(ghost.json()).toMatchObject({
      status: 422,
      code: "REFERENCE_NOT_FOUND",
      errors: [{ field: "body.leadId" }],
    });
    const tier = await call(http.app, {
      method: "POST",
      url: "/api/v1/groups",
      body: { name: "G", tier: 10 },
      as: w.as,
    });
    expect(tier.json()).toMatchObject({ status: 422, code: "VALIDATION_FAILED", errors: [{ field: "body.tier" }] });
    const unknown = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/groups/${(await buildGroup(ctx.deps)).id}`,
      body: { members: [] },
      as: w.as,
    });
    expect(unknown.json()).toMatchObject({
      status: 422,
      errors: [{ field: "body.members", message: "unknown field" }],
    });
    expect(await auditRows(ctx.deps)).toHaveLength(0);
  });

  it("changes a group, refusing a taken name with 409", async () => {
    const w = await workspace();
    await buildGroup(ctx.deps, { name: "Taken" });
    const group = await buildGroup(ctx.deps, { name: "Desk", tier: 1 });
    const taken = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/groups/${group.id}`,
      body: { name: "Taken" },
      as: w.as,
    });
    expect(taken.json()).toMatchObject({ status: 409, code: "NAME_TAKEN", errors: [{ field: "body.name" }] });
    const res = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/groups/${group.id}`,
      body: { tier: 3, assignment: "least_loaded" },
      as: w.as,
    });
    expect(res.json()).toMatchObject({ name: "Desk", tier: 3, assignment: "least_loaded" });
    expect(await auditRows(ctx.deps)).toEqual([
      expect.objectContaining({
        action: "group.updated",
        entityId: group.id,
        changes: { tier: { from: 1, to: 3 }, assignment: { from: "manual", to: "least_loaded" } },
      }),
    ]);
  });

  it("replaces the members, keeping the round-robin turn of those who stay, audited as one change", async () => {
    const w = await workspace();
    const other = await buildPerson(ctx.deps, w.provider.id, "manager");
    const group = await buildGroup(ctx.deps, { members: [w.agent.id, w.admin.id] });
    const turn = new Date("2026-03-01T10:00:00Z");
    await ctx.deps.db.update(groupMembers).set({ lastAssignedAt: turn });
    const res = await call(http.app, {
      method: "PUT",
      url: `/api/v1/groups/${group.id}/members`,
      body: { personIds: [w.agent.id, other.id] },
      as: w.as,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().memberIds).toEqual([w.agent.id, other.id].sort());
    const rows = await ctx.deps.db.select().from(groupMembers);
    expect(rows.find((r) => r.personId === w.agent.id)?.lastAssignedAt).toEqual(turn);
    expect(await auditRows(ctx.deps)).toEqual([
      expect.objectContaining({
        action: "group.members_updated",
        entity: "group",
        entityId: group.id,
        changes: { memberIds: { from: [w.agent.id, w.admin.id].sort(), to: [w.agent.id, other.id].sort() } },
      }),
    ]);
  });

  it("refuses a requester as a member, naming the position", async () => {
    const w = await workspace();
    const group = await buildGroup(ctx.deps);
    const res = await call(http.app, {
      method: "PUT",
      url: `/api/v1/groups/${group.id}/members`,
      body: { personIds: [w.agent.id, w.requester.id] },
      as: w.as,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: "MEMBER_NOT_AGENT", errors: [{ field: "body.personIds.1" }] });
    expect(await ctx.deps.db.select().from(groupMembers)).toHaveLength(0);
    expect(await auditRows(ctx.deps)).toHaveLength(0);
  });

  it("shows groups to staff only and lets only admins change them", async () => {
    const w = await workspace();
    const group = await buildGroup(ctx.deps, { members: [w.agent.id] });
    const agent = await sessionFor(ctx.deps, w.agent.id);
    expect((await call(http.app, { method: "GET", url: "/api/v1/groups", as: agent })).json().items).toEqual([
      expect.objectContaining({ id: group.id, memberIds: [w.agent.id] }),
    ]);
    const requester = await sessionFor(ctx.deps, w.requester.id);
    const list = await call(http.app, { method: "GET", url: "/api/v1/groups", as: requester });
    expect(list.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect((await call(http.app, { method: "GET", url: `/api/v1/groups/${group.id}`, as: requester })).statusCode).toBe(
      403,
    );
    const write = await call(http.app, {
      method: "PUT",
      url: `/api/v1/groups/${group.id}/members`,
      body: { personIds: [] },
      as: agent,
    });
    expect(write.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const missing = await call(http.app, {
      method: "GET",
      url: "/api/v1/groups/00000000-0000-4000-8000-000000000000",
      as: agent,
    });
    expect(missing.json()).toMatchObject({ status: 404, code: "GROUP_NOT_FOUND", errors: [{ field: "params.id" }] });
  });
});
