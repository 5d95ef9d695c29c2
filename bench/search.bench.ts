// Search latency: `GET /api/v1/search`'s sources called as the route calls them (kind=ticket, kind=article, or every
// kind at once, concurrently), on a PostgreSQL database holding `tickets` synthetic tickets and `articles` articles.
// The text is drawn from a Zipf-like vocabulary of 5,000 words (English function words and IT words most frequent,
// then rarer terms; one ticket or article in twenty in Urdu), so a common word is in most documents and a rare one
// in a handful, as in a real help desk. Each ticket has a description, one to four public replies and, one time in
// two, an internal note; 2,000 requesters, 20 support groups. The search documents are built by the same statement
// the ticket reaction runs (refreshTicketSearchUnscoped), the articles' by the article store's expression.
// Queries come in classes (common, rare, typo, prefix, number, two words, Urdu); each runs as an admin, as an agent of
// one group (the list's scope) and as a requester (their own tickets), for every kind; p50/p95/p99 per class, per
// caller and overall, and the plans (auto_explain) of the slowest search.
// `--reuse` keeps the seeded database between runs (named by its size and SEED_VERSION); new migrations still apply.
// Run: node bin/run-ts.js bench/search.bench.ts [--tickets N] [--articles N] [--rounds R] [--pg-url URL] [--reuse]
// [--db NAME] (seed into, and reuse, a database of that name)
import { createHash } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import { actorFor } from "../test/support/factories.ts";
import type { Actor } from "../src/identity/actor.ts";
import type { SearchKind, SearchSource } from "../src/knowledge/search/search-item.ts";
import { SEARCH_SOURCES } from "../src/knowledge/search/search-sources.ts";
import { openDatabase, type Database, type Db } from "../src/platform/db/database.ts";
import { migrate } from "../src/platform/db/migrate.ts";
import { refreshTicketSearchUnscoped } from "../src/tickets/search/ticket-search.store.ts";
import { deferCleanup } from "./cleanup.ts";
import { measureCpu } from "./cpu.ts";
import os from "node:os";

export type SearchBenchRow = { name: string; value: string; aim: string; met?: boolean };
export type SearchBenchOptions = {
  postgresUrl?: string;
  tickets?: number;
  articles?: number;
  rounds?: number;
  /** Keep the seeded database for the next run (and reuse one left by an earlier run). */
  reuse?: boolean;
  /** The seeded database's name (kept, reused when seeded), instead of the one named by size and SEED_VERSION. */
  database?: string;
  log?: (line: string) => void;
};

const DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/postgres";
export const SEARCH_AIM_P95_MS = 50;
/** The issue's figures: 200,000 tickets and 10,000 articles. */
export const SEARCH_TICKETS = 200_000;
export const SEARCH_ARTICLES = 10_000;
/** Bumped whenever the seed changes, so `--reuse` never measures an older corpus. */
const SEED_VERSION = 2;

// The most frequent words, in order: what people write about IT trouble. Zipf's law makes the first ones occur in
// nearly every ticket (as "the", "not", "password" do), the last ones rarely.
const COMMON = (
  "the to i is my not and a it on in for with can you please of this be have from outlook password printer " +
  "laptop email access error working login account teams vpn reset network screen issue update new user help " +
  "wifi mailbox calendar excel word sharepoint onedrive drive folder permission locked expired monitor keyboard " +
  "mouse docking station battery charger slow crash freeze install license software hardware server database " +
  "backup restore phone mobile sync certificate browser chrome firefox signin mfa token badge door camera " +
  "scanner toner paper jam queue driver firmware bios disk storage quota memory cpu fan noise overheating cable " +
  "port switch router firewall proxy dns dhcp address ip domain group policy profile desktop shortcut icon file " +
  "share attachment size limit spam phishing virus antivirus quarantine report invoice erp payroll hr onboarding " +
  "joiner leaver asset inventory request approval manager finance lahore karachi floor meeting room projector " +
  "audio microphone headset webcam zoom call voicemail extension transfer ticket portal knowledge article tutorial"
).split(" ");
const URDU = (
  "ہے میں کا کی کے نہیں کر رہا میرا میری پاس ورڈ پرنٹر کمپیوٹر لیپ ٹاپ نیٹ ورک ای میل مسئلہ خرابی مدد براہ کرم " +
  "اکاؤنٹ بند تبدیل بھول گیا سکرین انٹرنیٹ رسائی فائل فولڈر دفتر میٹنگ کمرہ پروجیکٹر آواز کیمرہ فون موبائل رابطہ " +
  "سرور بیک اپ سافٹ ویئر لائسنس انسٹال سست چارجر بیٹری ماؤس تنخواہ حاضری لاہور کراچی"
).split(" ");
const VOCABULARY_SIZE = 5_000;

/** The vocabulary, most frequent first: COMMON, then made-up terms (product names, hosts, jargon) from syllables. */
export function vocabulary(): string[] {
  const syllables = "ka ro mi tel van sor pex lin dra qua bel nor fi zan gro tup yel mak vid hos".split(" ");
  const words = [...COMMON];
  for (let i = 0; words.length < VOCABULARY_SIZE; i++) {
    const a = syllables[i % syllables.length]!;
    const b = syllables[Math.floor(i / syllables.length) % syllables.length]!;
    const c = syllables[Math.floor(i / syllables.length ** 2) % syllables.length]!;
    const word = i < syllables.length ** 2 ? `${a}${b}x` : `${a}${b}${c}`;
    if (!words.includes(word)) words.push(word);
  }
  return words;
}

/** The classes of queries measured, each a few real-looking queries against this corpus. */
export const QUERY_CLASSES: Record<string, string[]> = {
  common: ["password", "outlook", "printer not working", "the"],
  rare: ["hosnorqua", "telmaknor", "kafiqua", "tupzanbel"],
  typo: ["pasword", "oultook", "pritner", "certifcate"],
  prefix: ["outl", "cert", "keyb", "hosno"],
  number: ["#10500", "150003", "#209999"],
  "two words": ["outlook password", "vpn certificate", "laptop battery", "reset mfa"],
  urdu: ["پاس ورڈ", "پرنٹر", "انٹرنیٹ", "اکاؤنٹ بند"],
};

/** What a search of each kind runs: the route's sources, concurrently for "all" (no kind given). */
const KIND_SETS: Record<string, readonly SearchKind[]> = {
  ticket: ["ticket"],
  article: ["article"],
  all: ["article", "tutorial", "ticket"],
};

async function withAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const sqlArray = (words: readonly string[]) => `array[${words.map((w) => `'${w}'`).join(",")}]::text[]`;

/**
 * SQL for `n` words (n an SQL expression referring to the row, so it is drawn per row) from the array `v`, each the
 * k-th most frequent with probability about 1/k (log-uniform rank: Zipf's law with s = 1).
 */
const zipfWords = (n: string, v: string) =>
  `(select string_agg(${v}[least(array_length(${v}, 1), floor(exp(random() * ln(array_length(${v}, 1) + 1)))::int + 0 * g)], ' ') from generate_series(1, ${n}) g)`;

/** A provider with 20 groups of 5 agents, 2,000 requesters; the ids are fixed by md5. */
async function seedWorkspace(db: Database): Promise<void> {
  await db.rawTransaction(async (tx) => {
    await tx.exec(`
      insert into organizations (id, name, kind) values (md5('org-p')::uuid, 'Provider', 'provider'), (md5('org-c')::uuid, 'Client', 'client');
      insert into support_groups (id, name, tier) select md5('g' || g)::uuid, 'Group ' || g, 1 from generate_series(0, 19) g;
      insert into people (id, organization_id, name, email, role)
        select md5('a' || i)::uuid, md5('org-p')::uuid, 'Agent ' || i, 'agent' || i || '@bench.test', 'agent' from generate_series(0, 99) i;
      insert into group_members (group_id, person_id) select md5('g' || (i % 20))::uuid, md5('a' || i)::uuid from generate_series(0, 99) i;
      insert into people (id, organization_id, name, email, role)
        select md5('r' || i)::uuid, md5('org-c')::uuid, 'Requester ' || i, 'requester' || i || '@bench.test', 'requester'
        from generate_series(0, 1999) i;`);
  });
}

async function seedTickets(db: Database, count: number, log: (line: string) => void): Promise<void> {
  const [en, ur] = [sqlArray(vocabulary()), sqlArray(URDU)];
  const started = performance.now();
  await db.rawTransaction(async (tx) => {
    await tx.exec("select setseed(0.13)");
    // One ticket in twenty is written in Urdu.
    await tx.query(
      `insert into tickets (id, number, subject, description, type, impact, urgency, priority, status, requester_id,
         organization_id, group_id, assignee_id, channel, version, created_at, updated_at)
       select md5('t' || i)::uuid, 10001 + i, s.subject, s.description, 'incident', 'person', 'medium', 'medium', 'open',
         md5('r' || (i % 2000))::uuid, md5('org-c')::uuid, md5('g' || (i % 20))::uuid, md5('a' || (i % 100))::uuid,
         'portal', 4, now() - (i || ' minutes')::interval, now()
       from generate_series(0, $1::int - 1) i,
         lateral (select case when i % 20 = 7 then ${ur} else ${en} end as v) vv,
         lateral (select ${zipfWords("3 + (i % 6)", "vv.v")} as subject,
                         ${zipfWords("12 + (i * 7) % 40", "vv.v")} as description) s`,
      [count],
    );
    await tx.query(
      `insert into ticket_events (ticket_id, seq, type, actor_id, at, data)
       select t.id, 2 + m.k, case when m.k = 4 then 'noted' else 'replied' end, t.assignee_id, t.created_at,
         jsonb_build_object('body', m.body, 'channel', 'portal', 'attachmentIds', '[]'::jsonb, 'fromStaff', true)
       from tickets t,
         lateral (select case when t.number % 20 = 8 then ${ur} else ${en} end as v) vv,
         lateral (select k, ${zipfWords("6 + (t.number * 13 + k) % 30", "vv.v")} as body
                  from generate_series(0, 4) k
                  where k < 1 + t.number % 4 or (k = 4 and t.number % 2 = 0)) m`,
    );
  });
  log(`[search] ${count.toLocaleString("en-US")} tickets and their messages written in ${seconds(started)}`);
  // Bulk load: the GIN indexes are built once after the rows, not maintained row by row.
  const indexes = await indexDefinitions(db, "ticket_search");
  const building = performance.now();
  await db.rawTransaction(async (tx) => {
    for (const name of Object.keys(indexes)) await tx.exec(`drop index ${name}`);
  });
  await db.db.transaction((tx) => refreshTicketSearchUnscoped(tx));
  await db.rawTransaction(async (tx) => {
    await tx.exec("set local maintenance_work_mem = '256MB'");
    for (const definition of Object.values(indexes)) await tx.exec(definition);
  });
  log(`[search] ticket search documents and indexes built in ${seconds(building)}`);
}

async function indexDefinitions(db: Database, table: string): Promise<Record<string, string>> {
  const rows = await db.rawTransaction((tx) =>
    tx.query<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes where tablename = $1 and indexdef ilike '%using gin%'`,
      [table],
    ),
  );
  return Object.fromEntries(rows.map((r) => [r.indexname, r.indexdef]));
}

async function seedArticles(db: Database, count: number, log: (line: string) => void): Promise<void> {
  const [en, ur] = [sqlArray(vocabulary()), sqlArray(URDU)];
  const started = performance.now();
  await db.rawTransaction(async (tx) => {
    await tx.exec("select setseed(0.29)");
    // Article search documents: the article store's expression (searchVectorOf), title A, tags B, body C.
    await tx.query(
      `insert into kb_articles (id, key, language, title, body, body_text, audiences, tags, visibility, status, version,
         search_vector, created_at, updated_at, published_at)
       select md5('k' || i)::uuid, 'article-' || i, a.language, a.title, a.body, a.body, a.audiences, a.tags,
         case when i % 3 = 0 then 'signed_in' else 'public' end, case when i % 10 = 9 then 'draft' else 'published' end, 1,
         setweight(to_tsvector(a.config, a.title), 'A') || setweight(to_tsvector(a.config, array_to_string(a.tags, ' ')), 'B')
           || setweight(to_tsvector(a.config, a.body), 'C'),
         now() - (i || ' hours')::interval, now(), now()
       from generate_series(0, $1::int - 1) i,
         lateral (select case when i % 20 = 7 then ${ur} else ${en} end as v,
                         case when i % 20 = 7 then 'ur' else 'en' end as language) vv,
         lateral (select vv.language, (case when vv.language = 'ur' then 'simple' else 'english' end)::regconfig as config,
                   initcap(${zipfWords("3 + i % 6", "vv.v")}) as title,
                   ${zipfWords("120 + (i * 37) % 300", "vv.v")} as body,
                   string_to_array(${zipfWords("2 + i % 3", "vv.v")}, ' ') as tags,
                   case i % 4 when 0 then array['agents'] when 1 then array['new'] else array['new', 'current'] end as audiences) a`,
      [count],
    );
  });
  log(`[search] ${count.toLocaleString("en-US")} articles written in ${seconds(started)}`);
}

const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

type Timing = { cls: string; q: string; who: string; kind: string; ms: number };

/** Runs the search benchmark; rows for docs/benchmarks.md and the plans of the slowest search. */
export async function benchSearch(options: SearchBenchOptions = {}): Promise<{ rows: SearchBenchRow[]; plan: string }> {
  const adminUrl = options.postgresUrl ?? DEFAULT_PG_URL;
  const ticketCount = options.tickets ?? SEARCH_TICKETS;
  const articleCount = options.articles ?? SEARCH_ARTICLES;
  const rounds = options.rounds ?? 3;
  const log = options.log ?? ((line: string) => console.log(line));
  const reuse = options.reuse || options.database !== undefined;
  const name = options.database
    ? options.database
    : reuse
      ? `frontline_bench_search_v${SEED_VERSION}_${ticketCount}_${articleCount}`
      : `frontline_bench_search_${process.pid}_${Date.now()}`;
  const exists = await withAdmin(adminUrl, async (c) => {
    const found = await c.query(`select 1 from pg_database where datname = $1`, [name]);
    if (found.rowCount === 0) await c.query(`create database "${name}"`);
    return found.rowCount !== 0;
  });
  const drop = reuse
    ? async () => undefined
    : deferCleanup(() =>
        withAdmin(adminUrl, (c) => c.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
      );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: "postgres", url: url.toString(), poolSize: 6 });
  try {
    await migrate(database);
    const seeded =
      exists &&
      (await database.rawTransaction((tx) => tx.query(`select 1 from pg_tables where tablename = 'bench_seeded'`)))
        .length > 0;
    if (seeded) log(`[search] reusing the seeded database ${name}`);
    else {
      if (exists) log(`[search] ${name} was left half-seeded: drop it and run again`);
      if (exists) throw new Error(`${name} is not fully seeded`);
      await seedWorkspace(database);
      await seedTickets(database, ticketCount, log);
      await seedArticles(database, articleCount, log);
      await database.exec("vacuum analyze");
      await database.exec("create table bench_seeded (at timestamptz default now())");
    }
    const callers: Record<string, Actor> = {
      admin: actorFor({ id: md5Uuid("a0"), name: "Agent 0", role: "admin", organizationId: "x" }),
      agent: actorFor({ id: md5Uuid("a3"), name: "Agent 3", role: "agent", organizationId: "x" }, [md5Uuid("g3")]),
      requester: actorFor({ id: md5Uuid("r77"), name: "Requester 77", role: "requester", organizationId: "x" }),
    };
    const timings: Timing[] = [];
    const once = async (q: string, actor: Actor, kinds: readonly SearchKind[], db: Db = database.db) =>
      Promise.all(kinds.map((k) => (SEARCH_SOURCES[k] as SearchSource)(db, actor, { q, limit: 20 })));
    // Warm-up: one pass, not counted (the first search of a word reads its posting lists from disk).
    for (const queries of Object.values(QUERY_CLASSES))
      for (const q of queries) await once(q, callers.admin!, KIND_SETS.all!);
    const loadBefore = os.loadavg()[0]!;
    const measuring = performance.now();
    const endCpu = measureCpu(undefined, name);
    for (let round = 0; round < rounds; round++)
      for (const [cls, queries] of Object.entries(QUERY_CLASSES))
        for (const q of queries)
          for (const [who, actor] of Object.entries(callers))
            for (const [kind, kinds] of Object.entries(KIND_SETS)) {
              const started = performance.now();
              await once(q, actor, kinds);
              timings.push({ cls, q, who, kind, ms: performance.now() - started });
            }
    const cpu = endCpu();
    const wall = (performance.now() - measuring) / 1000;
    const rows: SearchBenchRow[] = [];
    const perSearch = (pct: number) => ms(((pct / 100) * wall * 1000) / timings.length);
    rows.push({
      name: "CPU per search: PostgreSQL / node; 1-minute load average before / after",
      value: `${cpu ? `${perSearch(cpu.postgres)} / ${perSearch(cpu.loadgen)}` : "n/a"}; ${loadBefore.toFixed(2)} / ${os.loadavg()[0]!.toFixed(2)}`,
      aim: "",
    });
    log(`[search] ${rows[0]!.name}: ${rows[0]!.value}`);
    const summarise = (label: string, picked: Timing[], aim: boolean) => {
      const times = picked.map((t) => t.ms).sort((a, b) => a - b);
      const p95 = percentile(times, 0.95);
      rows.push({
        name: `${label}: p50 / p95 / p99 over ${times.length}`,
        value: `${ms(percentile(times, 0.5))} / ${ms(p95)} / ${ms(percentile(times, 0.99))}`,
        aim: aim ? `p95 < ${SEARCH_AIM_P95_MS} ms` : "",
        ...(aim ? { met: p95 < SEARCH_AIM_P95_MS } : {}),
      });
      log(`[search] ${rows.at(-1)!.name}: ${rows.at(-1)!.value}`);
    };
    summarise("every search", timings, true);
    for (const who of Object.keys(callers))
      for (const kind of Object.keys(KIND_SETS))
        summarise(
          `${who}, kind=${kind}`,
          timings.filter((t) => t.who === who && t.kind === kind),
          true,
        );
    for (const cls of Object.keys(QUERY_CLASSES))
      summarise(
        `class ${cls} (${QUERY_CLASSES[cls]!.map((q) => `"${q}"`).join(", ")})`,
        timings.filter((t) => t.cls === cls),
        false,
      );
    const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
    const plan = await explainSlowest(url.toString(), slowest, callers[slowest.who]!, KIND_SETS[slowest.kind]!, once);
    return { rows, plan };
  } finally {
    await database.close().catch(() => undefined);
    await drop();
  }
}

function md5Uuid(text: string): string {
  const hex = createHash("md5").update(text).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The plans (EXPLAIN ANALYZE via auto_explain, sent to this connection) of every statement the slowest search ran. */
async function explainSlowest(
  url: string,
  slowest: Timing,
  actor: Actor,
  kinds: readonly SearchKind[],
  once: (q: string, actor: Actor, kinds: readonly SearchKind[], db: Db) => Promise<unknown>,
): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const plans: string[] = [];
  client.on("notice", (notice) => {
    if (notice.message?.startsWith("duration:"))
      plans.push(notice.message.replace(/^duration: [\d.]+ ms {2}plan:\n/, ""));
  });
  try {
    await client.query(
      "load 'auto_explain'; set auto_explain.log_min_duration = 0; set auto_explain.log_analyze = on; " +
        "set auto_explain.log_buffers = on; set auto_explain.log_timing = on; set client_min_messages = log",
    );
    // One after the other: one connection runs one statement at a time.
    for (const kind of kinds) await once(slowest.q, actor, [kind], drizzle(client) as unknown as Db);
  } finally {
    await client.end().catch(() => undefined);
  }
  return [
    `slowest: "${slowest.q}" (${slowest.cls}) as ${slowest.who}, kind=${slowest.kind}: ${ms(slowest.ms)}; its statements re-run:`,
    ...plans,
  ].join("\n");
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  const { values } = parseArgs({
    options: {
      tickets: { type: "string" },
      articles: { type: "string" },
      rounds: { type: "string" },
      "pg-url": { type: "string" },
      reuse: { type: "boolean", default: false },
      db: { type: "string" },
    },
  });
  const { rows, plan } = await benchSearch({
    ...(values.tickets ? { tickets: Number(values.tickets) } : {}),
    ...(values.articles ? { articles: Number(values.articles) } : {}),
    ...(values.rounds ? { rounds: Number(values.rounds) } : {}),
    ...(values["pg-url"] ? { postgresUrl: values["pg-url"] } : {}),
    reuse: values.reuse,
    ...(values.db ? { database: values.db } : {}),
  });
  console.log("| measure | value | aim | met |\n| --- | ---: | --- | :---: |");
  for (const row of rows)
    console.log(`| ${row.name} | ${row.value} | ${row.aim} | ${row.met === undefined ? "" : row.met ? "✓" : "✗"} |`);
  console.log(`\n${plan}`);
  process.exit(0);
}
