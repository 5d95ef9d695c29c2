// CPU of this process and statements sent per ticket write (create, reply, status change, assignment), through
// the HTTP routes in process (Fastify's inject: routing, hooks, validation and serialisation included, no socket),
// one request at a time so that no queue or lock is measured: the cost of a write, not the machine's load. On the
// database in DATABASE_URL (seeded with the demo workspace on first use). Usage:
//   DATABASE_URL=… node bin/run-ts.js bench/write-cpu-probe.ts [writes per kind]
// Add `node --cpu-prof --cpu-prof-dir DIR` (through NODE_OPTIONS) to profile it; bench/profile-summary.ts reads it.
import { cpuUsage } from "node:process";
import { eq } from "drizzle-orm";
import pg from "pg";
import { buildApp } from "../src/app.ts";
import { loadConfig } from "../src/config/config.ts";
import { people } from "../src/identity/identity.tables.ts";
import { createApiToken } from "../src/identity/create-api-token.ts";
import { openRuntime } from "../src/runtime.ts";
import { seedDemoIfEmpty } from "../src/seed/demo.ts";
import { ensureSlaDefaults } from "../src/sla/policy/ensure-sla-defaults.ts";

const perKind = Number(process.argv[2] ?? 300);
let statements = 0;
// PROBE_SQL=1 prints the statements of the last write of each kind.
const seen: string[] = [];
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  const first = args[0] as string | { text: string; name?: string };
  if (process.env.PROBE_SQL)
    seen.push(typeof first === "string" ? first : `${first.name ? `[${first.name}] ` : ""}${first.text}`);
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

const config = await loadConfig({ LOG_LEVEL: "warn", SEED_DEMO: "true" });
const runtime = await openRuntime(config, { migrate: true, logTo: "stderr" });
await ensureSlaDefaults(runtime.deps);
await seedDemoIfEmpty(runtime.deps);
const deps = runtime.deps;
const app = await buildApp(deps);
await app.ready();

const [agent] = await deps.db.select().from(people).where(eq(people.email, "agent@frontline.example"));
const [requester] = await deps.db.select().from(people).where(eq(people.role, "requester")).limit(1);
if (!agent || !requester) throw new Error("the demo workspace has no agent@frontline.example or no requester");
const { token } = await createApiToken(deps, {
  personId: agent.id,
  name: "write-cpu-probe",
  scopes: ["tickets:read", "tickets:write"],
});
const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };

const createBody = JSON.stringify({
  subject: "Outlook keeps asking for my password",
  description:
    "Outlook keeps asking for my password. Reported by the user at 9:10 this morning; it started after the weekend. " +
    "Restarting the laptop did not help. The user can be reached on the desk phone or by email until 18:00.",
  type: "incident",
  impact: "person",
  urgency: "high",
  requesterId: requester.id,
  channel: "phone",
  tags: ["bench"],
});

type Ticket = { id: string; version: number; status: string; assigneeId: string | null };
async function send(method: "POST" | "PATCH", url: string, payload: string): Promise<Ticket> {
  const response = await app.inject({ method, url, headers, payload });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json() as Ticket;
}

type Tally = { cpuMs: number; statements: number };
async function measure(kind: string, runs: number, write: (k: number) => Promise<unknown>): Promise<Tally> {
  // A few unmeasured writes first: the JIT and the per-process caches (token, reference data) are warm.
  for (let k = 0; k < Math.min(20, runs); k++) await write(k);
  const s0 = statements;
  const c0 = cpuUsage();
  for (let k = 0; k < runs - 1; k++) await write(k);
  seen.length = 0;
  await write(runs - 1);
  const c = cpuUsage(c0);
  const tally = { cpuMs: (c.user + c.system) / 1000 / runs, statements: (statements - s0) / runs };
  console.log(
    `${kind.padEnd(8)} ${tally.cpuMs.toFixed(2)} ms CPU/write (user ${(c.user / 1000 / runs).toFixed(2)}, ` +
      `system ${(c.system / 1000 / runs).toFixed(2)})  ${tally.statements.toFixed(1)} statements/write`,
  );
  if (process.env.PROBE_SQL) for (const [k, text] of seen.entries()) console.log(`  ${k + 1}. ${text.slice(0, 400)}`);
  return tally;
}

const created: Ticket[] = [];
await measure("create", perKind, async () => created.push(await send("POST", "/api/v1/tickets", createBody)));
const replyBody = JSON.stringify({ body: "We are looking into it now. Could you send a photo of the error message?" });
await measure("reply", perKind, (k) =>
  send("POST", `/api/v1/tickets/${created[k % created.length]!.id}/replies`, replyBody),
);
// Replies moved the tickets on: read each one's version once before the changes.
const current = await Promise.all(
  created.map(
    async (t) => (await app.inject({ method: "GET", url: `/api/v1/tickets/${t.id}`, headers })).json() as Ticket,
  ),
);
const change = async (k: number, body: (t: Ticket) => object) => {
  const i = k % current.length;
  const t = current[i]!;
  current[i] = await send("PATCH", `/api/v1/tickets/${t.id}`, JSON.stringify({ version: t.version, ...body(t) }));
};
await measure("status", perKind, (k) => change(k, (t) => ({ status: t.status === "pending" ? "open" : "pending" })));
await measure("assign", perKind, (k) =>
  change(k, (t) => ({ assigneeId: t.assigneeId === agent.id ? null : agent.id })),
);

await app.close();
await runtime.close();
