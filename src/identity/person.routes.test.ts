import { expect, it } from "vitest";
import { describeEachEngine, type TestDeps } from "../../test/support/db.ts";
import { buildOrg, buildPerson } from "../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../test/support/http.ts";
import { auditLog } from "./identity.tables.ts";

const auditRows = (deps: TestDeps) => deps.db.select().from(auditLog);

describeEachEngine("person routes", (ctx) => {
  const http = withApp(ctx);

  async function workspace() {
    const provider = await buildOrg(ctx.deps, { kind: "provider" });
    const client = await buildOrg(ctx.deps);
    const admin = await buildPerson(ctx.deps, provider.id, "admin");
    return { provider, client, admin, as: await sessionFor(ctx.deps, admin.id) };
  }

  it("lets an admin add a person with a password, never showing or auditing the hash", async () => {
    const w = await workspace();
    const body = {
      organizationId: w.client.id,
      name: "Ayesha Khan",
      email: "ayesha@client.example",
      role: "requester",
      password: "correct horse battery",
    };
    const res = await call(http.app, { method: "POST", url: "/api/v1/people", body, as: w.as });
    expect(res.statusCode).toBe(201);
    const person = res.json();
    expect(person).toMatchObject({
      name: "Ayesha Khan",
      email: "ayesha@client.example",
      role: "requester",
      active: true,
      locale: "en",
      managerId: null,
    });
    expect(res.body).not.toMatch(/password|argon2/i);
    const [row, ...rest] = await auditRows(ctx.deps);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ actorId: w.admin.id, action: "person.created", entity: "person", entityId: person.id });
    expect(row!.changes).toEqual({
      organizationId: { from: null, to: w.client.id },
      name: { from: null, to: "Ayesha Khan" },
      email: { from: null, to: "ayesha@client.example" },
      role: { from: null, to: "requester" },
      orgManager: { from: null, to: false },
      active: { from: null, to: true },
      locale: { from: null, to: "en" },
      password: "[changed]",
    });
    const login = await http.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "AYESHA@client.example", password: "correct horse battery" },
    });
    expect(login.statusCode).toBe(200);
  });

  it("refuses a taken email whatever its case with 409 naming body.email", async () => {
    const w = await workspace();
    await buildPerson(ctx.deps, w.client.id, "requester", { email: "taken@client.example" });
    const body = { organizationId: w.client.id, name: "Someone", email: "Taken@Client.example", role: "requester" };
    const res = await call(http.app, { method: "POST", url: "/api/v1/people", body, as: w.as });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "EMAIL_TAKEN", errors: [{ field: "body.email" }] });
    expect(await auditRows(ctx.deps)).toHaveLength(0);
  });

  it("names the field at fault: a short password, an unknown organization, an unknown field", async () => {
    const w = await workspace();
    const body = { organizationId: w.client.id, name: "Someone", email: "someone@client.example", role: "requester" };
    const weak = await call(http.app, {
      method: "POST",
      url: "/api/v1/people",
      body: { ...body, password: "short" },
      as: w.as,
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors[0].field).toBe("body.password");
    const org = await call(http.app, {
      method: "POST",
      url: "/api/v1/people",
      body: { ...body, organizationId: "00000000-0000-4000-8000-000000000000" },
      as: w.as,
    });
    expect(org.statusCode).toBe(422);
    expect(org.json()).toMatchObject({ code: "REFERENCE_NOT_FOUND", errors: [{ field: "body.organizationId" }] });
    const unknown = await call(http.app, {
      method: "POST",
      url: "/api/v1/people",
      body: { ...body, passwordHash: "x" },
      as: w.as,
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toBe("body.passwordHash");
    const nul = await call(http.app, {
      method: "POST",
      url: "/api/v1/people",
      body: { ...body, name: "Some\u0000one" },
      as: w.as,
    });
    expect(nul.json()).toMatchObject({ status: 422, errors: [{ field: "body.name" }] });
    const search = await call(http.app, { method: "GET", url: "/api/v1/people?q=a%00b", as: w.as });
    expect(search.json()).toMatchObject({ status: 422, errors: [{ field: "query.q" }] });
    const cursor = Buffer.from(JSON.stringify(["a\u0000", w.admin.id])).toString("base64url");
    const badCursor = await call(http.app, { method: "GET", url: `/api/v1/people?cursor=${cursor}`, as: w.as });
    expect(badCursor.json()).toMatchObject({ status: 422, code: "INVALID_CURSOR" });
  });

  it("changes a person and audits each field, the new password only as [changed]", async () => {
    const w = await workspace();
    const agent = await buildPerson(ctx.deps, w.provider.id, "agent", { name: "Bilal" });
    const res = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/people/${agent.id}`,
      body: { role: "manager", name: "Bilal", password: "a brand new secret" },
      as: w.as,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: agent.id, role: "manager" });
    const rows = await auditRows(ctx.deps);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "person.updated",
      entityId: agent.id,
      changes: { role: { from: "agent", to: "manager" }, password: "[changed]" },
    });
    expect(Object.keys(rows[0]!.changes)).toEqual(["role", "password"]);
  });

  it("refuses a management-chain cycle, naming body.managerId", async () => {
    const w = await workspace();
    const top = await buildPerson(ctx.deps, w.client.id);
    const middle = await buildPerson(ctx.deps, w.client.id, "requester", { managerId: top.id });
    const bottom = await buildPerson(ctx.deps, w.client.id, "requester", { managerId: middle.id });
    const cycle = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/people/${top.id}`,
      body: { managerId: bottom.id },
      as: w.as,
    });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json()).toMatchObject({ code: "MANAGER_CYCLE", errors: [{ field: "body.managerId" }] });
    const self = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/people/${top.id}`,
      body: { managerId: top.id },
      as: w.as,
    });
    expect(self.json().code).toBe("MANAGER_CYCLE");
    const fine = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/people/${bottom.id}`,
      body: { managerId: top.id },
      as: w.as,
    });
    expect(fine.json()).toMatchObject({ managerId: top.id });
    expect(await auditRows(ctx.deps)).toEqual([
      expect.objectContaining({ entityId: bottom.id, changes: { managerId: { from: middle.id, to: top.id } } }),
    ]);
  });

  it("refuses a taken email on change, and a non-admin changing anyone", async () => {
    const w = await workspace();
    const one = await buildPerson(ctx.deps, w.client.id, "requester", { email: "one@client.example" });
    const two = await buildPerson(ctx.deps, w.client.id);
    const taken = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/people/${two.id}`,
      body: { email: "ONE@client.example" },
      as: w.as,
    });
    expect(taken.json()).toMatchObject({ status: 409, code: "EMAIL_TAKEN", errors: [{ field: "body.email" }] });
    const recased = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/people/${one.id}`,
      body: { email: "One@client.example" },
      as: w.as,
    });
    expect(recased.statusCode).toBe(200);
    const agent = await sessionFor(ctx.deps, (await buildPerson(ctx.deps, w.provider.id, "agent")).id);
    const forbidden = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/people/${two.id}`,
      body: { active: false },
      as: agent,
    });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe("FORBIDDEN");
  });

  it("shows a requester only themselves, an organization manager their organization, staff everyone", async () => {
    const w = await workspace();
    const elsewhere = await buildOrg(ctx.deps);
    const requester = await buildPerson(ctx.deps, w.client.id);
    const manager = await buildPerson(ctx.deps, w.client.id, "requester", { orgManager: true });
    const outsider = await buildPerson(ctx.deps, elsewhere.id);
    const ids = async (as: Awaited<ReturnType<typeof sessionFor>>) =>
      (await call(http.app, { method: "GET", url: "/api/v1/people", as }))
        .json()
        .items.map((p: { id: string }) => p.id)
        .sort();
    expect(await ids(await sessionFor(ctx.deps, requester.id))).toEqual([requester.id]);
    expect(await ids(await sessionFor(ctx.deps, manager.id))).toEqual([requester.id, manager.id].sort());
    expect(await ids(w.as)).toEqual([w.admin.id, requester.id, manager.id, outsider.id].sort());
    const hidden = await call(http.app, {
      method: "GET",
      url: `/api/v1/people/${outsider.id}`,
      as: await sessionFor(ctx.deps, manager.id),
    });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toMatchObject({ code: "PERSON_NOT_FOUND", errors: [{ field: "params.id" }] });
  });

  it("filters by organization, role, text and activity, and pages with a cursor", async () => {
    const w = await workspace();
    for (const name of ["ann", "bob", "cat", "dan"])
      await buildPerson(ctx.deps, w.client.id, "requester", { name, email: `${name}@client.example` });
    await buildPerson(ctx.deps, w.client.id, "requester", { name: "eve", email: "eve@client.example", active: false });
    const get = async (query: string) =>
      (await call(http.app, { method: "GET", url: `/api/v1/people?${query}`, as: w.as })).json();
    const names = (page: { items: Array<{ name: string }> }) => page.items.map((p) => p.name);
    expect(names(await get("q=BOB"))).toEqual(["bob"]);
    expect(names(await get("role=admin"))).toEqual([w.admin.name]);
    expect(names(await get(`organizationId=${w.client.id}&active=false`))).toEqual(["eve"]);
    const first = await get(`organizationId=${w.client.id}&active=true&limit=3`);
    expect(names(first)).toEqual(["ann", "bob", "cat"]);
    const second = await get(`organizationId=${w.client.id}&active=true&limit=3&cursor=${first.nextCursor}`);
    expect(names(second)).toEqual(["dan"]);
    expect(second.nextCursor).toBeNull();
    const bad = await call(http.app, { method: "GET", url: "/api/v1/people?cursor=nonsense", as: w.as });
    expect(bad.json()).toMatchObject({ status: 422, code: "INVALID_CURSOR", errors: [{ field: "query.cursor" }] });
  });
});
