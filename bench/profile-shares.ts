// Where a server's CPU went during one bench phase, from the V8 profiles `--cpu-prof` wrote (one per process):
// each busy sample between the phase's first and last instant is counted for the kind of code on top of the stack.
// bench/run.ts writes these shares beside each missed aim of issue 12 ("each miss explained with its profile").
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

type CallFrame = { functionName: string; url: string };
type Profile = {
  nodes: Array<{ id: number; callFrame: CallFrame }>;
  samples: number[];
  timeDeltas: number[];
  startTime: number;
};

/** The kinds of code a request's CPU is spent in, as the explanations name them. */
export type CodeKind =
  | "database client"
  | "socket writes (system calls)"
  | "PGlite (the database, in process)"
  | "HTTP and JSON"
  | "zod"
  | "Frontline"
  | "Node core and V8"
  | "garbage collection"
  | "logging"
  | "other packages";

const PACKAGE_KIND: Record<string, CodeKind> = {
  pg: "database client",
  "pg-protocol": "database client",
  "pg-types": "database client",
  "pg-pool": "database client",
  "postgres-array": "database client",
  "postgres-date": "database client",
  "drizzle-orm": "database client",
  "@electric-sql/pglite": "PGlite (the database, in process)",
  fastify: "HTTP and JSON",
  "fast-json-stringify": "HTTP and JSON",
  "find-my-way": "HTTP and JSON",
  "fast-querystring": "HTTP and JSON",
  "secure-json-parse": "HTTP and JSON",
  avvio: "HTTP and JSON",
  "light-my-request": "HTTP and JSON",
  zod: "zod",
  "fastify-type-provider-zod": "zod",
  pino: "logging",
  "pino-std-serializers": "logging",
  "sonic-boom": "logging",
};

// Native frames that are a write(2) to a socket: on loopback the sender's system call also runs the receiver's TCP
// stack, so it is the largest single cost of a small request in the profiles.
const SOCKET_WRITES = new Set(["writev", "writeBuffer", "writeUtf8String", "writeLatin1String", "writeAsciiString"]);

function kindOf(f: CallFrame): CodeKind | "idle" {
  if (f.functionName === "(idle)") return "idle";
  if (!f.url && SOCKET_WRITES.has(f.functionName)) return "socket writes (system calls)";
  if (f.functionName === "(garbage collector)") return "garbage collection";
  // The only WebAssembly a server runs is PGlite's PostgreSQL.
  if (f.url.startsWith("wasm://")) return "PGlite (the database, in process)";
  if (!f.url || f.url.startsWith("node:")) return "Node core and V8";
  const nm = f.url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const parts = f.url.slice(nm + "node_modules/".length).split("/");
    const name = parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
    if (name.startsWith("@fastify/")) return "HTTP and JSON";
    return PACKAGE_KIND[name] ?? "other packages";
  }
  // The build (dist/server) bundles src/: its own code is Frontline's.
  if (f.url.includes("/src/") || f.url.includes("/dist/server/")) return "Frontline";
  return "other packages";
}

export type Shares = { busyMs: number; shares: Array<{ kind: CodeKind; share: number }> };

/**
 * The busy samples of every profile in `dir` between `fromUs` and `toUs` (CLOCK_MONOTONIC µs), by kind of code,
 * largest first; undefined when no profile covers the phase.
 */
export function profileShares(dir: string, window: { fromUs: number; toUs: number }): Shares | undefined {
  const byKind = new Map<CodeKind, number>();
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  } catch {
    return undefined;
  }
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Profile;
    const kinds = new Map(profile.nodes.map((n) => [n.id, kindOf(n.callFrame)]));
    let at = profile.startTime;
    profile.samples.forEach((id, k) => {
      const delta = profile.timeDeltas[k] ?? 0;
      at += delta;
      const kind = kinds.get(id);
      if (at < window.fromUs || at > window.toUs || kind === undefined || kind === "idle") return;
      byKind.set(kind, (byKind.get(kind) ?? 0) + delta);
    });
  }
  const busyUs = [...byKind.values()].reduce((a, b) => a + b, 0);
  if (busyUs === 0) return undefined;
  const shares = [...byKind].map(([kind, us]) => ({ kind, share: us / busyUs })).sort((a, b) => b.share - a.share);
  return { busyMs: busyUs / 1000, shares };
}

/** "38 % database client, 21 % HTTP and JSON, …" (the kinds over 5 %). */
export function describeShares(shares: Shares["shares"]): string {
  return shares
    .filter((s) => s.share >= 0.05)
    .map((s) => `${Math.round(s.share * 100)} % ${s.kind}`)
    .join(", ");
}

// Run alone to read a profile by hand (and to refresh miss-explanations.ts PROBES from a profiled run):
//   node bin/run-ts.js bench/profile-shares.ts DIR --from S --to S   (seconds after the first profile began)
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { from: { type: "string", default: "0" }, to: { type: "string", default: "1e9" } },
  });
  const dir = positionals[0];
  if (!dir) {
    console.error("usage: profile-shares.ts DIR [--from S] [--to S]");
    process.exit(2);
  }
  const first = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!first) {
    console.error(`profile-shares: no .cpuprofile in ${dir}`);
    process.exit(2);
  }
  const start = (JSON.parse(readFileSync(path.join(dir, first), "utf8")) as Profile).startTime;
  const found = profileShares(dir, {
    fromUs: start + Number(values.from) * 1e6,
    toUs: start + Number(values.to) * 1e6,
  });
  if (!found) {
    console.error("profile-shares: no busy samples in that window");
    process.exit(1);
  }
  console.log(`${(found.busyMs / 1000).toFixed(1)} s busy: ${describeShares(found.shares)}`);
  for (const s of found.shares) console.log(`${(s.share * 100).toFixed(1).padStart(5)} %  ${s.kind}`);
}
