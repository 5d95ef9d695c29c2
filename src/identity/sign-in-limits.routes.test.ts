import { expect, it, vi } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildOrg, buildPerson } from "../../test/support/factories.ts";
import { sessionFor, withApp } from "../../test/support/http.ts";
import { withTwoProcesses } from "../../test/support/processes.ts";
import { buildApp } from "../app.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { hashPassword } from "./secrets.ts";

const PASSWORD = "correct horse battery";
const LIMITS = { SIGN_IN_ACCOUNT_FAILURES: 3, SIGN_IN_CLIENT_FAILURES: 5, SIGN_IN_FAILURE_WINDOW_MINUTES: 15 };

type From = { remoteAddress?: string; forwardedFor?: string };

function login(app: HttpServer, email: string, password: string, from: From = {}) {
  return app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password },
    ...(from.remoteAddress ? { remoteAddress: from.remoteAddress } : {}),
    headers: from.forwardedFor ? { "x-forwarded-for": from.forwardedFor } : {},
  });
}

describeEachEngine("sign-in limits", (ctx) => {
  const apps = withTwoProcesses(ctx, LIMITS);

  async function person(email: string) {
    const org = await buildOrg(ctx.deps, { kind: "provider" });
    return buildPerson(ctx.deps, org.id, "agent", { email, passwordHash: await hashPassword(PASSWORD) });
  }

  it("never counts successful sign-ins: a dozen in a row from one client all succeed", async () => {
    await person("busy@frontline.test");
    for (let i = 0; i < 12; i++) expect((await login(apps.a, "busy@frontline.test", PASSWORD)).statusCode).toBe(200);
  });

  it("pauses an account after its failures, from any client and in every process, even for the right password", async () => {
    await person("target@frontline.test");
    await person("bystander@frontline.test");
    for (const [i, app] of [apps.a, apps.b, apps.a].entries()) {
      const wrong = await login(app, "Target@frontline.test", `guess ${i}`, { remoteAddress: `198.51.100.${i + 1}` });
      expect(wrong.json()).toMatchObject({ status: 401, code: "BAD_CREDENTIALS" });
    }
    const paused = await login(apps.b, "target@frontline.test", PASSWORD, { remoteAddress: "198.51.100.9" });
    expect(paused.statusCode).toBe(429);
    expect(paused.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(paused.json()).toMatchObject({ code: "SIGN_IN_THROTTLED", retryAfterSeconds: 15 * 60 });
    expect(paused.headers["retry-after"]).toBe(String(15 * 60));
    expect(
      (await login(apps.a, "bystander@frontline.test", PASSWORD, { remoteAddress: "198.51.100.9" })).statusCode,
    ).toBe(200);

    ctx.deps.clock.advance(15 * 60_000);
    expect((await login(apps.a, "target@frontline.test", PASSWORD)).statusCode).toBe(200);
  });

  it("counts one account under all its spellings: case and surrounding spaces make no new account", async () => {
    await person("ann@frontline.test");
    for (const [i, spelling] of ["Ann@Frontline.test", "ANN@FRONTLINE.TEST", "  ann@frontline.TEST "].entries()) {
      const wrong = await login(apps.a, spelling, `guess ${i}`, { remoteAddress: `198.51.100.${i + 20}` });
      expect(wrong.json()).toMatchObject({ status: 401, code: "BAD_CREDENTIALS" });
    }
    const paused = await login(apps.b, "ann@frontline.test", PASSWORD, { remoteAddress: "198.51.100.29" });
    expect(paused.json()).toMatchObject({ status: 429, code: "SIGN_IN_THROTTLED", retryAfterSeconds: 15 * 60 });
  });

  // Both pauses at once: the client used up its failures on other accounts, and the account its own from elsewhere.
  // The answer must name the later of the two ends, or the client comes back while still paused.
  async function pauseBoth(clientFirst: boolean) {
    await person("both@frontline.test");
    const pauseClient = async () => {
      for (let i = 0; i < 5; i++)
        await login(apps.a, `other${i}@frontline.test`, "wrong password", { remoteAddress: "203.0.113.80" });
    };
    const pauseAccount = async () => {
      for (let i = 0; i < 3; i++)
        await login(apps.a, "both@frontline.test", "wrong password", { remoteAddress: `203.0.113.${90 + i}` });
    };
    await (clientFirst ? pauseClient() : pauseAccount());
    ctx.deps.clock.advance(5 * 60_000);
    await (clientFirst ? pauseAccount() : pauseClient());
    ctx.deps.clock.advance(60_000);
    return login(apps.b, "both@frontline.test", PASSWORD, { remoteAddress: "203.0.113.80" });
  }

  it("paused as account and as client at once, Retry-After names the later end: the client's", async () => {
    const paused = await pauseBoth(false);
    expect(paused.json()).toMatchObject({ status: 429, code: "SIGN_IN_THROTTLED", retryAfterSeconds: 14 * 60 });
    expect(paused.headers["retry-after"]).toBe(String(14 * 60));
  });

  it("paused as account and as client at once, Retry-After names the later end: the account's", async () => {
    const paused = await pauseBoth(true);
    expect(paused.json()).toMatchObject({ status: 429, code: "SIGN_IN_THROTTLED", retryAfterSeconds: 14 * 60 });
    expect(paused.headers["retry-after"]).toBe(String(14 * 60));
  });

  it("answers an unknown address exactly as a known one, pause included", async () => {
    await person("known@frontline.test");
    const answers = async (email: string, client: string) => {
      const out = [];
      for (let i = 0; i < 4; i++) {
        const r = await login(apps.a, email, "wrong password", { remoteAddress: `${client}.${i}` });
        out.push({ status: r.statusCode, body: { ...r.json(), instance: undefined } });
      }
      return out;
    };
    const known = await answers("known@frontline.test", "203.0.113");
    expect(known.map((a) => a.status)).toEqual([401, 401, 401, 429]);
    expect(await answers("nobody@frontline.test", "192.0.2")).toEqual(known);
  });

  it("pauses a client after its failures across accounts, and only that client", async () => {
    for (let i = 0; i < 5; i++) {
      expect(
        (await login(apps.a, `user${i}@frontline.test`, "wrong password", { remoteAddress: "203.0.113.50" }))
          .statusCode,
      ).toBe(401);
    }
    await person("colleague@frontline.test");
    expect(
      (await login(apps.b, "colleague@frontline.test", PASSWORD, { remoteAddress: "203.0.113.50" })).json().code,
    ).toBe("SIGN_IN_THROTTLED");
    expect(
      (await login(apps.b, "colleague@frontline.test", PASSWORD, { remoteAddress: "203.0.113.51" })).statusCode,
    ).toBe(200);
  });

  it("without TRUST_PROXY believes no X-Forwarded-For: a forged one does not escape the client's pause", async () => {
    for (let i = 0; i < 5; i++)
      await login(apps.a, `user${i}@frontline.test`, "wrong password", { forwardedFor: `192.0.2.${i}` });
    const forged = await login(apps.a, "someone@frontline.test", "wrong password", { forwardedFor: "192.0.2.200" });
    expect(forged.json().code).toBe("SIGN_IN_THROTTLED");
  });
});

describeEachEngine("sign-in limits behind a reverse proxy (TRUST_PROXY)", (ctx) => {
  const http = withApp(ctx, { ...LIMITS, TRUST_PROXY: "127.0.0.1" });

  it("counts each real client behind the proxy apart, so one client cannot lock out the site", async () => {
    const org = await buildOrg(ctx.deps, { kind: "provider" });
    await buildPerson(ctx.deps, org.id, "agent", {
      email: "staff@frontline.test",
      passwordHash: await hashPassword(PASSWORD),
    });
    const viaProxy = (client: string): From => ({ remoteAddress: "127.0.0.1", forwardedFor: client });
    for (let i = 0; i < 5; i++)
      await login(http.app, `user${i}@frontline.test`, "wrong password", viaProxy("198.51.100.66"));
    expect((await login(http.app, "staff@frontline.test", PASSWORD, viaProxy("198.51.100.66"))).statusCode).toBe(429);
    expect((await login(http.app, "staff@frontline.test", PASSWORD, viaProxy("198.51.100.67"))).statusCode).toBe(200);
  });
});

describeEachEngine("signing out", (ctx) => {
  const limited = withApp(ctx, { RATE_LIMIT_PER_MINUTE: 2 });

  it("without a session does nothing: no cache of any process is flushed", async () => {
    const referenceChanged = vi.fn(async () => undefined);
    const app = await buildApp({ ...ctx.deps, referenceChanged });
    try {
      const anonymous = await app.inject({ method: "POST", url: "/api/v1/auth/logout" });
      expect(anonymous.statusCode).toBe(204);
      const stale = await app.inject({
        method: "POST",
        url: "/api/v1/auth/logout",
        headers: { cookie: "frontline_session=not-a-session" },
      });
      expect(stale.statusCode).toBe(204);
      expect(referenceChanged).not.toHaveBeenCalled();

      const org = await buildOrg(ctx.deps, { kind: "provider" });
      const session = await sessionFor(ctx.deps, (await buildPerson(ctx.deps, org.id, "agent")).id);
      const real = await app.inject({
        method: "POST",
        url: "/api/v1/auth/logout",
        headers: { cookie: session.cookie },
      });
      expect(real.statusCode).toBe(204);
      expect(referenceChanged).toHaveBeenCalledTimes(1);
      expect(
        (await app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { cookie: session.cookie } })).statusCode,
      ).toBe(401);
    } finally {
      await app.close();
    }
  });

  it("is rate-limited per client", async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await limited.app.inject({ method: "POST", url: "/api/v1/auth/logout" })).statusCode);
    expect(statuses).toEqual([204, 204, 429]);
  });
});
