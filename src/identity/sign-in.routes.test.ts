import { eq } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { afterEach, beforeEach, expect, it } from "vitest";
import { buildApp } from "../app.ts";
import type { Config } from "../config/config.ts";
import { referenceCache } from "../platform/cache/reference-cache.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { describeEachEngine, type TestDeps } from "../../test/support/db.ts";
import { buildOrg, buildPerson } from "../../test/support/factories.ts";
import { call, sessionFor, tokenFor } from "../../test/support/http.ts";
import { people as peopleTable, sessions } from "./identity.tables.ts";
import { hashPassword } from "./secrets.ts";
import { SESSION_COOKIE } from "./session.routes.ts";

// The locks on the way in, as a browser meets them: the password, the session's life, signing out, a
// deactivated person, and the limit on guessing. The reference cache is ON here (as in production), with an
// admin write dropping it the way the runtime does, so a credential cached by one request cannot outlive the
// change that ended it.

const PASSWORD = "correct horse battery staple";

type Session = { cookie: string; csrf: string };

describeEachEngine("signing in and the session it opens", (ctx) => {
  const http = {} as { app: HttpServer; deps: TestDeps };

  async function start(settings: Partial<Config> = {}, cacheMs = 60_000) {
    await http.app?.close();
    const cache = referenceCache(cacheMs);
    http.deps = {
      ...ctx.deps,
      config: { ...ctx.deps.config, ...settings },
      cache,
      referenceChanged: async () => cache.invalidate(),
    };
    http.app = await buildApp(http.deps);
    await http.app.ready();
  }
  beforeEach(() => start());
  afterEach(async () => {
    await http.app.close();
  });

  async function people() {
    const provider = await buildOrg(ctx.deps, { kind: "provider" });
    const client = await buildOrg(ctx.deps);
    const passwordHash = await hashPassword(PASSWORD);
    const person = await buildPerson(ctx.deps, client.id, "requester", { passwordHash });
    const admin = await buildPerson(ctx.deps, provider.id, "admin");
    return { person, admin: await sessionFor(ctx.deps, admin.id) };
  }

  const login = (email: string, password: string) =>
    http.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });

  function sessionOf(res: LightMyRequestResponse): Session {
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    if (!cookie) throw new Error("no session cookie");
    return { cookie: `${SESSION_COOKIE}=${cookie.value}`, csrf: (res.json() as { csrfToken: string }).csrfToken };
  }

  const sessionsOf = (personId: string) => ctx.deps.db.select().from(sessions).where(eq(sessions.personId, personId));
  const me = (as: Session) => call(http.app, { method: "GET", url: "/api/v1/auth/me", as });

  function expectRefused(res: LightMyRequestResponse, code = "UNAUTHENTICATED") {
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ status: 401, code });
  }

  it("a wrong password never signs in: 401 BAD_CREDENTIALS, no cookie, no session", async () => {
    const { person } = await people();
    for (const wrong of ["correct horse battery stapl", "CORRECT HORSE BATTERY STAPLE", `${PASSWORD} `, "x"]) {
      const res = await login(person.email, wrong);
      expectRefused(res, "BAD_CREDENTIALS");
      expect(res.cookies.filter((c) => c.name === SESSION_COOKIE && c.value !== "")).toEqual([]);
    }
    expect(await sessionsOf(person.id)).toEqual([]);
    // The right one does, so the refusals above were about the password.
    const ok = await login(person.email, PASSWORD);
    expect(ok.statusCode).toBe(200);
    expect((await me(sessionOf(ok))).json()).toMatchObject({ id: person.id });
  });

  it("a stored password hash argon2 cannot read signs nobody in, whatever the password", async () => {
    await start({ SIGN_IN_ACCOUNT_FAILURES: 100, SIGN_IN_CLIENT_FAILURES: 100 }); // six guesses, none of them throttled
    const { person } = await people();
    // Another scheme's hash (argon2 answers "no"), and an argon2 hash with impossible parameters (argon2 throws).
    for (const stored of [
      "$2b$10$not-an-argon2-hash",
      "$argon2id$v=19$m=1,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
    ]) {
      await ctx.deps.db.update(peopleTable).set({ passwordHash: stored }).where(eq(peopleTable.id, person.id));
      for (const guess of [PASSWORD, "x", stored]) expectRefused(await login(person.email, guess), "BAD_CREDENTIALS");
    }
    expect(await sessionsOf(person.id)).toEqual([]);
  });

  it("a signed-in write without the session's own CSRF token is refused", async () => {
    const { person } = await people();
    const session = sessionOf(await login(person.email, PASSWORD));
    const body = { subject: "Forged", description: "x", impact: "person", urgency: "low" };
    for (const csrf of [
      `${session.csrf.slice(0, -1)}${session.csrf.endsWith("A") ? "B" : "A"}`,
      session.csrf.slice(1),
      "x",
    ]) {
      const forged = await call(http.app, { method: "POST", url: "/api/v1/tickets", as: { ...session, csrf }, body });
      expect(forged.statusCode).toBe(403);
      expect(forged.json()).toMatchObject({ code: "CSRF_TOKEN_INVALID", errors: [{ field: "header.x-csrf-token" }] });
    }
    expect((await call(http.app, { method: "POST", url: "/api/v1/tickets", as: session, body })).statusCode).toBe(201);
  });

  it("an unknown email gets the same answer as a wrong password", async () => {
    const { person } = await people();
    const res = await login("nobody@example.test", PASSWORD);
    expectRefused(res, "BAD_CREDENTIALS");
    expect(res.json()).toEqual((await login(person.email, "not the password")).json());
  });

  it("a deactivated person's session stops working at once, and their password no longer signs in", async () => {
    const { person, admin } = await people();
    const session = sessionOf(await login(person.email, PASSWORD));
    expect((await me(session)).statusCode).toBe(200); // now cached in this process
    const off = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/people/${person.id}`,
      body: { active: false },
      as: admin,
    });
    expect(off.statusCode).toBe(200);
    expectRefused(await me(session));
    expectRefused(await call(http.app, { method: "GET", url: "/api/v1/tickets", as: session }));
    expectRefused(await login(person.email, PASSWORD), "BAD_CREDENTIALS");
  });

  it("a session past SESSION_TTL_HOURS is refused, and its cookie says when it ends", async () => {
    // Cache off: the clock here is moved by hand, while cached entries age on the real one.
    await start({ SESSION_TTL_HOURS: 2 }, 0);
    const { person } = await people();
    const opened = ctx.deps.clock.now().getTime();
    const res = await login(person.email, PASSWORD);
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(new Date(cookie.expires!).getTime()).toBe(opened + 2 * 3_600_000);
    const session = sessionOf(res);
    ctx.deps.clock.advance(2 * 3_600_000 - 1_000);
    expect((await me(session)).statusCode).toBe(200);
    ctx.deps.clock.advance(1_000);
    expectRefused(await me(session));
    ctx.deps.clock.advance(24 * 3_600_000);
    expectRefused(await me(session));
  });

  it("after sign-out the session cookie no longer works, though this process had it cached", async () => {
    const { person } = await people();
    const session = sessionOf(await login(person.email, PASSWORD));
    expect((await me(session)).statusCode).toBe(200);
    const out = await call(http.app, { method: "POST", url: "/api/v1/auth/logout", as: session });
    expect(out.statusCode).toBe(204);
    expectRefused(await me(session));
    expectRefused(
      await call(http.app, {
        method: "POST",
        url: "/api/v1/tickets",
        as: session,
        body: { subject: "After sign-out", description: "x", impact: "person", urgency: "low" },
      }),
    );
    expect(await sessionsOf(person.id)).toEqual([]);
  });

  it("the failed sign-in after SIGN_IN_CLIENT_FAILURES from one client gets 429 with Retry-After", async () => {
    await start({ SIGN_IN_CLIENT_FAILURES: 3, SIGN_IN_ACCOUNT_FAILURES: 100, SIGN_IN_FAILURE_WINDOW_MINUTES: 1 });
    const { person } = await people();
    for (let k = 0; k < 3; k++) expectRefused(await login(person.email, `wrong ${k}`), "BAD_CREDENTIALS");
    const limited = await login(person.email, "wrong again");
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(60);
    // Guessing other accounts from the same client is limited too.
    expect((await login("someone-else@example.test", "guess")).statusCode).toBe(429);
  });

  it("the session cookie is HttpOnly, SameSite=Lax, for the whole site, and Secure once the site is https", async () => {
    const { person } = await people();
    const cookieWith = async (settings: Partial<Config>) => {
      await start(settings);
      return (await login(person.email, PASSWORD)).cookies.find((c) => c.name === SESSION_COOKIE)!;
    };
    const plain = await cookieWith({});
    expect(plain).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(plain.secure).toBeUndefined();
    expect(await cookieWith({ PUBLIC_URL: "https://desk.example", COOKIE_SECURE: "auto" })).toMatchObject({
      secure: true,
      httpOnly: true,
    });
    expect((await cookieWith({ PUBLIC_URL: "http://desk.example", COOKIE_SECURE: "auto" })).secure).toBeUndefined();
    // Behind a proxy that ends TLS, PUBLIC_URL may say http while browsers use https: COOKIE_SECURE decides.
    expect((await cookieWith({ PUBLIC_URL: "http://desk.example", COOKIE_SECURE: "true" })).secure).toBe(true);
    expect((await cookieWith({ PUBLIC_URL: "https://desk.example", COOKIE_SECURE: "false" })).secure).toBeUndefined();
  });

  it("signing out clears the cookie in the browser, with the attributes it was set with", async () => {
    await start({ PUBLIC_URL: "https://desk.example" });
    const { person } = await people();
    const session = sessionOf(await login(person.email, PASSWORD));
    const out = await call(http.app, { method: "POST", url: "/api/v1/auth/logout", as: session });
    const cleared = out.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cleared).toMatchObject({ value: "", path: "/", httpOnly: true, sameSite: "Lax", secure: true });
    expect(new Date(cleared.expires!).getTime()).toBeLessThanOrEqual(Date.now());
    // Without a session there is nothing to clear.
    const anonymous = await http.app.inject({ method: "POST", url: "/api/v1/auth/logout" });
    expect(anonymous.statusCode).toBe(204);
    expect(anonymous.cookies).toEqual([]);
  });

  it("who am I: the person, their groups and scopes, and the session's CSRF token (none for an API token)", async () => {
    const { person } = await people();
    const res = await login(person.email, PASSWORD);
    const session = sessionOf(res);
    const expected = {
      id: person.id,
      name: person.name,
      role: "requester",
      organizationId: person.organizationId,
      orgManager: false,
      groupIds: [],
      scopes: ["tickets:read", "tickets:write", "directory:read", "directory:write"],
    };
    expect(res.json()).toEqual({ ...expected, csrfToken: session.csrf });
    expect((await me(session)).json()).toEqual({ ...expected, csrfToken: session.csrf });
    const token = await tokenFor(ctx.deps, person.id, ["tickets:read"]);
    const viaToken = await call(http.app, { method: "GET", url: "/api/v1/auth/me", as: token });
    expect(viaToken.json()).toEqual({ ...expected, scopes: ["tickets:read"], csrfToken: null });
    // A token wins over a cookie sent with it: no CSRF token is handed to a token caller.
    const both = await call(http.app, {
      method: "GET",
      url: "/api/v1/auth/me",
      as: token,
      headers: { cookie: session.cookie },
    });
    expect(both.json()).toMatchObject({ scopes: ["tickets:read"], csrfToken: null });
  });

  it("an Authorization header that is not one Bearer token is refused, naming the header, whatever cookie comes with it", async () => {
    const { person } = await people();
    const session = sessionOf(await login(person.email, PASSWORD));
    const token = await tokenFor(ctx.deps, person.id, ["tickets:read"]);
    for (const authorization of [`Basic ${token}`, "Bearer", "Bearer ", `Bearer ${token} extra`, `xBearer ${token}`]) {
      const res = await http.app.inject({
        method: "GET",
        url: "/api/v1/auth/me",
        headers: { authorization, cookie: session.cookie },
      });
      expectRefused(res);
      expect(res.json()).toMatchObject({ errors: [{ field: "header.authorization" }] });
    }
    // The scheme is case-insensitive (RFC 9110), and any run of spaces separates it from the token.
    for (const authorization of [`bearer ${token}`, `BEARER  ${token}`, `Bearer\t${token}`]) {
      const res = await http.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { authorization } });
      expect(res.statusCode).toBe(200);
    }
  });

  it("reads need no CSRF token, writes do; the API description needs no sign-in, every API route does", async () => {
    const { person } = await people();
    const session = sessionOf(await login(person.email, PASSWORD));
    for (const method of ["GET", "HEAD"] as const) {
      const res = await http.app.inject({ method, url: "/api/v1/auth/me", headers: { cookie: session.cookie } });
      expect(res.statusCode).toBe(200);
    }
    const write = await http.app.inject({
      method: "POST",
      url: "/api/v1/auth/password",
      headers: { cookie: session.cookie },
      payload: { currentPassword: PASSWORD, newPassword: "another long passphrase" },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json()).toMatchObject({ code: "CSRF_TOKEN_INVALID" });
    expect((await http.app.inject({ method: "GET", url: "/api/openapi.json" })).statusCode).toBe(200);
    expectRefused(await http.app.inject({ method: "GET", url: "/api/v1/tickets" }));
    expectRefused(await http.app.inject({ method: "GET", url: "/api/v1/auth/me" }));
  });

  it("with the credential cache on, each API token still resolves to its own person", async () => {
    const { person, admin } = await people();
    const adminId = (await me(admin)).json().id;
    const tokens = [
      await tokenFor(ctx.deps, person.id, ["tickets:read"]),
      await tokenFor(ctx.deps, adminId, ["tickets:read"]),
    ];
    for (let round = 0; round < 2; round++) {
      expect((await call(http.app, { method: "GET", url: "/api/v1/auth/me", as: tokens[0] })).json()).toMatchObject({
        id: person.id,
      });
      expect((await call(http.app, { method: "GET", url: "/api/v1/auth/me", as: tokens[1] })).json()).toMatchObject({
        id: adminId,
      });
    }
  });
});
