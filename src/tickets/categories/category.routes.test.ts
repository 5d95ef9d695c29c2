import { expect, it } from "vitest";
import { describeEachEngine, type TestDeps } from "../../../test/support/db.ts";
import { buildCategory, buildOrg, buildPerson } from "../../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../../test/support/http.ts";
import { auditLog } from "../../identity/identity.tables.ts";

const auditRows = (deps: TestDeps) => deps.db.select().from(auditLog);

describeEachEngine("category routes", (ctx) => {
  const http = withApp(ctx);

  async function workspace() {
    const provider = await buildOrg(ctx.deps, { kind: "provider" });
    const admin = await buildPerson(ctx.deps, provider.id, "admin");
    const requester = await buildPerson(ctx.deps, (await buildOrg(ctx.deps)).id);
    return { admin, requester, as: await sessionFor(ctx.deps, admin.id) };
  }

  it("lists categories to anyone signed in, a ticket-only token included", async () => {
    const w = await workspace();
    await buildCategory(ctx.deps, "Network");
    await buildCategory(ctx.deps, "Hardware");
    const token = await tokenFor(ctx.deps, w.requester.id, ["tickets:write"]);
    const res = await call(http.app, { method: "GET", url: "/api/v1/categories", as: token });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((c: { name: string }) => c.name)).toEqual(["Hardware", "Network"]);
  });

  it("lets an admin add and change a category, each change audited once", async () => {
    const w = await workspace();
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/categories",
      body: { name: "Email", description: "Mailboxes" },
      as: w.as,
    });
    expect(created.statusCode).toBe(201);
    const category = created.json();
    const changed = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/categories/${category.id}`,
      body: { description: "Mailboxes and lists" },
      as: w.as,
    });
    expect(changed.json()).toMatchObject({ id: category.id, name: "Email", description: "Mailboxes and lists" });
    expect(await auditRows(ctx.deps)).toEqual([
      expect.objectContaining({
        action: "category.created",
        entity: "category",
        entityId: category.id,
        changes: { name: { from: null, to: "Email" }, description: { from: null, to: "Mailboxes" } },
      }),
      expect.objectContaining({
        action: "category.updated",
        entityId: category.id,
        changes: { description: { from: "Mailboxes", to: "Mailboxes and lists" } },
      }),
    ]);
  });

  it("keeps an optional Urdu name beside the name, audited, and clears it when emptied", async () => {
    const w = await workspace();
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/categories",
      body: { name: "Network", nameUr: "نیٹ ورک" },
      as: w.as,
    });
    expect(created.json()).toMatchObject({ name: "Network", nameUr: "نیٹ ورک" });
    const plain = await call(http.app, {
      method: "POST",
      url: "/api/v1/categories",
      body: { name: "Printers" },
      as: w.as,
    });
    expect(plain.json()).toMatchObject({ name: "Printers", nameUr: null });
    const id = created.json().id as string;
    const cleared = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/categories/${id}`,
      body: { nameUr: "  " },
      as: w.as,
    });
    expect(cleared.json()).toMatchObject({ name: "Network", nameUr: null });
    const listed = await call(http.app, { method: "GET", url: "/api/v1/categories", as: w.as });
    expect(listed.json().items.map((c: { nameUr: string | null }) => c.nameUr)).toEqual([null, null]);
    expect((await auditRows(ctx.deps)).at(-1)).toMatchObject({
      action: "category.updated",
      changes: { nameUr: { from: "نیٹ ورک", to: null } },
    });
    const tooLong = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/categories/${id}`,
      body: { nameUr: "ن".repeat(101) },
      as: w.as,
    });
    expect(tooLong.json()).toMatchObject({ status: 422, errors: [{ field: "body.nameUr" }] });
  });

  it("refuses a duplicate name with 409, a non-admin with 403, an unknown field with 422, a missing category with 404", async () => {
    const w = await workspace();
    const taken = await buildCategory(ctx.deps, "Taken");
    const duplicate = await call(http.app, {
      method: "POST",
      url: "/api/v1/categories",
      body: { name: "Taken" },
      as: w.as,
    });
    expect(duplicate.json()).toMatchObject({ status: 409, code: "NAME_TAKEN", errors: [{ field: "body.name" }] });
    const requester = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/categories/${taken.id}`,
      body: { name: "Mine" },
      as: await sessionFor(ctx.deps, w.requester.id),
    });
    expect(requester.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const unknown = await call(http.app, {
      method: "POST",
      url: "/api/v1/categories",
      body: { name: "New", parentId: taken.id },
      as: w.as,
    });
    expect(unknown.json()).toMatchObject({ status: 422, errors: [{ field: "body.parentId" }] });
    const missing = await call(http.app, {
      method: "PATCH",
      url: "/api/v1/categories/00000000-0000-4000-8000-000000000000",
      body: { name: "X" },
      as: w.as,
    });
    expect(missing.json()).toMatchObject({ status: 404, code: "CATEGORY_NOT_FOUND", errors: [{ field: "params.id" }] });
    expect(await auditRows(ctx.deps)).toHaveLength(0);
  });
});
