import { expect, it } from "vitest";
import { describeEachEngine, type TestDeps } from "../../../test/support/db.ts";
import { buildCategory, buildGroup, buildOrg, buildPerson } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { auditLog } from "../../identity/identity.tables.ts";

const auditRows = (deps: TestDeps) => deps.db.select().from(auditLog);
const NOWHERE = "00000000-0000-4000-8000-000000000000";

describeEachEngine("routing rule routes", (ctx) => {
  const http = withApp(ctx);

  async function workspace() {
    const provider = await buildOrg(ctx.deps, { kind: "provider" });
    const client = await buildOrg(ctx.deps);
    const admin = await buildPerson(ctx.deps, provider.id, "admin");
    const agent = await buildPerson(ctx.deps, provider.id, "agent");
    const requester = await buildPerson(ctx.deps, client.id);
    const group = await buildGroup(ctx.deps, { name: "Network" });
    return { client, admin, agent, requester, group, as: await sessionFor(ctx.deps, admin.id) };
  }

  it("lets an admin add a rule, audited with every field", async () => {
    const w = await workspace();
    const category = await buildCategory(ctx.deps);
    const body = {
      name: "VPN to network",
      position: 10,
      categoryId: category.id,
      organizationId: w.client.id,
      channel: "email",
      groupId: w.group.id,
    };
    const res = await call(http.app, { method: "POST", url: "/api/v1/routing-rules", body, as: w.as });
    expect(res.statusCode).toBe(201);
    const rule = res.json();
    expect(rule).toMatchObject({ ...body, active: true });
    expect(await auditRows(ctx.deps)).toEqual([
      expect.objectContaining({
        action: "routing_rule.created",
        entity: "routing_rule",
        entityId: rule.id,
        changes: {
          name: { from: null, to: "VPN to network" },
          position: { from: null, to: 10 },
          categoryId: { from: null, to: category.id },
          organizationId: { from: null, to: w.client.id },
          channel: { from: null, to: "email" },
          groupId: { from: null, to: w.group.id },
          active: { from: null, to: true },
        },
      }),
    ]);
  });

  it("names the unknown reference with 422", async () => {
    const w = await workspace();
    const base = { name: "R", position: 1, groupId: w.group.id };
    const cases = [
      [{ ...base, groupId: NOWHERE }, "GROUP_NOT_FOUND", "body.groupId"],
      [{ ...base, categoryId: NOWHERE }, "CATEGORY_NOT_FOUND", "body.categoryId"],
      [{ ...base, organizationId: NOWHERE }, "ORGANIZATION_NOT_FOUND", "body.organizationId"],
      [{ ...base, channel: "pigeon" }, "VALIDATION_FAILED", "body.channel"],
      [{ ...base, priority: "high" }, "VALIDATION_FAILED", "body.priority"],
    ] as const;
    for (const [body, code, field] of cases) {
      const res = await call(http.app, { method: "POST", url: "/api/v1/routing-rules", body, as: w.as });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code, errors: [{ field }] });
    }
    expect(await auditRows(ctx.deps)).toHaveLength(0);
  });

  it("changes and deletes a rule, each audited once", async () => {
    const w = await workspace();
    const rule = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/routing-rules",
        body: { name: "R", position: 1, groupId: w.group.id },
        as: w.as,
      })
    ).json();
    const other = await buildGroup(ctx.deps);
    const bad = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/routing-rules/${rule.id}`,
      body: { groupId: NOWHERE },
      as: w.as,
    });
    expect(bad.json()).toMatchObject({ status: 422, code: "GROUP_NOT_FOUND", errors: [{ field: "body.groupId" }] });
    const changed = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/routing-rules/${rule.id}`,
      body: { groupId: other.id, active: false, channel: null },
      as: w.as,
    });
    expect(changed.json()).toMatchObject({ groupId: other.id, active: false, channel: null });
    const deleted = await call(http.app, { method: "DELETE", url: `/api/v1/routing-rules/${rule.id}`, as: w.as });
    expect(deleted.statusCode).toBe(204);
    const gone = await call(http.app, { method: "DELETE", url: `/api/v1/routing-rules/${rule.id}`, as: w.as });
    expect(gone.json()).toMatchObject({
      status: 404,
      code: "ROUTING_RULE_NOT_FOUND",
      errors: [{ field: "params.id" }],
    });
    const rows = (await auditRows(ctx.deps)).filter((r) => r.action !== "routing_rule.created");
    expect(rows).toEqual([
      expect.objectContaining({
        action: "routing_rule.updated",
        changes: { groupId: { from: w.group.id, to: other.id }, active: { from: true, to: false } },
      }),
      expect.objectContaining({
        action: "routing_rule.deleted",
        entityId: rule.id,
        changes: expect.objectContaining({ name: { from: "R", to: null }, groupId: { from: other.id, to: null } }),
      }),
    ]);
  });

  it("shows rules to staff, refuses requesters and non-admin writers", async () => {
    const w = await workspace();
    await call(http.app, {
      method: "POST",
      url: "/api/v1/routing-rules",
      body: { name: "Second", position: 2, groupId: w.group.id },
      as: w.as,
    });
    await call(http.app, {
      method: "POST",
      url: "/api/v1/routing-rules",
      body: { name: "First", position: 1, groupId: w.group.id },
      as: w.as,
    });
    const agent = await sessionFor(ctx.deps, w.agent.id);
    const list = await call(http.app, { method: "GET", url: "/api/v1/routing-rules", as: agent });
    expect(list.json().items.map((r: { name: string }) => r.name)).toEqual(["First", "Second"]);
    const write = await call(http.app, {
      method: "POST",
      url: "/api/v1/routing-rules",
      body: { name: "X", position: 3, groupId: w.group.id },
      as: agent,
    });
    expect(write.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const requester = await call(http.app, {
      method: "GET",
      url: "/api/v1/routing-rules",
      as: await sessionFor(ctx.deps, w.requester.id),
    });
    expect(requester.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
  });
});
