import { createHash } from "node:crypto";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Deps } from "../context.ts";
import {
  countRows,
  dumpTables,
  insertRows,
  resyncSequence,
  resyncSerials,
  reviveRow,
  tableName,
  type Table,
} from "../platform/db/dump.ts";
import { listMigrations } from "../platform/db/migrate.ts";
import { WORKSPACE_TABLES } from "../schema.ts";
import { UsageError } from "./usage-error.ts";
import { refreshTicketSearchUnscoped } from "../tickets/search/ticket-search.store.ts";
import { refreshTutorialSearchVector } from "../knowledge/tutorial/tutorial.store.ts";
import { markAllFactsDirtyUnscoped } from "../reports/indicator-facts-dirty.store.ts";
import { refreshIndicatorFacts } from "../reports/refresh-indicator-facts.ts";

const FORMAT = "frontline-export";
const FORMAT_VERSION = 1;
const BATCH = 500;

/** Writes JSON lines with backpressure; a stream error (closed pipe, full disk) fails the next write instead of crashing. */
function lineWriter(out: Writable) {
  let failure: Error | undefined;
  const onError = (error: Error) => {
    failure ??= error;
  };
  out.on("error", onError);
  return {
    async write(line: unknown): Promise<void> {
      if (failure) throw failure;
      if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, "drain");
    },
    release: () => out.off("error", onError),
  };
}

/**
 * `frontline export`: a header line, then one line per row of every table ({table,row}) in dependency
 * order, then one line per attachment's bytes ({blob,data}). Read in one repeatable-read transaction, so the
 * file is a consistent snapshot even while the app runs; deterministic, so export → import → export is identical.
 */
export async function exportWorkspace(deps: Pick<Deps, "db" | "storage">, out: Writable): Promise<void> {
  const writer = lineWriter(out);
  try {
    await deps.db.transaction(
      async (tx) => {
        await writer.write({ format: FORMAT, version: FORMAT_VERSION, schema: listMigrations().at(-1)?.name ?? null });
        const blobKeys: string[] = [];
        for await (const line of dumpTables(tx, WORKSPACE_TABLES)) {
          if (line.table === "attachments") blobKeys.push(String(line.row.storageKey));
          await writer.write(line);
        }
        for (const key of blobKeys)
          await writer.write({ blob: key, data: (await deps.storage.get(key)).toString("base64") });
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
  } finally {
    writer.release();
  }
}

type Header = { format: unknown; version: unknown; schema?: unknown };
type RowLine = { table: string; row: Record<string, unknown> };
type BlobLine = { blob: string; data: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function parseLine(text: string, lineNo: number): Header | RowLine | BlobLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`line ${lineNo}: not JSON`);
  }
  if (isObject(value)) {
    if ("format" in value) return value as Header;
    if (typeof value.table === "string" && isObject(value.row)) return value as RowLine;
    if (typeof value.blob === "string" && typeof value.data === "string") return value as BlobLine;
  }
  throw new UsageError(`line ${lineNo}: expected a {"table","row"} or {"blob","data"} object`);
}

function checkHeader(line: Header | RowLine | BlobLine, lineNo: number): void {
  if (!("format" in line) || line.format !== FORMAT || line.version !== FORMAT_VERSION) {
    throw new UsageError(`line ${lineNo}: not a ${FORMAT} v${FORMAT_VERSION} file (the first line must be its header)`);
  }
  const known = listMigrations().map((m) => m.name);
  if (typeof line.schema !== "string" || !known.includes(line.schema)) {
    throw new UsageError(
      `line ${lineNo}: exported at schema ${String(line.schema)}, which this Frontline does not know; upgrade it first`,
    );
  }
}

/**
 * `frontline import`: loads an export into an empty database in one transaction, streaming it in batches;
 * any bad line rolls it all back (and removes the attachment files already written).
 */
export async function importWorkspace(
  deps: Pick<Deps, "db" | "storage">,
  input: Readable,
): Promise<Record<string, number>> {
  const order = new Map<string, { table: Table; position: number }>(
    WORKSPACE_TABLES.map((t, position) => [tableName(t), { table: t, position }]),
  );
  // The iterator is taken at once: readline emits lines as soon as the input flows, and lines emitted before
  // anyone iterates are lost (the transaction below starts asynchronously).
  const lines = createInterface({ input, crlfDelay: Infinity });
  const pending = lines[Symbol.asyncIterator]();
  const restored: string[] = [];
  try {
    const imported = await deps.db.transaction(async (tx) => {
      for (const table of WORKSPACE_TABLES) {
        if ((await countRows(tx, table)) > 0)
          throw new UsageError(`import needs an empty database; ${tableName(table)} has rows`);
      }
      const counts: Record<string, number> = {};
      const blobsDue = new Map<string, string>(); // storage key → sha256 of an imported attachment
      let batch: { table: Table; name: string; rows: Record<string, unknown>[]; from: number } | undefined;
      let position = -1;
      const flush = async (to: number) => {
        if (!batch || batch.rows.length === 0) return;
        try {
          await insertRows(tx, batch.table, batch.rows);
        } catch (error) {
          const where = batch.from === to ? `line ${to}` : `lines ${batch.from}-${to}`;
          // Drizzle wraps the database's error in one quoting the whole statement and its parameters.
          const cause = (error as { cause?: unknown }).cause;
          throw new UsageError(
            `${where} (${batch.name}): ${(cause instanceof Error ? cause : (error as Error)).message}`,
          );
        }
        batch = undefined;
      };

      let lineNo = 0;
      let lastRowLine = 0;
      let sawHeader = false;
      let blobsStarted = false;
      for await (const raw of { [Symbol.asyncIterator]: () => pending }) {
        lineNo++;
        const text = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw;
        if (!text.trim()) continue;
        const line = parseLine(text, lineNo);
        if (!sawHeader) {
          checkHeader(line, lineNo);
          sawHeader = true;
        } else if ("format" in line) {
          throw new UsageError(`line ${lineNo}: a second header`);
        } else if ("blob" in line) {
          await flush(lastRowLine);
          blobsStarted = true;
          const sha = blobsDue.get(line.blob);
          if (sha === undefined)
            throw new UsageError(
              `line ${lineNo}: blob ${line.blob} is not due (no attachment names it, or it came twice)`,
            );
          const bytes = Buffer.from(line.data, "base64");
          if (createHash("sha256").update(bytes).digest("hex") !== sha)
            throw new UsageError(`line ${lineNo}: blob ${line.blob} does not match its attachment's sha256`);
          restored.push(line.blob);
          await deps.storage.restore(line.blob, bytes).catch((error: Error) => {
            throw new UsageError(`line ${lineNo}: ${error.message}`);
          });
          blobsDue.delete(line.blob);
        } else {
          const entry = order.get(line.table);
          if (!entry) throw new UsageError(`line ${lineNo}: unknown table ${line.table}`);
          if (entry.position < position || blobsStarted) {
            throw new UsageError(
              `line ${lineNo}: ${line.table} rows out of order (tables come in dependency order, blobs last)`,
            );
          }
          let row: Record<string, unknown>;
          try {
            row = reviveRow(entry.table, line.row);
          } catch (error) {
            throw new UsageError(`line ${lineNo}: ${(error as Error).message}`);
          }
          if (batch && (batch.name !== line.table || batch.rows.length >= BATCH)) await flush(lastRowLine);
          batch ??= { table: entry.table, name: line.table, rows: [], from: lineNo };
          batch.rows.push(row);
          position = entry.position;
          lastRowLine = lineNo;
          counts[line.table] = (counts[line.table] ?? 0) + 1;
          if (line.table === "attachments") blobsDue.set(String(line.row.storageKey), String(line.row.sha256));
        }
      }
      if (!sawHeader) throw new UsageError("the input is empty; expected a frontline export");
      await flush(lastRowLine);
      if (blobsDue.size > 0)
        throw new UsageError(
          `the file lacks the bytes of ${blobsDue.size} attachment(s), e.g. ${[...blobsDue.keys()][0]}`,
        );
      await resyncSerials(tx, WORKSPACE_TABLES);
      await resyncSequence(tx, "ticket_number_seq", "tickets", "number", 10001);
      // Search documents are derived data, left out of the export: rebuilt from what was imported.
      await refreshTicketSearchUnscoped(tx);
      await refreshTutorialSearchVector(tx);
      // So are the indicator facts: every ticket marked with the rows, so a crash after the commit leaves them due.
      await markAllFactsDirtyUnscoped(tx);
      return counts;
    });
    await refreshIndicatorFacts(deps.db, { maxBatches: Infinity });
    return imported;
  } catch (error) {
    for (const key of restored) await deps.storage.delete(key).catch(() => undefined);
    throw error;
  } finally {
    lines.close();
  }
}
