import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.ts";
import { createToken, parseTokenOptions } from "../../src/cli/token.ts";
import { parseConfig, testEnvironment } from "../../src/config/config.ts";
import { findPersonByEmailUnscoped } from "../../src/identity/directory.store.ts";
import { sha256 } from "../../src/identity/secrets.ts";
import { openRuntime } from "../../src/runtime.ts";
import { getTicket } from "../../src/tickets/ticket/get-ticket.ts";
import { uploadAttachment } from "../../src/tickets/attachments/upload-attachment.ts";
import { runCli, type CliResult } from "../support/cli.ts";
import { createScratchPostgres } from "../support/db.ts";
import { actorFor } from "../support/factories.ts";

// Every command runs as the real binary in a child process, the way an operator runs it. PGlite data
// directories are single-process, so each command runs after the previous one exited.

const ENGINES = testEnvironment().testDatabaseUrl ? (["pglite", "postgres"] as const) : (["pglite"] as const);
const TIMEOUT = 120_000;
const scratch = mkdtempSync(path.join(tmpdir(), "frontline-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A store a command runs against: a DATA_DIR, plus a DATABASE_URL on PostgreSQL. */
type Store = { env: Record<string, string>; dataDir: string };

function newDataDir(label: string): string {
  return mkdtempSync(path.join(scratch, `${label}-`));
}

/** Fails with everything the command printed, so a red test says why. */
function expectExit(result: CliResult, code: number): void {
  expect(result.code, `exit status; stdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toBe(code);
}

/** A usage problem: exit 1, nothing on stdout, exactly one line on stderr, and no stack trace. */
function expectOneLineError(result: CliResult, message: RegExp): void {
  expectExit(result, 1);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^frontline: [^\n]+\n$/);
  expect(result.stderr).toMatch(message);
}

// These fail before any database is opened, so they may run side by side.
describe.concurrent("frontline CLI, whatever the engine", () => {
  const cwd = scratch;

  it("lists every configuration problem at once and exits 1 without touching a database", async () => {
    const dataDir = path.join(scratch, "never-created");
    const result = await runCli(["migrate"], { cwd, env: { PORT: "abc", LOG_LEVEL: "loud", DATA_DIR: dataDir } });
    expectExit(result, 1);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("Invalid configuration:");
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}- PORT: /),
      expect.stringMatching(/^ {2}- LOG_LEVEL: /),
    ]);
    expect(existsSync(dataDir)).toBe(false);
  });

  it("refuses bad token options before opening the database, each with one clear line", async () => {
    const env = { DATA_DIR: path.join(scratch, "never-created") };
    const token = (...extra: string[]) =>
      runCli(["token", "create", "--email", "admin@frontline.example", "--name", "ci", ...extra], { cwd, env });
    expectOneLineError(
      await token("--scopes", "tickets:read,tickets:delete"),
      /--scopes: unknown scope tickets:delete; use tickets:read, /,
    );
    expectOneLineError(
      await token("--expires-days", "1.5"),
      /^frontline: --expires-days: a whole number of days from 1 to 3650\n$/,
    );
    expect(existsSync(env.DATA_DIR)).toBe(false);
    // The same check in-process, for the other shapes of a bad value.
    for (const expiresDays of ["0", "abc", "3651", "1e2", ""]) {
      expect(() => parseTokenOptions({ email: "a@b.c", name: "x", scopes: "tickets:read", expiresDays })).toThrow(
        "--expires-days: a whole number of days from 1 to 3650",
      );
    }
    expect(() => parseTokenOptions({ email: "a@b.c", name: "x", scopes: " , " })).toThrow(
      "--scopes: unknown scope (none given)",
    );
    expect(
      parseTokenOptions({ email: "a@b.c", name: " ci ", scopes: "tickets:read, tickets:read", expiresDays: "30" }),
    ).toEqual({
      email: "a@b.c",
      name: "ci",
      scopes: ["tickets:read", "tickets:read"],
      expiresDays: 30,
    });
  });

  it("refuses a weak admin password read from stdin before opening the database", async () => {
    const env = { DATA_DIR: path.join(scratch, "never-created") };
    const result = await runCli(["create-admin", "--email", "root@example.test", "--name", "Root"], {
      cwd,
      env,
      input: "short\n",
    });
    expectOneLineError(result, /needs at least 10 characters/);
    expect(existsSync(env.DATA_DIR)).toBe(false);
  });

  it("reports an option commander rejects with a non-zero status and no stack trace", async () => {
    const result = await runCli(["token", "create", "--email", "a@b.c"], {
      cwd,
      env: { DATA_DIR: path.join(scratch, "never-created") },
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr.split("\n")[0]).toBe("error: required option '--name <name>' not specified");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("a missing import file or an unwritable export path is one clear line, before any database is opened", async () => {
    const env = { DATA_DIR: path.join(scratch, "never-created") };
    expectOneLineError(
      await runCli(["import", "--in", path.join(scratch, "missing.jsonl")], { cwd, env }),
      /ENOENT: no such file or directory, open '.*missing\.jsonl'/,
    );
    const unwritable = await runCli(["export", "--out", path.join(scratch, "no-such-dir", "x.jsonl")], { cwd, env });
    expectOneLineError(
      unwritable,
      /^frontline: --out: cannot write .*no-such-dir\/x\.jsonl: ENOENT: no such file or directory\n$/,
    );
    expect(existsSync(env.DATA_DIR)).toBe(false);
  });
});

// Each engine runs what a command does to its store. Checks whose code does not depend on the engine (the
// refusals, create-admin, token create, "up to date") run on one: PostgreSQL when there is one, since every
// PGlite command pays about two seconds of CPU to boot the embedded database. The export → import → export
// round trip runs between two PGlite data directories (PostgreSQL's is in export-import.test.ts).
const ONE_ENGINE = ENGINES.at(-1)!;

type Engine = (typeof ENGINES)[number];
/** One engine's store, and the token `token create` printed there (on ONE_ENGINE). */
type Stores = { engine: Engine; store: Store; token: string };

describe("frontline CLI on each engine (the engines run side by side, each step after the last)", () => {
  const cwd = scratch;
  const engines: Stores[] = [];
  let importTarget: Store; // an empty, migrated PGlite data directory

  const run = (on: Store, args: string[], input?: string) =>
    runCli(args, { cwd, env: on.env, ...(input !== undefined ? { input } : {}) });
  const pgliteStore = (label: string): Store => {
    const dataDir = newDataDir(label);
    return { dataDir, env: { DATA_DIR: dataDir } };
  };

  /** Runs a step on every engine at once; a failure names its engine. */
  async function onEachEngine(step: (e: Stores) => Promise<void>): Promise<void> {
    const results = await Promise.allSettled(engines.map(step));
    results.forEach((result, i) => {
      if (result.status === "rejected") {
        const error = result.reason as Error;
        error.message = `[${engines[i]!.engine}] ${error.message}`;
        throw error;
      }
    });
  }

  beforeAll(async () => {
    for (const engine of ENGINES) {
      if (engine === "pglite") engines.push({ engine, store: pgliteStore("pglite"), token: "" });
      else {
        const dataDir = newDataDir(engine);
        const env = { DATA_DIR: dataDir, DATABASE_URL: await createScratchPostgres("cli"), DATABASE_POOL_SIZE: "2" };
        engines.push({ engine, store: { dataDir, env }, token: "" });
      }
    }
  });

  it("migrate applies the migrations, then finds the database up to date", { timeout: TIMEOUT }, async () => {
    await onEachEngine(async ({ engine, store }) => {
      const first = await run(store, ["migrate"]);
      expectExit(first, 0);
      expect(first.stdout).toMatch(/^Applied 0000_initial\.sql(, \d{4}_\w+\.sql)*\.\n$/);
      if (engine === "pglite") {
        // A copy of the migrated, still empty directory is the import target later (cheaper than another initdb).
        importTarget = pgliteStore("pglite-target");
        cpSync(store.dataDir, importTarget.dataDir, { recursive: true });
      }
      if (engine !== ONE_ENGINE) return;
      const second = await run(store, ["migrate"]);
      expectExit(second, 0);
      expect(second.stdout).toBe("The database is up to date.\n");
      expect(second.stderr).toBe("");
    });
  });

  it("seed-demo seeds an empty workspace, and refuses a second time", { timeout: TIMEOUT }, async () => {
    await onEachEngine(async ({ engine, store }) => {
      const first = await run(store, ["seed-demo"]);
      expectExit(first, 0);
      expect(first.stdout).toMatch(/^Seeded\. Password for every demo account: frontline-demo\n/);
      expect(first.stdout).toContain("admin@frontline.example");
      if (engine !== ONE_ENGINE) return;
      expectOneLineError(
        await run(store, ["seed-demo"]),
        /^frontline: The workspace is not empty; the demo only seeds an empty database\.\n$/,
      );
    });
  });

  it(
    "create-admin creates an administrator with the password from stdin, once per email",
    { timeout: TIMEOUT },
    async () => {
      await onEachEngine(async ({ engine, store }) => {
        if (engine !== ONE_ENGINE) return;
        const created = await run(
          store,
          ["create-admin", "--email", "root@example.test", "--name", "Root Admin"],
          "a long enough password\r\nignored second line\n",
        );
        expectExit(created, 0);
        expect(created.stdout).toMatch(/^Created admin root@example\.test \([0-9a-f-]{36}\)\.\n$/);
        const again = await run(
          store,
          ["create-admin", "--email", "ROOT@example.test", "--name", "Someone Else"],
          "another long password\n",
        );
        expectOneLineError(again, /already uses that email/);
      });
    },
  );

  it("token create prints a token once; an unknown email is one clear line", { timeout: TIMEOUT }, async () => {
    await onEachEngine(async (e) => {
      if (e.engine !== ONE_ENGINE) return;
      const created = await run(e.store, [
        "token",
        "create",
        "--email",
        "admin@frontline.example",
        "--name",
        "monitoring",
        "--scopes",
        "tickets:read",
        "--expires-days",
        "30",
      ]);
      expectExit(created, 0);
      expect(created.stdout).toMatch(/^fl_[A-Za-z0-9_-]{43}\n$/);
      e.token = created.stdout.trim();
      expectOneLineError(
        await run(e.store, ["token", "create", "--email", "nobody@example.test", "--name", "x"]),
        /--email: no active person with email nobody@example\.test/,
      );
    });
  });

  it(
    "over the same store, in-process: the printed token authenticates with its scopes; once the store closes /readyz is 503",
    { timeout: TIMEOUT },
    async () => {
      await onEachEngine(async ({ store, token }) => {
        // The commands have exited, so this process may open the store (even a PGlite directory) in turn.
        const runtime = await openRuntime(parseConfig({ ...store.env, LOG_LEVEL: "silent" }));
        let open = true;
        const app = await buildApp(runtime.deps);
        try {
          if (token) {
            const headers = { authorization: `Bearer ${token}` };
            const me = await app.inject({ method: "GET", url: "/api/v1/auth/me", headers });
            expect(me.statusCode).toBe(200);
            expect(me.json()).toMatchObject({ role: "admin", scopes: ["tickets:read"] });
            const list = await app.inject({ method: "GET", url: "/api/v1/tickets?limit=200", headers });
            expect(list.statusCode).toBe(200);
            expect(list.json().items).toHaveLength(13);
            const write = await app.inject({
              method: "POST",
              url: "/api/v1/tickets",
              headers,
              payload: { subject: "x", description: "y", impact: "person", urgency: "low" },
            });
            expect(write.statusCode).toBe(403);
            const wrong = await app.inject({
              method: "GET",
              url: "/api/v1/auth/me",
              headers: { authorization: `Bearer ${token}x` },
            });
            expect(wrong.statusCode).toBe(401);
            // What the command refuses once it has found the person (same code path, in-process).
            const request = parseTokenOptions({ email: "employee@indus-textiles.example", name: "x", scopes: "admin" });
            await expect(createToken(runtime.deps, request)).rejects.toThrow(
              "--scopes: only an admin's token may carry the admin scope",
            );
          }

          // An attachment, so an export carries file bytes too.
          const admin = await findPersonByEmailUnscoped(runtime.deps.db, "admin@frontline.example");
          const actor = actorFor(admin!);
          const ticket = await getTicket(runtime.deps, actor, "10001");
          await uploadAttachment(runtime.deps, actor, ticket.id, {
            filename: "switch.log",
            bytes: Buffer.from("rack B: port 7 flapping\n"),
            declaredType: "text/plain",
          });

          // Readiness follows the database; liveness does not.
          expect((await app.inject({ method: "GET", url: "/readyz" })).json()).toEqual({ status: "ok" });
          await runtime.close();
          open = false;
          const ready = await app.inject({ method: "GET", url: "/readyz" });
          expect(ready.statusCode).toBe(503);
          expect(ready.headers["content-type"]).toMatch(/^application\/problem\+json/);
          expect(ready.json()).toEqual({
            type: "https://frontline.dev/problems/not-ready",
            title: "Service Unavailable",
            status: 503,
            detail: "The database does not answer.",
            code: "NOT_READY",
            instance: "/readyz",
          });
          const live = await app.inject({ method: "GET", url: "/healthz" });
          expect(live.statusCode).toBe(200);
          expect(live.json()).toEqual({ status: "ok" });
        } finally {
          await app.close();
          if (open) await runtime.close();
        }
      });
    },
  );

  it(
    "export, import into another DATA_DIR, export again: the same bytes, attachment files included",
    { timeout: TIMEOUT },
    async () => {
      const { store, token } = engines.find((e) => e.engine === "pglite")!;
      const target = importTarget;
      const file = path.join(scratch, "pglite-export.jsonl");
      expectExit(await run(store, ["export", "--out", file]), 0);
      expect(statSync(file).mode & 0o777).toBe(0o600); // it holds password hashes
      const text = readFileSync(file, "utf8");
      expect(text.split("\n")[0]).toMatch(/^\{"format":"frontline-export","version":1,/);
      if (token) {
        expect(text).toContain(`"tokenHash":"${sha256(token)}"`);
        expect(text).not.toContain(token); // only the hash is kept
      }
      const blob = /^\{"blob":"([^"]+)"/m.exec(text)?.[1];
      expect(blob).toBeDefined();

      const imported = await run(target, ["import", "--in", file]);
      expectExit(imported, 0);
      expect(imported.stdout).toMatch(
        /^Imported 2 organizations, 1[23] people, .*\b13 tickets\b.*\b1 attachments\b.*\.\n$/,
      );
      expect(readFileSync(path.join(target.dataDir, "attachments", blob!), "utf8")).toBe("rack B: port 7 flapping\n");

      // Exported to stdout this time, the way `frontline export > backup.jsonl` is used.
      const again = await run(target, ["export"]);
      expectExit(again, 0);
      expect(again.stdout).toBe(text);
    },
  );
});
