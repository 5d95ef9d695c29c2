import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { exportWorkspace, importWorkspace } from "../../src/cli/workspace-io.ts";
import { testEnvironment } from "../../src/config/config.ts";
import { createApiToken } from "../../src/identity/create-api-token.ts";
import { findPersonByEmailUnscoped } from "../../src/identity/directory.store.ts";
import { sessions, settings } from "../../src/identity/identity.tables.ts";
import { signIn } from "../../src/identity/sign-in.ts";
import { openDatabase, type Database } from "../../src/platform/db/database.ts";
import { countRows, dumpTables } from "../../src/platform/db/dump.ts";
import { migrate } from "../../src/platform/db/migrate.ts";
import { memoryStorage } from "../../src/platform/storage/blob-storage.ts";
import { WORKSPACE_TABLES } from "../../src/schema.ts";
import { DEMO_PASSWORD } from "../../src/seed/demo-data.ts";
import { seedDemo } from "../../src/seed/demo.ts";
import { storedFactVersionsUnscoped } from "../../src/reports/indicator-facts.store.ts";
import { factsLagUnscoped } from "../../src/reports/indicator-facts-dirty.store.ts";
import { refreshIndicatorFacts } from "../../src/reports/refresh-indicator-facts.ts";
import { createTicket } from "../../src/tickets/ticket/create-ticket.ts";
import { uploadAttachment } from "../../src/tickets/attachments/upload-attachment.ts";
import {
  createScratchPostgres,
  describeEachEngine,
  resetDatabase,
  testDatabase,
  testDeps,
  type TestDeps,
} from "../support/db.ts";
import { actorFor } from "../support/factories.ts";

// Values that a careless dump/load mangles: array elements with separators, quotes, braces and the
// word NULL; a JSON value that is a string looking like a number; microseconds; text keys whose order
// depends on the collation.
const ODD_TAGS = ["a,b", 'quote"d', "back\\slash", "NULL", "{braces}", "Fête ✓", "  "]
  .map((t) => t.trim())
  .filter(Boolean);
const ATTACHMENT = Buffer.from("rack B: port 7 flapping\n\u0000binary tail\u00ff");
const AUDIT_ROWS = 1_050; // more than one export page (1,000 rows)

async function exportText(deps: Pick<TestDeps, "db" | "storage">): Promise<string> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    },
  });
  await exportWorkspace(deps, out);
  return Buffer.concat(chunks).toString("utf8");
}

const importText = (deps: Pick<TestDeps, "db" | "storage">, text: string) =>
  importWorkspace(deps, Readable.from([text]));

const rowsOf = (text: string, table: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { table?: string; row: Record<string, unknown> })
    .filter((line) => line.table === table)
    .map((line) => line.row);

async function totalRows(deps: Pick<TestDeps, "db">): Promise<number> {
  let total = 0;
  for (const table of WORKSPACE_TABLES) total += await countRows(deps.db, table);
  return total;
}

/** The demo workspace plus everything the format must carry exactly. Returns the attachment's storage key. */
async function buildWorkspace(deps: TestDeps, database: Database, bulk = AUDIT_ROWS): Promise<string> {
  await seedDemo(deps);
  const adminRow = (await findPersonByEmailUnscoped(deps.db, "admin@frontline.example"))!;
  const admin = actorFor(adminRow);
  const ticket = await createTicket(deps, admin, {
    subject: "Odd tags",
    description: 'Line one\nline "two"',
    type: "incident",
    impact: "person",
    urgency: "low",
    tags: ODD_TAGS,
  });
  const attachment = await uploadAttachment(deps, admin, ticket.id, {
    filename: "switch.log",
    bytes: ATTACHMENT,
    declaredType: "application/octet-stream",
  });
  await createApiToken(deps, {
    personId: adminRow.id,
    name: "ci",
    scopes: ["tickets:read", "admin"],
    expiresAt: new Date("2027-01-01T00:00:00.123Z"),
  });
  await deps.db.insert(settings).values([
    { key: "test.motd", value: "123" },
    { key: "Test.flag", value: true },
    { key: "_test.list", value: [1, "two", { b: 1, a: [null] }] },
  ]);
  await database.exec(`
    INSERT INTO audit_log (at, action, entity, entity_id, changes)
      VALUES ('2026-03-02T09:00:00.123456Z', 'test.precise', 'thing', '0', '{"b": 1, "a": [true, null, 1.5]}');
    INSERT INTO audit_log (at, action, entity, entity_id, changes)
      SELECT '2026-03-02T10:00:00Z'::timestamptz + g * interval '1 microsecond', 'test.bulk', 'thing', g::text, jsonb_build_object('n', g)
      FROM generate_series(1, ${bulk}) g;`);
  await signIn(deps, "admin@frontline.example", DEMO_PASSWORD); // a session, which the export leaves out
  return attachment.storageKey;
}

describeEachEngine("workspace export and import", (ctx) => {
  it(
    "export → import into an empty database → export gives the same bytes, and the workspace works",
    { timeout: 60_000 },
    async () => {
      const key = await buildWorkspace(ctx.deps, ctx.database);
      await refreshIndicatorFacts(ctx.deps.db, { maxBatches: Infinity });
      const facts = await storedFactVersionsUnscoped(ctx.deps.db);
      expect(facts.length).toBeGreaterThanOrEqual(14);
      const first = await exportText(ctx.deps);

      // What the file says, exactly.
      expect(first).toContain('"at":"2026-03-02T09:00:00.123456Z"');
      expect(rowsOf(first, "settings").find((r) => r.key === "test.motd")?.value).toBe("123");
      expect(rowsOf(first, "tickets").find((r) => r.subject === "Odd tags")?.tags).toEqual(ODD_TAGS);
      const auditIds = rowsOf(first, "audit_log").map((r) => r.id as number);
      expect(auditIds.length).toBeGreaterThan(AUDIT_ROWS);
      expect(auditIds).toEqual([...auditIds].sort((a, b) => a - b)); // key order across pages, nothing twice
      expect(new Set(auditIds).size).toBe(auditIds.length);
      const settingKeys = rowsOf(first, "settings").map((r) => r.key as string);
      expect(settingKeys).toEqual([...settingKeys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
      expect(rowsOf(first, "sessions")).toEqual([]);
      expect(first).not.toContain('"table":"sessions"');

      await resetDatabase(ctx.database);
      const target = { ...ctx.deps, storage: memoryStorage() };
      const counts = await importText(target, first);
      expect(counts).toMatchObject({ organizations: 2, tickets: 14, attachments: 1, api_tokens: 1 });
      expect(await exportText(target)).toBe(first);
      // The indicator facts are derived data, not in the file: the import refolds them from the imported histories.
      expect(await storedFactVersionsUnscoped(target.db)).toEqual(facts);
      expect((await factsLagUnscoped(target.db)).pending).toBe(0);

      // The sequences moved past the imported rows: the next ticket gets the next number, events and audit rows new ids.
      const maxNumber = Math.max(...rowsOf(first, "tickets").map((r) => r.number as number));
      const admin = actorFor((await findPersonByEmailUnscoped(target.db, "admin@frontline.example"))!);
      const next = await createTicket(target, admin, {
        subject: "After import",
        description: "",
        type: "incident",
        impact: "person",
        urgency: "low",
      });
      expect(next.number).toBe(maxNumber + 1);
      const [audit] = await ctx.database.rawTransaction((tx) =>
        tx.query<{ id: number }>(
          "INSERT INTO audit_log (action, entity, entity_id) VALUES ('x', 'y', 'z') RETURNING id",
        ),
      );
      expect(Number(audit!.id)).toBe(Math.max(...auditIds) + 1);

      // Password hashes came along (sessions did not): people sign in as before. Attachment bytes came along.
      expect(await countRows(target.db, sessions)).toBe(0);
      await expect(signIn(target, "admin@frontline.example", DEMO_PASSWORD)).resolves.toMatchObject({
        personId: admin.personId,
      });
      await expect(signIn(target, "admin@frontline.example", "wrong password")).rejects.toThrow();
      expect(await target.storage.get(key)).toEqual(ATTACHMENT);
    },
  );

  it("pages by key: any page size dumps the same rows in the same order", async () => {
    await buildWorkspace(ctx.deps, ctx.database, 20);
    const dump = async (pageSize?: number) => {
      const lines: string[] = [];
      for await (const line of dumpTables(ctx.deps.db, WORKSPACE_TABLES, pageSize)) lines.push(JSON.stringify(line));
      return lines;
    };
    const whole = await dump();
    expect(await dump(2)).toEqual(whole); // group_members has a composite key; settings a text key
    expect(await dump(7)).toEqual(whole);
  });

  it("refuses to import into a database that is not empty, and changes nothing", async () => {
    await seedDemo(ctx.deps);
    const text = await exportText(ctx.deps);
    const before = await totalRows(ctx.deps);
    await expect(importText(ctx.deps, text)).rejects.toThrow("import needs an empty database; organizations has rows");
    expect(await totalRows(ctx.deps)).toBe(before);
  });

  it("a corrupt line aborts the whole import, naming the line, and leaves the database and blob storage empty", async () => {
    const key = await buildWorkspace(ctx.deps, ctx.database, 200);
    const lines = (await exportText(ctx.deps)).split("\n");
    await resetDatabase(ctx.database);
    const target = { ...ctx.deps, storage: memoryStorage() };
    const attempt = async (edit: (lines: string[]) => string[], message: string | RegExp) => {
      await expect(importText(target, edit([...lines]).join("\n"))).rejects.toThrow(message);
      expect(await totalRows(target)).toBe(0);
      await expect(target.storage.get(key)).rejects.toThrow();
    };
    const lineOf = (table: string, last = false) =>
      (last ? lines.findLastIndex : lines.findIndex).call(lines, (l) => l.startsWith(`{"table":"${table}"`));

    // Broken JSON late in the file, after hundreds of rows were already inserted.
    const lateAudit = lineOf("audit_log", true);
    await attempt((l) => l.with(lateAudit, l[lateAudit]!.slice(0, 40)), `line ${lateAudit + 1}: not JSON`);
    // A row the database refuses (its ticket does not exist): the batch's lines and the table are named.
    const attachmentLine = lineOf("attachments");
    const orphan = (l: string[]) =>
      l.with(
        attachmentLine,
        l[attachmentLine]!.replace(/"ticketId":"[^"]+"/, '"ticketId":"00000000-0000-4000-8000-000000000000"'),
      );
    await attempt(orphan, new RegExp(`^line ${attachmentLine + 1} \\(attachments\\): .*foreign key`));
    // Blob bytes that do not match their attachment.
    const blobLine = lines.findIndex((l) => l.startsWith('{"blob"'));
    await attempt(
      (l) => l.with(blobLine, l[blobLine]!.replace(/"data":"[^"]{4}/, '"data":"AAAA')),
      `line ${blobLine + 1}: blob ${key} does not match its attachment's sha256`,
    );
    // A bad line after the blob was written: the blob is removed again.
    await attempt(
      (l) => [...l.filter(Boolean), "[]"],
      `line ${lines.filter(Boolean).length + 1}: expected a {"table","row"} or {"blob","data"} object`,
    );
    // The header must come first and name a known schema; columns must exist; timestamps must be ISO 8601.
    await attempt((l) => l.slice(1), "line 1: not a frontline-export v1 file");
    await attempt(
      (l) => l.with(0, l[0]!.replace(/"schema":"[^"]+"/, '"schema":"9999_future.sql"')),
      "line 1: exported at schema 9999_future.sql",
    );
    await attempt(
      (l) => l.with(1, l[1]!.replace('"name":', '"nickname":')),
      "line 2: organizations has no column nickname",
    );
    await attempt(
      (l) => l.with(1, l[1]!.replace(/"createdAt":"[^"]+"/, '"createdAt":"yesterday"')),
      'line 2: organizations.createdAt: expected an ISO 8601 timestamp, got "yesterday"',
    );
    await attempt((l) => [l[0]!, ...l.slice(1).reverse()], /rows out of order|belongs|not due/);
    await attempt(() => [], "the input is empty");

    // The untouched file still imports.
    await importText(target, lines.join("\n"));
    expect(await target.storage.get(key)).toEqual(ATTACHMENT);
  });
});

describe.runIf(testEnvironment().testDatabaseUrl)("workspace export and import across engines", () => {
  it(
    "a PGlite export imported into a fresh PostgreSQL database exports the same bytes",
    { timeout: 60_000 },
    async () => {
      const source = await testDatabase("pglite");
      await resetDatabase(source);
      const deps = testDeps(source);
      await buildWorkspace(deps, source);
      const first = await exportText(deps);

      const target = await openDatabase({
        engine: "postgres",
        url: await createScratchPostgres("xengine"),
        poolSize: 2,
      });
      try {
        await migrate(target);
        const targetDeps = { ...testDeps(target), storage: memoryStorage() };
        await importText(targetDeps, first);
        expect(await exportText(targetDeps)).toBe(first);
      } finally {
        await target.close();
      }
    },
  );
});
