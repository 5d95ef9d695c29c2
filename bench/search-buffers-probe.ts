// Buffers (shared hit + read) of each search statement for every query class, caller and kind, on a seeded search
// database (bench/search.bench.ts --db NAME): EXPLAIN (ANALYZE, BUFFERS) through auto_explain, one connection, each
// search run once to warm and once measured. Buffers do not depend on the machine's load, so before/after
// comparisons of the search statements hold on a busy machine where timings do not.
// Run: node bin/run-ts.js bench/search-buffers-probe.ts --db wp5_search [--kind ticket] [--pg-url postgres://…]
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import { actorFor } from "../test/support/factories.ts";
import type { Actor } from "../src/identity/actor.ts";
import type { Db } from "../src/platform/db/database.ts";
import type { SearchKind } from "../src/knowledge/search/search-item.ts";
import { SEARCH_SOURCES } from "../src/knowledge/search/search-sources.ts";
import { QUERY_CLASSES } from "./search.bench.ts";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    kind: { type: "string", default: "ticket,article,tutorial" },
    "pg-url": { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
    /** Print the plans of this one query as this caller (`--show password --who agent`) instead of the table. */
    show: { type: "string" },
    who: { type: "string", default: "admin" },
  },
});
if (!values.db) throw new Error("--db NAME: the seeded search database");
const url = new URL(values["pg-url"]);
url.pathname = `/${values.db}`;

function md5Uuid(text: string): string {
  const hex = createHash("md5").update(text).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
// The callers of bench/search.bench.ts.
const callers: Record<string, Actor> = {
  admin: actorFor({ id: md5Uuid("a0"), name: "Agent 0", role: "admin", organizationId: "x" }),
  agent: actorFor({ id: md5Uuid("a3"), name: "Agent 3", role: "agent", organizationId: "x" }, [md5Uuid("g3")]),
  requester: actorFor({ id: md5Uuid("r77"), name: "Requester 77", role: "requester", organizationId: "x" }),
};

const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
let buffers = 0;
client.on("notice", (notice) => {
  const plan = notice.message ?? "";
  if (!plan.startsWith("duration:")) return;
  if (values.show !== undefined) console.log(plan);
  // The first Buffers line of a plan is its top node's: the statement's total.
  const top = /Buffers: shared((?: hit=\d+)?(?: read=\d+)?)/.exec(plan);
  if (top) for (const n of top[1]!.matchAll(/=(\d+)/g)) buffers += Number(n[1]);
});
await client.query(
  "load 'auto_explain'; set auto_explain.log_min_duration = 0; set auto_explain.log_analyze = on; " +
    "set auto_explain.log_buffers = on; set auto_explain.log_timing = off; set client_min_messages = log",
);
const db = drizzle(client) as unknown as Db;
const kinds = values.kind.split(",") as SearchKind[];
if (values.show !== undefined) {
  for (const kind of kinds) await SEARCH_SOURCES[kind](db, callers[values.who]!, { q: values.show, limit: 20 });
  await client.end();
  process.exit(0);
}
console.log(`| class | query | ${kinds.flatMap((k) => Object.keys(callers).map((c) => `${c} ${k}`)).join(" | ")} |`);
const totals: Record<string, number> = {};
for (const [cls, queries] of Object.entries(QUERY_CLASSES))
  for (const q of queries) {
    const cells: number[] = [];
    for (const kind of kinds)
      for (const [who, actor] of Object.entries(callers)) {
        await SEARCH_SOURCES[kind](db, actor, { q, limit: 20 });
        buffers = 0;
        await SEARCH_SOURCES[kind](db, actor, { q, limit: 20 });
        cells.push(buffers);
        totals[`${who} ${kind}`] = (totals[`${who} ${kind}`] ?? 0) + buffers;
      }
    console.log(`| ${cls} | ${q} | ${cells.join(" | ")} |`);
  }
console.log(`| total | | ${Object.values(totals).join(" | ")} |`);
await client.end();
