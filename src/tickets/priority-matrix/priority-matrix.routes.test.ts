import { expect, it } from "vitest";
import { describeEachEngine, type TestDeps } from "../../../test/support/db.ts";
import { buildOrg, buildPerson } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { auditLog } from "../../identity/identity.tables.ts";
import { DEFAULT_PRIORITY_MATRIX } from "../ticket/ticket.ts";

const auditRows = (deps: TestDeps) => deps.db.select().from(auditLog);
const URL = "/api/v1/settings/priority-matrix";

describeEachEngine("priority matrix routes", (ctx) => {
  const http = withApp(ctx);

  async function workspace() {
    const provider = await buildOrg(ctx.deps, { kind: "provider" });
    const admin = await buildPerson(ctx.deps, provider.id, "admin");
    const requester = await buildPerson(ctx.deps, (await buildOrg(ctx.deps)).id);
    return { admin, as: await sessionFor(ctx.deps, admin.id), asRequester: await sessionFor(ctx.deps, requester.id) };
  }

  it("shows the published default to anyone signed in", async () => {
    const w = await workspace();
    const res = await call(http.app, { method: "GET", url: URL, as: w.asRequester });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(DEFAULT_PRIORITY_MATRIX);
  });

  it("lets an admin replace the matrix, audited cell by cell, and new tickets follow it", async () => {
    const w = await workspace();
    const matrix = { ...DEFAULT_PRIORITY_MATRIX, person: { high: "high", medium: "low", low: "low" } };
    const res = await call(http.app, { method: "PUT", url: URL, body: matrix, as: w.as });
    expect(res.statusCode).toBe(200);
    expect((await call(http.app, { method: "GET", url: URL, as: w.asRequester })).json()).toEqual(matrix);
    expect(await auditRows(ctx.deps)).toEqual([
      expect.objectContaining({
        actorId: w.admin.id,
        action: "priority_matrix.updated",
        entity: "setting",
        entityId: "priority_matrix",
        changes: { "person.high": { from: "medium", to: "high" } },
      }),
    ]);
    const ticket = await call(http.app, {
      method: "POST",
      url: "/api/v1/tickets",
      body: { subject: "Laptop", description: "Dead", impact: "person", urgency: "high" },
      as: w.asRequester,
    });
    expect(ticket.json().priority).toBe("high");
    await call(http.app, { method: "PUT", url: URL, body: matrix, as: w.as });
    expect(await auditRows(ctx.deps)).toHaveLength(1);
  });

  it("refuses an incomplete or unknown cell naming it, and a non-admin with 403", async () => {
    const w = await workspace();
    const { person: _person, ...partial } = DEFAULT_PRIORITY_MATRIX;
    const missing = await call(http.app, { method: "PUT", url: URL, body: partial, as: w.as });
    expect(missing.json()).toMatchObject({ status: 422, errors: [{ field: "body.person" }] });
    const bad = await call(http.app, {
      method: "PUT",
      url: URL,
      body: { ...DEFAULT_PRIORITY_MATRIX, department: { high: "urgent", medium: "medium", low: "low" } },
      as: w.as,
    });
    expect(bad.json()).toMatchObject({ status: 422, errors: [{ field: "body.department.high" }] });
    const extra = await call(http.app, {
      method: "PUT",
      url: URL,
      body: { ...DEFAULT_PRIORITY_MATRIX, planet: DEFAULT_PRIORITY_MATRIX.person },
      as: w.as,
    });
    expect(extra.json()).toMatchObject({ status: 422, errors: [{ field: "body.planet" }] });
    const requester = await call(http.app, {
      method: "PUT",
      url: URL,
      body: DEFAULT_PRIORITY_MATRIX,
      as: w.asRequester,
    });
    expect(requester.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect(await auditRows(ctx.deps)).toHaveLength(0);
  });
});
