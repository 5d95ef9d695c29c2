import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnvironment } from "../../src/config/config.ts";
import { openDatabase, type Database } from "../../src/platform/db/database.ts";
import { createScratchPostgres } from "../support/db.ts";
import { freePort, startServer, type Server } from "../support/cli.ts";

// Two real `frontline start` processes on one fresh PostgreSQL database, started at the same moment with
// SEED_DEMO=true: everything that must be coordinated (migrations, the demo seed, ticket numbers, versions)
// goes through the database.

type Ticket = { id: string; number: number; version: number; subject: string; urgency: string };

describe.runIf(testEnvironment().testDatabaseUrl)("two frontline processes on one PostgreSQL database", () => {
  const cwd = mkdtempSync(path.join(tmpdir(), "frontline-two-"));
  const servers: Server[] = [];
  let database: Database | undefined;
  let a = ""; // base URLs of the two processes
  let b = "";
  let session = { cookie: "", csrf: "" };

  beforeAll(async () => {
    const url = await createScratchPostgres("two");
    const port = await freePort();
    const env = (over: Record<string, string>) => ({
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: "5",
      DATA_DIR: cwd,
      HOST: "127.0.0.1",
      SEED_DEMO: "true",
      LOG_LEVEL: "info",
      ...over,
    });
    // A gets a port picked here; B is told PORT=0 and must print the port the system gave it.
    servers.push(startServer({ cwd, env: env({ PORT: String(port) }) }), startServer({ cwd, env: env({ PORT: "0" }) }));
    [a = "", b = ""] = await Promise.all(servers.map((s) => s.ready));
    expect(a).toBe(`http://127.0.0.1:${port}`);
    expect(b).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(b).not.toBe("http://127.0.0.1:0");
    database = await openDatabase({ engine: "postgres", url, poolSize: 2 });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await database?.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  const count = async (table: string) => {
    const [row] = await database!.rawTransaction((tx) =>
      tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`),
    );
    return row!.n;
  };

  const api = async (base: string, method: string, url: string, body?: unknown) => {
    const headers: Record<string, string> = { cookie: session.cookie };
    if (method !== "GET") headers["x-csrf-token"] = session.csrf;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${base}${url}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("migrated once and seeded the demo exactly once, though both started together", async () => {
    const outputs = servers.map((s) => s.output());
    expect(
      outputs.filter((o) => o.includes("Demo workspace seeded")),
      outputs.join("\n----\n"),
    ).toHaveLength(1);
    expect(outputs.join("\n").match(/"msg":"migrations applied"/g) ?? []).toHaveLength(1);
    expect(await count("organizations")).toBe(2);
    expect(await count("people")).toBe(12);
    expect(await count("tickets")).toBe(13);
  });

  it("a session opened on one process is valid on the other", async () => {
    const response = await fetch(`${a}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@frontline.example", password: "frontline-demo" }),
    });
    expect(response.status).toBe(200);
    const cookie = /frontline_session=[^;]+/.exec(response.headers.get("set-cookie") ?? "")?.[0];
    session = { cookie: cookie!, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
    const me = await api(b, "GET", "/api/v1/auth/me");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: "admin", name: "Ayesha Khan" });
  });

  it(
    "tickets created on both at once get unique, contiguous numbers, and both serve the same data",
    { timeout: 60_000 },
    async () => {
      const create = (base: string, k: number) =>
        api(base, "POST", "/api/v1/tickets", {
          subject: `Load ${k}`,
          description: "",
          impact: "person",
          urgency: "low",
        });
      const created = await Promise.all(Array.from({ length: 100 }, (_, k) => create(k % 2 === 0 ? a : b, k)));
      expect(created.map((r) => r.status)).toEqual(created.map(() => 201));
      const numbers = created.map((r) => r.body.number as number).sort((x, y) => x - y);
      expect(numbers).toEqual(Array.from({ length: 100 }, (_, k) => 10014 + k)); // after the 13 demo tickets

      const [onA, onB] = await Promise.all(
        [a, b].map((base) => api(base, "GET", "/api/v1/tickets?limit=200&sort=created&order=asc")),
      );
      const summary = (page: { body: Record<string, unknown> }) =>
        (page.body.items as Ticket[]).map((t) => ({ id: t.id, number: t.number, version: t.version }));
      expect(summary(onA!)).toHaveLength(113);
      expect(summary(onB!)).toEqual(summary(onA!));
      expect(new Set(summary(onA!).map((t) => t.number)).size).toBe(113);
    },
  );

  it("a ticket created on one is readable on the other; a stale version is a 409 on either", async () => {
    const created = await api(a, "POST", "/api/v1/tickets", {
      subject: "Made on A",
      description: "x",
      impact: "person",
      urgency: "low",
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const readOnB = await api(b, "GET", `/api/v1/tickets/${id}`);
    expect(readOnB.status).toBe(200);
    expect(readOnB.body).toEqual((await api(a, "GET", `/api/v1/tickets/${id}`)).body);

    const version = readOnB.body.version as number;
    const first = await api(a, "PATCH", `/api/v1/tickets/${id}`, { version, urgency: "high" });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(version + 1);
    const stale = await api(b, "PATCH", `/api/v1/tickets/${id}`, { version, subject: "Lost update" });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ status: 409, code: "VERSION_CONFLICT" });
    const after = await api(b, "GET", `/api/v1/tickets/${id}`);
    expect(after.body).toMatchObject({ subject: "Made on A", urgency: "high", version: version + 1 });
  });
});
