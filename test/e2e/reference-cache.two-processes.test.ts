import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnvironment } from "../../src/config/config.ts";
import { createScratchPostgres } from "../support/db.ts";
import { startServer, type Server } from "../support/cli.ts";

// Two real `frontline start` processes on one PostgreSQL database, run the way production runs them: the
// reference cache ON, and long (60 s), so a credential B has read stays cached unless the NOTIFY that A sends
// with every admin write drops it. Ending a credential on A must be refused by B at once — not a TTL later.

type Answer = { status: number; body: Record<string, unknown> };
type Caller = { cookie?: string; csrf?: string; bearer?: string };

// "At once" on a loaded machine: the NOTIFY is sent before A answers, but B hears it on its own connection.
// A second is far inside the cache's 60 s, so only the NOTIFY can explain a refusal within it.
const AT_ONCE_MS = 1_000;

describe.runIf(testEnvironment().testDatabaseUrl)("two processes with the reference cache on", () => {
  const cwd = mkdtempSync(path.join(tmpdir(), "frontline-cache-"));
  const servers: Server[] = [];
  let a = "";
  let b = "";
  let admin: Caller = {};

  beforeAll(async () => {
    const url = await createScratchPostgres("cache");
    const env = {
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: "4",
      DATA_DIR: cwd,
      HOST: "127.0.0.1",
      PORT: "0",
      SEED_DEMO: "true",
      WEB_APP: "false",
      REFERENCE_CACHE_MS: "60000",
    };
    // One after the other: the first migrates and seeds, so the second starts on a ready database.
    servers.push(startServer({ cwd, env }));
    a = await servers[0]!.ready;
    servers.push(startServer({ cwd, env }));
    b = await servers[1]!.ready;
    admin = await signIn(a, "admin@frontline.example", "frontline-demo");
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(cwd, { recursive: true, force: true });
  });

  async function api(base: string, method: string, url: string, as: Caller, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (as.bearer) headers.authorization = `Bearer ${as.bearer}`;
    if (as.cookie) headers.cookie = as.cookie;
    if (as.csrf && method !== "GET") headers["x-csrf-token"] = as.csrf;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${base}${url}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }

  async function signIn(base: string, email: string, password: string): Promise<Caller> {
    const response = await fetch(`${base}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    expect(response.status).toBe(200);
    const cookie = /frontline_session=[^;]+/.exec(response.headers.get("set-cookie") ?? "")![0];
    return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
  }

  /** The status B gives `as` from now until it is 401, or until AT_ONCE_MS have passed. */
  async function refusedOnB(as: Caller): Promise<number> {
    const deadline = Date.now() + AT_ONCE_MS;
    let status = 0;
    do {
      status = (await api(b, "GET", "/api/v1/auth/me", as)).status;
      if (status === 401) return status;
      await new Promise((resolve) => setTimeout(resolve, 50));
    } while (Date.now() < deadline);
    return status;
  }

  async function newPerson(email: string): Promise<{ id: string; caller: Caller }> {
    const orgs = await api(a, "GET", "/api/v1/organizations", admin);
    const client = (orgs.body.items as Array<{ id: string; kind: string }>).find((o) => o.kind === "client")!;
    const password = "a long enough password";
    const created = await api(a, "POST", "/api/v1/people", admin, {
      organizationId: client.id,
      name: email,
      email,
      role: "requester",
      password,
    });
    expect(created.status).toBe(201);
    return { id: created.body.id as string, caller: await signIn(a, email, password) };
  }

  it("a token revoked on A is refused by B at once, though B had it cached", async () => {
    const issued = await api(a, "POST", "/api/v1/tokens", admin, { name: "two processes", scopes: ["tickets:read"] });
    expect(issued.status).toBe(201);
    const token: Caller = { bearer: issued.body.token as string };
    expect((await api(b, "GET", "/api/v1/auth/me", token)).status).toBe(200); // B reads and caches it
    expect((await api(b, "GET", "/api/v1/tickets?limit=1", token)).status).toBe(200);
    const revoked = await api(a, "DELETE", `/api/v1/tokens/${issued.body.id as string}`, admin);
    expect(revoked.status).toBe(204);
    expect(await refusedOnB(token)).toBe(401);
    expect((await api(a, "GET", "/api/v1/auth/me", token)).status).toBe(401);
  });

  it("a session signed out on A is refused by B at once", async () => {
    const { caller } = await newPerson("signs-out@client.example");
    expect((await api(b, "GET", "/api/v1/auth/me", caller)).status).toBe(200);
    expect((await api(a, "POST", "/api/v1/auth/logout", caller)).status).toBe(204);
    expect(await refusedOnB(caller)).toBe(401);
  });

  it("a person deactivated on A loses their session and token on B at once", async () => {
    const { id, caller } = await newPerson("leaves@client.example");
    const issued = await api(a, "POST", "/api/v1/tokens", caller, { name: "mine", scopes: ["tickets:read"] });
    expect(issued.status).toBe(201);
    const token: Caller = { bearer: issued.body.token as string };
    expect((await api(b, "GET", "/api/v1/auth/me", caller)).status).toBe(200);
    expect((await api(b, "GET", "/api/v1/auth/me", token)).status).toBe(200);
    expect((await api(a, "PATCH", `/api/v1/people/${id}`, admin, { active: false })).status).toBe(200);
    expect(await refusedOnB(caller)).toBe(401);
    expect(await refusedOnB(token)).toBe(401);
  });
});
