// Summarises a V8 .cpuprofile (from `npm run bench -- --cpu-prof DIR`): top functions by self time,
// self time by package / source folder, and inclusive time of Frontline's own functions.
// Run: node bin/run-ts.js bench/profile-summary.ts FILE.cpuprofile [--top 30] [--from S] [--to S]
// (--from/--to: only the samples between those seconds after the profile started, e.g. one bench phase).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: "string", default: "30" },
    from: { type: "string", default: "0" },
    to: { type: "string", default: "1e9" },
  },
});
const file = positionals[0];
if (!file) {
  console.error("usage: profile-summary.ts FILE.cpuprofile [--top N]");
  process.exit(2);
}
const top = Number(values.top);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Self time per node: each sample's delta belongs to the node that was on top of the stack.
const fromUs = Number(values.from) * 1e6;
const toUs = Number(values.to) * 1e6;
const selfUs = new Map<number, number>();
let clockUs = 0;
profile.samples.forEach((id, k) => {
  const delta = profile.timeDeltas[k] ?? 0;
  clockUs += delta;
  if (clockUs >= fromUs && clockUs <= toUs) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
});
const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

function shortUrl(url: string): string {
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) return url.slice(nm + "node_modules/".length);
  const src = url.indexOf("/src/");
  if (src >= 0) return url.slice(src + 1);
  return url.replace(/^file:\/\//, "") || "(native)";
}
const label = (f: CallFrame) =>
  `${f.functionName || "(anonymous)"} ${shortUrl(f.url)}${f.url ? `:${f.lineNumber + 1}` : ""}`;
function bucket(f: CallFrame): string {
  if (!f.url) return f.functionName.startsWith("(") ? f.functionName : "(native / V8 builtins)";
  if (f.url.startsWith("node:")) return "node: core";
  const nm = f.url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = f.url.slice(nm + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const src = f.url.indexOf("/src/");
  if (src >= 0)
    return f.url
      .slice(src + 1)
      .split("/")
      .slice(0, 2)
      .join("/");
  return shortUrl(f.url);
}

const pct = (us: number) => `${((us / totalUs) * 100).toFixed(1).padStart(5)}%`;
const msOf = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms`;

function table(title: string, entries: Map<string, number>, limit: number): void {
  console.log(`\n${title}`);
  for (const [name, us] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, limit))
    console.log(`${pct(us)} ${msOf(us)}  ${name}`);
}

const selfByFn = new Map<string, number>();
const selfByBucket = new Map<string, number>();
for (const [id, us] of selfUs) {
  const f = byId.get(id)!.callFrame;
  selfByFn.set(label(f), (selfByFn.get(label(f)) ?? 0) + us);
  selfByBucket.set(bucket(f), (selfByBucket.get(bucket(f)) ?? 0) + us);
}

// Inclusive time (a function counted once per sample even when recursive): of src/ functions, and of
// every function below the event loop's entry points (what a callback spends, callees included).
const inclusive = new Map<string, number>();
const inclusiveAll = new Map<string, number>();
const ENTRY =
  /^(\(root\)|\(program\)|\(idle\)|\(garbage collector\)|processTicksAndRejections|runMicrotasks|listOnTimeout|processTimers|emit|(anonymous))$/;
for (const [id, us] of selfUs) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const f = byId.get(at)!.callFrame;
    const key = label(f);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!ENTRY.test(f.functionName || "(anonymous)") && f.url) inclusiveAll.set(key, (inclusiveAll.get(key) ?? 0) + us);
    if (f.url.includes("/src/")) inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  }
}

const idle = selfByFn.get("(idle) (native)") ?? 0;
console.log(
  `${file}\nwall ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s, sampled ${(totalUs / 1e6).toFixed(1)} s, idle ${pct(idle)}`,
);
table(`Top ${top} functions by self time`, selfByFn, top);
table("Self time by package / src folder", selfByBucket, 25);
table("Inclusive time of src/ functions (synchronous part of each call)", inclusive, 25);
table(`Top ${top} functions by inclusive time (callees included)`, inclusiveAll, top);
