import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { actorFor, buildOrg, buildPerson } from "../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../test/support/http.ts";
import { SYSTEM_ACTOR } from "./actor.ts";
import { recordAudit } from "./audit.store.ts";

describeEachEngine("audit routes", (ctx) => {
  const http = withApp(ctx);

  async function workspace() {
    const provider = await buildOrg(ctx.deps, { kind: "provider" });
    const admin = await buildPerson(ctx.deps, provider.id, "admin");
    const other = await buildPerson(ctx.deps, provider.id, "admin");
    const agent = await buildPerson(ctx.deps, provider.id, "agent");
    const at = ctx.deps.clock.now();
    const entries = [
      { actor: admin, entity: "organization", entityId: provider.id, action: "organization.updated" },
      { actor: other, entity: "person", entityId: agent.id, action: "person.updated" },
      { actor: admin, entity: "person", entityId: agent.id, action: "person.updated" },
      { actor: admin, entity: "person", entityId: other.id, action: "person.updated" },
    ] as const;
    for (const e of entries)
      await recordAudit(
        ctx.deps.db,
        actorFor(e.actor),
        { action: e.action, entity: e.entity, entityId: e.entityId, changes: {} },
        at,
      );
    return { admin, other, agent, as: await sessionFor(ctx.deps, admin.id) };
  }

  it("lists the log newest first, filtered by entity, entity id and actor", async () => {
    const w = await workspace();
    const all = await call(http.app, { method: "GET", url: "/api/v1/audit", as: w.as });
    expect(all.statusCode).toBe(200);
    expect(all.json().items.map((e: { id: number }) => e.id)).toEqual([4, 3, 2, 1]);
    const agent = await call(http.app, {
      method: "GET",
      url: `/api/v1/audit?entity=person&entityId=${w.agent.id}&actorId=${w.admin.id}`,
      as: w.as,
    });
    expect(agent.json().items).toEqual([
      expect.objectContaining({
        id: 3,
        actorId: w.admin.id,
        action: "person.updated",
        entity: "person",
        entityId: w.agent.id,
        at: "2026-03-02T09:00:00.000Z",
      }),
    ]);
  });

  it("names the actor and the changed object, so the log reads without looking up ids", async () => {
    const w = await workspace();
    await recordAudit(
      ctx.deps.db,
      SYSTEM_ACTOR,
      {
        action: "category.deleted",
        entity: "category",
        entityId: "00000000-0000-4000-8000-000000000001",
        changes: { name: { from: "Printers", to: null } },
      },
      ctx.deps.clock.now(),
    );
    const items = (await call(http.app, { method: "GET", url: "/api/v1/audit", as: w.as })).json().items;
    expect(items[0]).toMatchObject({ actorId: null, actorName: null, entityLabel: "Printers" });
    expect(items.find((e: { id: number }) => e.id === 3)).toMatchObject({
      actorName: w.admin.name,
      entityLabel: w.agent.name,
    });
    expect(items.find((e: { id: number }) => e.id === 1)).toMatchObject({
      actorName: w.admin.name,
      entityLabel: expect.stringMatching(/^Org/),
    });
  });

  it("pages with a cursor", async () => {
    const w = await workspace();
    const first = (await call(http.app, { method: "GET", url: "/api/v1/audit?limit=3", as: w.as })).json();
    expect(first.items.map((e: { id: number }) => e.id)).toEqual([4, 3, 2]);
    const second = (
      await call(http.app, { method: "GET", url: `/api/v1/audit?limit=3&cursor=${first.nextCursor}`, as: w.as })
    ).json();
    expect(second).toMatchObject({ items: [expect.objectContaining({ id: 1 })], nextCursor: null });
    const bad = await call(http.app, { method: "GET", url: "/api/v1/audit?cursor=abc", as: w.as });
    expect(bad.json()).toMatchObject({ status: 422, errors: [{ field: "query.cursor" }] });
  });

  it("is for admins only, and for their tokens only with directory:read", async () => {
    const w = await workspace();
    const agent = await call(http.app, {
      method: "GET",
      url: "/api/v1/audit",
      as: await sessionFor(ctx.deps, w.agent.id),
    });
    expect(agent.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const narrow = await call(http.app, {
      method: "GET",
      url: "/api/v1/audit",
      as: await tokenFor(ctx.deps, w.admin.id, ["tickets:read"]),
    });
    expect(narrow.json()).toMatchObject({ status: 403, code: "SCOPE_MISSING" });
  });
});
