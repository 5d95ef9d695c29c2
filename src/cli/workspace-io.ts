import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import type { Deps } from "../context.ts";
import { countRows, dumpTables, insertRows, resyncSequence, resyncSerial, reviveRow, tableName, type Table } from "../platform/db/dump.ts";
import { listMigrations } from "../platform/db/migrate.ts";
import { WORKSPACE_TABLES } from "../schema.ts";
import { UsageError } from "./usage-error.ts";

const FORMAT = "frontline-export";
const FORMAT_VERSION = 1;

async function write(out: Writable, line: unknown): Promise<void> {
  if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, "drain");
}

/**
 * `frontline export`: a header line, then one line per row of every table ({table,row}) in dependency
 * order, then one line per attachment's bytes ({blob,data}). Deterministic, so export → import → export is identical.
 */
export async function exportWorkspace(deps: Deps, file?: string): Promise<void> {
  const out: Writable = file ? createWriteStream(file) : process.stdout;
  const schema = listMigrations().at(-1)?.name ?? null;
  await write(out, { format: FORMAT, version: FORMAT_VERSION, schema });
  const blobKeys: string[] = [];
  for await (const line of dumpTables(deps.db, WORKSPACE_TABLES)) {
    if (line.table === "attachments") blobKeys.push(String(line.row.storageKey));
    await write(out, line);
  }
  for (const key of blobKeys) await write(out, { blob: key, data: (await deps.storage.get(key)).toString("base64") });
  if (file) {
    out.end();
    await once(out, "finish");
  }
}

type Line = { table: string; row: Record<string, unknown> } | { blob: string; data: string } | { format: string; version: number };

/** `frontline import`: loads an export into an empty database in one transaction; a bad line aborts it all. */
export async function importWorkspace(deps: Deps, file?: string): Promise<Record<string, number>> {
  const byName = new Map<string, Table>(WORKSPACE_TABLES.map((t) => [tableName(t), t]));
  for (const table of WORKSPACE_TABLES) {
    if ((await countRows(deps.db, table)) > 0) throw new UsageError(`import needs an empty database; ${tableName(table)} has rows`);
  }
  const rows = new Map<string, Record<string, unknown>[]>();
  const blobs: Array<{ key: string; bytes: Buffer }> = [];
  const input = createInterface({ input: file ? createReadStream(file) : process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const text of input) {
    lineNo++;
    if (!text.trim()) continue;
    let line: Line;
    try {
      line = JSON.parse(text) as Line;
    } catch {
      throw new UsageError(`line ${lineNo}: not JSON`);
    }
    if ("format" in line) {
      if (line.format !== FORMAT || line.version !== FORMAT_VERSION) throw new UsageError(`line ${lineNo}: not a ${FORMAT} v${FORMAT_VERSION} file`);
    } else if ("blob" in line) {
      blobs.push({ key: line.blob, bytes: Buffer.from(line.data, "base64") });
    } else {
      const table = byName.get(line.table);
      if (!table) throw new UsageError(`line ${lineNo}: unknown table ${line.table}`);
      rows.set(line.table, [...(rows.get(line.table) ?? []), reviveRow(table, line.row)]);
    }
  }
  await deps.db.transaction(async (tx) => {
    for (const table of WORKSPACE_TABLES) await insertRows(tx, table, rows.get(tableName(table)) ?? []);
    await resyncSerial(tx, "ticket_events", "id");
    await resyncSerial(tx, "audit_log", "id");
    await resyncSequence(tx, "ticket_number_seq", "tickets", "number", 10001);
  });
  for (const blob of blobs) await deps.storage.restore(blob.key, blob.bytes);
  return Object.fromEntries([...rows].map(([t, r]) => [t, r.length]));
}
