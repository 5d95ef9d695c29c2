#!/usr/bin/env node
// The dependency rules of docs/architecture.md, checked on every `npm test`:
// - only *.store.ts, *.tables.ts, platform/db and the seed loader import drizzle
// - only *.routes.ts and platform/http import fastify
// - process.env is read only in src/config
// - platform/ imports no domain module
// - pure rule files (the PURE list below) import at run time only other pure files, src/shared, *.errors.ts and
//   the packages in PURE_PACKAGES (types from anywhere), and never read Date.now(); every listed file must exist
// - no import cycles among src/ files (import-cycles.js)
// - source files stay under 400 lines
// - request schemas take no bare z.string(): stored or queried text is storableText() (see request-strings.js)
// - web/src (the browser app): see web-rules.js (file size, no dangerouslySetInnerHTML, no server imports but
//   src/shared, API URLs only in web/src/api/)
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { importCycles } from "./import-cycles.js";
import { bareRequestStrings } from "./request-strings.js";
import { webProblems } from "./web-rules.js";

const ROOT = path.resolve(import.meta.dirname, "..", "src");
const DOMAINS = ["identity", "tickets", "sla", "channels", "knowledge", "feedback", "reports"];
// Pure rules: they take data and an injected clock, so they are tested without a database and fuzzed by property
// tests. Listed by name, not by folder: each concept folder holds its pure rules beside its use cases and store.
const PURE = new Set([
  "identity/actor.ts",
  ...[
    "business-time",
    "calendar",
    "calendar-definition",
    "civil",
    "compile",
    "day-openings",
    "holidays-pk",
    "index",
    "iso",
  ].map((f) => `sla/calendar/${f}.ts`),
  ...["sla-time", "timeline", "zone"].map((f) => `sla/calendar/${f}.ts`),
  "sla/policy/policy.ts",
  "sla/clock/clocks.ts",
  "sla/clock/ola.ts",
  "sla/escalation/thresholds.ts",
  "sla/published/published-calendar.ts",
  "tickets/ticket/ticket.ts",
  "tickets/ticket/events.ts",
  "tickets/ticket/requester-view.policy.ts",
  "tickets/routing/routing.ts",
  "tickets/visits/visit.ts",
  "tickets/work-time/work-time.ts",
  "feedback/survey/survey.ts",
  "reports/review-pack/pack-period.ts",
  "knowledge/search/search-item.ts",
  "knowledge/search/search-query.ts",
  ...[
    "clock-times",
    "definitions",
    "escalations",
    "first-contact-resolution",
    "indicators",
    "period",
    "resolved-tickets",
  ].map((f) => `reports/indicators/${f}.ts`),
  ...[
    "list-facts",
    "satisfaction",
    "sla-compliance",
    "stats",
    "ticket-facts",
    "time-per-tier",
    "volume",
    "work-time",
  ].map((f) => `reports/indicators/${f}.ts`),
  ...["byte-range", "tutorial", "webvtt"].map((f) => `knowledge/tutorial/${f}.ts`),
  "knowledge/onboarding/onboarding.ts",
  "channels/remote/remote.ts",
  "channels/telephony/telephony.ts",
]);
const PURE_PACKAGES = new Set(["zod", "temporal-polyfill"]);
const problems = [];

/** What a file imports at run time: `import type` and `export type` lines are erased by the compiler. */
function runtimeImports(text) {
  return [...text.matchAll(/^\s*(import|export)(\s+type\b)?[^'"]*?from\s+["']([^"']+)["']/gm)]
    .filter((m) => !m[2])
    .map((m) => m[3]);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : full.endsWith(".ts") || full.endsWith(".tsx") ? [full] : [];
  });
}

for (const file of walk(ROOT)) {
  const rel = path.relative(ROOT, file).replaceAll(path.sep, "/");
  const text = readFileSync(file, "utf8");
  const imports = [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]);
  const isTest = rel.endsWith(".test.ts");
  const say = (why) => problems.push(`src/${rel}: ${why}`);

  if (
    !isTest &&
    imports.some((i) => i.startsWith("drizzle-orm")) &&
    !/\.(store|tables)\.ts$/.test(rel) &&
    !rel.startsWith("platform/db/") &&
    !rel.startsWith("seed/") &&
    rel !== "schema.ts"
  ) {
    say("imports drizzle outside a *.store.ts / *.tables.ts / platform/db file");
  }
  if (
    !isTest &&
    imports.some((i) => i === "fastify" || i.startsWith("@fastify/")) &&
    !rel.endsWith(".routes.ts") &&
    !rel.startsWith("platform/http/")
  ) {
    say("imports fastify outside a *.routes.ts / platform/http file");
  }
  if (/process\.env\b/.test(text) && !rel.startsWith("config/")) say("reads process.env (only src/config may)");
  if (rel.startsWith("platform/")) {
    for (const i of imports) {
      const target = path.relative(ROOT, path.resolve(path.dirname(file), i)).replaceAll(path.sep, "/");
      if (i.startsWith(".") && (DOMAINS.includes(target.split("/")[0]) || target === "schema.ts"))
        say(`platform imports domain module ${i}`);
    }
  }
  if (PURE.has(rel)) {
    for (const i of runtimeImports(text)) {
      const target = path.relative(ROOT, path.resolve(path.dirname(file), i)).replaceAll(path.sep, "/");
      const ok = i.startsWith(".")
        ? PURE.has(target) || target.startsWith("shared/") || target.endsWith(".errors.ts")
        : PURE_PACKAGES.has(i);
      if (!ok)
        say(`pure rule file imports ${i} (only pure files, src/shared, *.errors.ts, ${[...PURE_PACKAGES].join(", ")})`);
    }
    if (/Date\.now\(\)/.test(text)) say("pure rule file reads Date.now(); inject a clock");
  }
  const lines = text.split("\n").length;
  if (lines > (isTest ? 600 : 400)) say(`${lines} lines (limit ${isTest ? 600 : 400})`);
  for (const line of bareRequestStrings(rel, text)) {
    say(
      `line ${line}: bare z.string() in a request schema (use storableText(), a .regex() format, or say why with // checked-text: …)`,
    );
  }
}

const sources = new Map();
for (const file of walk(ROOT))
  sources.set(path.relative(ROOT, file).replaceAll(path.sep, "/"), readFileSync(file, "utf8"));
for (const rel of PURE)
  if (!sources.has(rel)) problems.push(`src/${rel}: listed as a pure rule file but missing (moved? update PURE)`);
for (const cycle of importCycles(sources)) problems.push(`import cycle: ${cycle.map((f) => `src/${f}`).join(" -> ")}`);

const WEB = path.resolve(import.meta.dirname, "..", "web", "src");
for (const file of walk(WEB)) {
  const rel = path.relative(WEB, file).replaceAll(path.sep, "/");
  const text = readFileSync(file, "utf8");
  const imports = [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]);
  const serverImports = imports.filter((i) => {
    const target = path.resolve(path.dirname(file), i);
    return i.startsWith(".") && target.startsWith(ROOT) && !target.startsWith(path.join(ROOT, "shared"));
  });
  for (const why of webProblems(rel, text, { serverImports })) problems.push(`web/src/${rel}: ${why}`);
}

if (problems.length > 0) {
  console.error(`Architecture check failed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
console.log("Architecture check passed.");
