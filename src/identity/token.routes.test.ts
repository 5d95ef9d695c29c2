import { expect, it } from "vitest";
import { describeEachEngine, type TestDeps } from "../../test/support/db.ts";
import { buildOrg, buildPerson } from "../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../test/support/http.ts";
import { auditLog } from "./identity.tables.ts";
import { sha256 } from "./secrets.ts";

const auditRows = (deps: TestDeps) => deps.db.select().from(auditLog);

describeEachEngine("token routes", (ctx) => {
  const http = withApp(ctx);

  async function workspace() {
    const provider = await buildOrg(ctx.deps, { kind: "provider" });
    const client = await buildOrg(ctx.deps);
    const admin = await buildPerson(ctx.deps, provider.id, "admin");
    const requester = await buildPerson(ctx.deps, client.id);
    return {
      admin,
      requester,
      asAdmin: await sessionFor(ctx.deps, admin.id),
      asRequester: await sessionFor(ctx.deps, requester.id),
    };
  }

  it("issues a token for yourself, shows the secret once and audits it without the secret or its hash", async () => {
    const w = await workspace();
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/tokens",
      body: { name: "CI", scopes: ["tickets:read"], expiresInDays: 30 },
      as: w.asRequester,
    });
    expect(res.statusCode).toBe(201);
    const issued = res.json();
    expect(issued).toMatchObject({
      personId: w.requester.id,
      name: "CI",
      scopes: ["tickets:read"],
      expiresAt: "2026-04-01T09:00:00.000Z",
      revokedAt: null,
    });
    expect(issued.token).toMatch(/^fl_/);
    const me = await call(http.app, { method: "GET", url: "/api/v1/auth/me", as: issued.token });
    expect(me.json()).toMatchObject({ id: w.requester.id, scopes: ["tickets:read"] });
    const list = await call(http.app, { method: "GET", url: "/api/v1/tokens", as: w.asRequester });
    expect(list.json().items).toEqual([expect.objectContaining({ id: issued.id, prefix: issued.token.slice(0, 10) })]);
    expect(list.body).not.toContain(issued.token);
    const rows = await auditRows(ctx.deps);
    expect(rows).toEqual([
      expect.objectContaining({
        actorId: w.requester.id,
        action: "api_token.issued",
        entity: "api_token",
        entityId: issued.id,
        changes: {
          personId: { from: null, to: w.requester.id },
          name: { from: null, to: "CI" },
          scopes: { from: null, to: ["tickets:read"] },
          expiresAt: { from: null, to: "2026-04-01T09:00:00.000Z" },
        },
      }),
    ]);
    expect(JSON.stringify(rows)).not.toContain(issued.token.slice(3));
    expect(JSON.stringify(rows)).not.toContain(sha256(issued.token));
  });

  it("refuses the admin scope to a non-admin, and any scope the issuing token lacks", async () => {
    const w = await workspace();
    const admin = await call(http.app, {
      method: "POST",
      url: "/api/v1/tokens",
      body: { name: "x", scopes: ["admin"] },
      as: w.asRequester,
    });
    expect(admin.statusCode).toBe(403);
    expect(admin.json()).toMatchObject({ code: "SCOPE_NOT_ALLOWED", errors: [{ field: "body.scopes" }] });
    const narrow = await tokenFor(ctx.deps, w.requester.id, ["directory:write", "tickets:read"]);
    const wider = await call(http.app, {
      method: "POST",
      url: "/api/v1/tokens",
      body: { name: "x", scopes: ["tickets:write"] },
      as: narrow,
    });
    expect(wider.json()).toMatchObject({ status: 403, code: "SCOPE_NOT_ALLOWED" });
    const forNonAdmin = await call(http.app, {
      method: "POST",
      url: "/api/v1/tokens",
      body: { name: "x", scopes: ["admin"], personId: w.requester.id },
      as: w.asAdmin,
    });
    expect(forNonAdmin.json()).toMatchObject({ status: 403, code: "SCOPE_NOT_ALLOWED" });
    const unknown = await call(http.app, {
      method: "POST",
      url: "/api/v1/tokens",
      body: { name: "x", scopes: ["tickets:read"], secret: "mine" },
      as: w.asRequester,
    });
    expect(unknown.json()).toMatchObject({ status: 422, errors: [{ field: "body.secret" }] });
    expect(await auditRows(ctx.deps)).toHaveLength(0);
  });

  it("lets an admin issue and list tokens for someone else, and nobody else", async () => {
    const w = await workspace();
    const issued = await call(http.app, {
      method: "POST",
      url: "/api/v1/tokens",
      body: { name: "bot", scopes: ["tickets:write"], personId: w.requester.id },
      as: w.asAdmin,
    });
    expect(issued.json()).toMatchObject({ personId: w.requester.id });
    const listed = await call(http.app, {
      method: "GET",
      url: `/api/v1/tokens?personId=${w.requester.id}`,
      as: w.asAdmin,
    });
    expect(listed.json().items.map((t: { name: string }) => t.name)).toEqual(["bot"]);
    const peek = await call(http.app, {
      method: "GET",
      url: `/api/v1/tokens?personId=${w.admin.id}`,
      as: w.asRequester,
    });
    expect(peek.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const forge = await call(http.app, {
      method: "POST",
      url: "/api/v1/tokens",
      body: { name: "x", scopes: ["tickets:read"], personId: w.admin.id },
      as: w.asRequester,
    });
    expect(forge.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
  });

  it("revokes a token once, audited; it stops working; another's token is not found", async () => {
    const w = await workspace();
    const issued = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/tokens",
        body: { name: "CI", scopes: ["tickets:read"] },
        as: w.asRequester,
      })
    ).json();
    const adminToken = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/tokens",
        body: { name: "ops", scopes: ["admin"] },
        as: w.asAdmin,
      })
    ).json();
    const other = await call(http.app, { method: "DELETE", url: `/api/v1/tokens/${adminToken.id}`, as: w.asRequester });
    expect(other.json()).toMatchObject({ status: 404, code: "TOKEN_NOT_FOUND", errors: [{ field: "params.id" }] });
    const res = await call(http.app, { method: "DELETE", url: `/api/v1/tokens/${issued.id}`, as: w.asRequester });
    expect(res.statusCode).toBe(204);
    expect((await call(http.app, { method: "GET", url: "/api/v1/auth/me", as: issued.token })).statusCode).toBe(401);
    const again = await call(http.app, { method: "DELETE", url: `/api/v1/tokens/${issued.id}`, as: w.asRequester });
    expect(again.json()).toMatchObject({ status: 404, code: "TOKEN_NOT_FOUND", errors: [{ field: "params.id" }] });
    const revoked = (await auditRows(ctx.deps)).filter((r) => r.action === "api_token.revoked");
    expect(revoked).toEqual([
      expect.objectContaining({
        entityId: issued.id,
        actorId: w.requester.id,
        changes: { revokedAt: { from: null, to: "2026-03-02T09:00:00.000Z" } },
      }),
    ]);
    expect(
      (await call(http.app, { method: "DELETE", url: `/api/v1/tokens/${issued.id}`, as: w.asAdmin })).statusCode,
    ).toBe(404);
    expect(
      (await call(http.app, { method: "DELETE", url: `/api/v1/tokens/${adminToken.id}`, as: w.asAdmin })).statusCode,
    ).toBe(204);
  });

  it("a token works until the instant it expires, and not from then on", async () => {
    const w = await workspace();
    const body = { name: "CI", scopes: ["tickets:read"], expiresInDays: 1 };
    const issued = (await call(http.app, { method: "POST", url: "/api/v1/tokens", body, as: w.asRequester })).json();
    expect(issued.expiresAt).toBe("2026-03-03T09:00:00.000Z");
    const me = () => call(http.app, { method: "GET", url: "/api/v1/auth/me", as: issued.token });
    ctx.deps.clock.advance(86_400_000 - 1);
    expect((await me()).statusCode).toBe(200);
    ctx.deps.clock.advance(1);
    expect((await me()).json()).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
  });

  it("issues no token for a deactivated person, not even as an admin", async () => {
    const w = await workspace();
    const gone = await buildPerson(ctx.deps, w.requester.organizationId, "requester", { active: false });
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/tokens",
      body: { name: "x", scopes: ["tickets:read"], personId: gone.id },
      as: w.asAdmin,
    });
    expect(res.json()).toMatchObject({ code: "REFERENCE_NOT_FOUND", errors: [{ field: "body.personId" }] });
    expect(await auditRows(ctx.deps)).toHaveLength(0);
  });

  it("a session carries every scope but admin and metrics, which only an admin's session carries", async () => {
    const w = await workspace();
    const scopesOf = async (as: { cookie: string; csrf: string }) =>
      (await call(http.app, { method: "GET", url: "/api/v1/auth/me", as })).json().scopes;
    expect(await scopesOf(w.asRequester)).toEqual([
      "tickets:read",
      "tickets:write",
      "directory:read",
      "directory:write",
    ]);
    expect(await scopesOf(w.asAdmin)).toEqual([
      "tickets:read",
      "tickets:write",
      "directory:read",
      "directory:write",
      "admin",
      "metrics",
    ]);
  });

  it("refuses a token asking for scopes the issuing token has and one it lacks", async () => {
    const w = await workspace();
    const narrow = await tokenFor(ctx.deps, w.requester.id, ["directory:write", "tickets:read"]);
    const mixed = await call(http.app, {
      method: "POST",
      url: "/api/v1/tokens",
      body: { name: "x", scopes: ["tickets:read", "tickets:write"] },
      as: narrow,
    });
    expect(mixed.json()).toMatchObject({ status: 403, code: "SCOPE_NOT_ALLOWED", errors: [{ field: "body.scopes" }] });
  });

  it("an admin revokes anyone's token", async () => {
    const w = await workspace();
    const issued = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/tokens",
        body: { name: "CI", scopes: ["tickets:read"] },
        as: w.asRequester,
      })
    ).json();
    expect(
      (await call(http.app, { method: "DELETE", url: `/api/v1/tokens/${issued.id}`, as: w.asAdmin })).statusCode,
    ).toBe(204);
    expect((await call(http.app, { method: "GET", url: "/api/v1/auth/me", as: issued.token })).statusCode).toBe(401);
  });
});
