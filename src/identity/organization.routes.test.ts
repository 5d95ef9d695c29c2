import { expect, it } from "vitest";
import { describeEachEngine, type TestDeps } from "../../test/support/db.ts";
import { buildOrg, buildPerson } from "../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../test/support/http.ts";
import { auditLog } from "./identity.tables.ts";

const auditRows = (deps: TestDeps) => deps.db.select().from(auditLog);

describeEachEngine("organization routes", (ctx) => {
  const http = withApp(ctx);

  async function admin() {
    const provider = await buildOrg(ctx.deps, { kind: "provider", name: "Provider" });
    const person = await buildPerson(ctx.deps, provider.id, "admin");
    return { provider, person, as: await sessionFor(ctx.deps, person.id) };
  }

  it("lets an admin add an organization, audited with every field it set", async () => {
    const a = await admin();
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/organizations",
      body: { name: "Acme", domain: "Acme.example" },
      as: a.as,
    });
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({ name: "Acme", kind: "client", domain: "acme.example" });
    expect(res.headers.location).toBe(`/api/v1/organizations/${org.id}`);
    expect(await auditRows(ctx.deps)).toEqual([
      expect.objectContaining({
        actorId: a.person.id,
        action: "organization.created",
        entity: "organization",
        entityId: org.id,
        changes: {
          name: { from: null, to: "Acme" },
          kind: { from: null, to: "client" },
          domain: { from: null, to: "acme.example" },
        },
      }),
    ]);
  });

  it("renames an organization and audits only what changed", async () => {
    const a = await admin();
    const org = await buildOrg(ctx.deps, { name: "Old name", domain: "old.example" });
    const res = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/organizations/${org.id}`,
      body: { name: "New name", domain: "old.example" },
      as: a.as,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: org.id, name: "New name", domain: "old.example" });
    const rows = await auditRows(ctx.deps);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "organization.updated",
      entityId: org.id,
      changes: { name: { from: "Old name", to: "New name" } },
    });
  });

  it("writes no audit row for a change that changes nothing", async () => {
    const a = await admin();
    const org = await buildOrg(ctx.deps, { name: "Same" });
    const res = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/organizations/${org.id}`,
      body: { name: "Same" },
      as: a.as,
    });
    expect(res.statusCode).toBe(200);
    expect(await auditRows(ctx.deps)).toHaveLength(0);
  });

  it("refuses a duplicate name with 409 naming body.name, and writes no audit row", async () => {
    const a = await admin();
    await buildOrg(ctx.deps, { name: "Taken" });
    const other = await buildOrg(ctx.deps, { name: "Other" });
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/organizations",
      body: { name: "Taken" },
      as: a.as,
    });
    expect(created.statusCode).toBe(409);
    expect(created.headers["content-type"]).toContain("application/problem+json");
    expect(created.json()).toMatchObject({ status: 409, code: "NAME_TAKEN", errors: [{ field: "body.name" }] });
    const renamed = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/organizations/${other.id}`,
      body: { name: "Taken" },
      as: a.as,
    });
    expect(renamed.json()).toMatchObject({ status: 409, code: "NAME_TAKEN", errors: [{ field: "body.name" }] });
    expect(await auditRows(ctx.deps)).toHaveLength(0);
  });

  it("refuses a non-admin writing with 403", async () => {
    const a = await admin();
    const agent = await buildPerson(ctx.deps, a.provider.id, "agent");
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/organizations",
      body: { name: "Acme" },
      as: await sessionFor(ctx.deps, agent.id),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
  });

  it("refuses an admin token without directory:write", async () => {
    const a = await admin();
    const token = await tokenFor(ctx.deps, a.person.id, ["directory:read"]);
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/organizations",
      body: { name: "Acme" },
      as: token,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe("SCOPE_MISSING");
  });

  it("names the unknown field and the bad domain", async () => {
    const a = await admin();
    const unknown = await call(http.app, {
      method: "POST",
      url: "/api/v1/organizations",
      body: { name: "Acme", colour: "red" },
      as: a.as,
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: "VALIDATION_FAILED", errors: [{ field: "body.colour" }] });
    const domain = await call(http.app, {
      method: "POST",
      url: "/api/v1/organizations",
      body: { name: "Acme", domain: "not a domain" },
      as: a.as,
    });
    expect(domain.json()).toMatchObject({ code: "VALIDATION_FAILED", errors: [{ field: "body.domain" }] });
  });

  it("shows staff every organization and a requester only their own", async () => {
    const a = await admin();
    const client = await buildOrg(ctx.deps, { name: "Client" });
    await buildOrg(ctx.deps, { name: "Elsewhere" });
    const requester = await buildPerson(ctx.deps, client.id);
    const staffList = await call(http.app, { method: "GET", url: "/api/v1/organizations", as: a.as });
    expect(
      staffList
        .json()
        .items.map((o: { name: string }) => o.name)
        .sort(),
    ).toEqual(["Client", "Elsewhere", "Provider"]);
    const own = await call(http.app, {
      method: "GET",
      url: "/api/v1/organizations",
      as: await sessionFor(ctx.deps, requester.id),
    });
    expect(own.json().items).toEqual([expect.objectContaining({ id: client.id, name: "Client" })]);
  });

  it("answers 404 to a requester reading another organization", async () => {
    const client = await buildOrg(ctx.deps);
    const elsewhere = await buildOrg(ctx.deps);
    const requester = await sessionFor(ctx.deps, (await buildPerson(ctx.deps, client.id)).id);
    const res = await call(http.app, { method: "GET", url: `/api/v1/organizations/${elsewhere.id}`, as: requester });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: "ORGANIZATION_NOT_FOUND", errors: [{ field: "params.id" }] });
    expect(
      (await call(http.app, { method: "GET", url: `/api/v1/organizations/${client.id}`, as: requester })).statusCode,
    ).toBe(200);
  });
});
