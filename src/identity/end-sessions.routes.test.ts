import { describe, expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildOrg, buildPerson } from "../../test/support/factories.ts";
import { call, sessionFor, tokenFor, type Browser } from "../../test/support/http.ts";
import { withTwoProcesses } from "../../test/support/processes.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { hashPassword } from "./secrets.ts";

// Sessions are cached per process for a minute here: an ended session must stop working in the *other* process
// at once, so the test signs in on one app instance and changes things on the second, both on one database.
describeEachEngine("changes that end a person's sessions", (ctx) => {
  const apps = withTwoProcesses(ctx);

  const me = (app: HttpServer, as: Browser | string) => call(app, { method: "GET", url: "/api/v1/auth/me", as });
  const statusOn = (app: HttpServer, as: Browser | string) => async () => (await me(app, as)).statusCode;

  async function staff() {
    const provider = await buildOrg(ctx.deps, { kind: "provider" });
    const admin = await buildPerson(ctx.deps, provider.id, "admin");
    const agent = await buildPerson(ctx.deps, provider.id, "agent");
    return { provider, admin, agent, adminSession: await sessionFor(ctx.deps, admin.id) };
  }

  it("a new password ends the person's other sessions in every process, keeps the one that changed it, and leaves API tokens valid", async () => {
    const { admin } = await staff();
    const changing = await sessionFor(ctx.deps, admin.id);
    const laptop = await sessionFor(ctx.deps, admin.id);
    const token = await tokenFor(ctx.deps, admin.id, ["directory:read"]);
    expect((await me(apps.b, laptop)).statusCode).toBe(200); // now cached in process B

    const changed = await call(apps.a, {
      method: "PATCH",
      url: `/api/v1/people/${admin.id}`,
      body: { password: "a brand new passphrase" },
      as: changing,
    });
    expect(changed.statusCode).toBe(200);

    await expect.poll(statusOn(apps.b, laptop)).toBe(401);
    expect((await me(apps.a, changing)).statusCode).toBe(200);
    expect((await me(apps.b, changing)).statusCode).toBe(200);
    expect((await me(apps.b, token)).statusCode).toBe(200);
  });

  it("an admin resetting someone's password ends every session of theirs, in every process", async () => {
    const { agent, adminSession } = await staff();
    const agentSession = await sessionFor(ctx.deps, agent.id);
    const agentToken = await tokenFor(ctx.deps, agent.id, ["tickets:read"]);
    expect((await me(apps.b, agentSession)).statusCode).toBe(200);

    const reset = await call(apps.a, {
      method: "PATCH",
      url: `/api/v1/people/${agent.id}`,
      body: { password: "temporary passphrase 1" },
      as: adminSession,
    });
    expect(reset.statusCode).toBe(200);

    await expect.poll(statusOn(apps.b, agentSession)).toBe(401);
    expect((await me(apps.b, agentToken)).statusCode).toBe(200);
  });

  it("lowering a person's role ends their sessions, in every process", async () => {
    const { agent, adminSession } = await staff();
    const agentSession = await sessionFor(ctx.deps, agent.id);
    expect((await me(apps.b, agentSession)).json().role).toBe("agent");

    const lowered = await call(apps.a, {
      method: "PATCH",
      url: `/api/v1/people/${agent.id}`,
      body: { role: "requester" },
      as: adminSession,
    });
    expect(lowered.statusCode).toBe(200);

    await expect.poll(statusOn(apps.b, agentSession)).toBe(401);
  });

  it("deactivating a person ends their sessions and stops their API tokens, in every process", async () => {
    const { agent, adminSession } = await staff();
    const agentSession = await sessionFor(ctx.deps, agent.id);
    const agentToken = await tokenFor(ctx.deps, agent.id, ["tickets:read"]);
    expect((await me(apps.b, agentSession)).statusCode).toBe(200);
    expect((await me(apps.b, agentToken)).statusCode).toBe(200);

    const off = await call(apps.a, {
      method: "PATCH",
      url: `/api/v1/people/${agent.id}`,
      body: { active: false },
      as: adminSession,
    });
    expect(off.statusCode).toBe(200);

    await expect.poll(statusOn(apps.b, agentSession)).toBe(401);
    await expect.poll(statusOn(apps.b, agentToken)).toBe(401);
    // Back on: the sessions stay ended (sign in again), the token works again.
    await call(apps.a, {
      method: "PATCH",
      url: `/api/v1/people/${agent.id}`,
      body: { active: true },
      as: adminSession,
    });
    await expect.poll(statusOn(apps.b, agentToken)).toBe(200);
    expect((await me(apps.b, agentSession)).statusCode).toBe(401);
  });

  it("changing a name or locale ends no session", async () => {
    const { agent, adminSession } = await staff();
    const agentSession = await sessionFor(ctx.deps, agent.id);
    await call(apps.a, {
      method: "PATCH",
      url: `/api/v1/people/${agent.id}`,
      body: { name: "Renamed Agent", locale: "ur" },
      as: adminSession,
    });
    expect((await me(apps.b, agentSession)).json()).toMatchObject({ name: "Renamed Agent" });
  });

  describe("changing your own password", () => {
    const OLD = "the old passphrase";
    async function agentWithPassword() {
      const { provider } = await staff();
      return buildPerson(ctx.deps, provider.id, "agent", {
        email: "self@frontline.test",
        passwordHash: await hashPassword(OLD),
      });
    }
    const change = (as: Browser | string, currentPassword: string, newPassword = "a fresh passphrase 2") =>
      call(apps.a, { method: "POST", url: "/api/v1/auth/password", body: { currentPassword, newPassword }, as });

    it("ends your other sessions in every process, keeps this one, and says which API tokens stay valid", async () => {
      const agent = await agentWithPassword();
      const here = await sessionFor(ctx.deps, agent.id);
      const phone = await sessionFor(ctx.deps, agent.id);
      const token = await tokenFor(ctx.deps, agent.id, ["tickets:read"]);
      expect((await me(apps.b, phone)).statusCode).toBe(200);

      const changed = await change(here, OLD);
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toEqual({
        otherSessionsEnded: 1,
        apiTokensStillValid: [{ id: expect.any(String), name: "test", prefix: token.slice(0, 8), expiresAt: null }],
      });

      await expect.poll(statusOn(apps.b, phone)).toBe(401);
      expect((await me(apps.b, here)).statusCode).toBe(200);
      expect((await me(apps.b, token)).statusCode).toBe(200);
      const login = (password: string) =>
        apps.b.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: { email: "self@frontline.test", password },
        });
      expect((await login(OLD)).statusCode).toBe(401);
      expect((await login("a fresh passphrase 2")).statusCode).toBe(200);
    });

    it("refuses a wrong current password, naming it, and counts it as a failed sign-in", async () => {
      const agent = await agentWithPassword();
      const here = await sessionFor(ctx.deps, agent.id);
      const wrong = await change(here, "not my password");
      expect(wrong.json()).toMatchObject({
        status: 422,
        code: "CURRENT_PASSWORD_WRONG",
        errors: [{ field: "body.currentPassword" }],
      });
      for (let i = 1; i < ctx.deps.config.SIGN_IN_ACCOUNT_FAILURES; i++) await change(here, `guess ${i}`);
      const paused = await change(here, OLD);
      expect(paused.json()).toMatchObject({ status: 429, code: "SIGN_IN_THROTTLED" });
      expect((await me(apps.a, here)).statusCode).toBe(200);
    });

    it("needs a session: an API token cannot change its owner's password", async () => {
      const agent = await agentWithPassword();
      const token = await tokenFor(ctx.deps, agent.id, ["tickets:read", "tickets:write"]);
      expect((await change(token, OLD)).json()).toMatchObject({ status: 403, code: "SESSION_REQUIRED" });
      const weak = await change(await sessionFor(ctx.deps, agent.id), OLD, "short");
      expect(weak.json()).toMatchObject({ status: 422, errors: [{ field: "body.newPassword" }] });
    });
  });
});
