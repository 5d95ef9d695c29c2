#!/usr/bin/env node
// `npm run mutate [-- stryker options]`: runs StrykerJS (stryker.config.json) and then writes the mutation score
// per folder into docs/quality.md from Stryker's JSON report. Options go to `stryker run`, e.g.
//
//   npm run mutate                                        every module in stryker.config.json (hours on 2 cores)
//   npm run mutate -- --mutate src/identity/secrets.ts    one file (its folder's row is replaced, the others kept)
//   npm run mutate -- --concurrency 1                     one test process at a time (a shared machine)
//   npm run mutate -- --report-only                       rewrite docs/quality.md from the last report, run nothing
//
// Incremental: Stryker keeps reports/mutation/stryker-incremental.json (git-ignored, like the reports) and retests
// only mutants whose code or covering tests changed since the run that wrote it.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const REPORT = path.join(ROOT, "reports/mutation/mutation.json");
const DOC = path.join(ROOT, "docs/quality.md");
const START = "<!-- mutation:start -->";
const END = "<!-- mutation:end -->";

const args = process.argv.slice(2);
const reportOnly = args.includes("--report-only");
const command = ["npm run mutate", ...(args.length > 0 ? ["--", ...args.map((a) => (/[\s*]/.test(a) ? `'${a}'` : a))] : [])].join(" ");
if (!reportOnly) {
  const bin = path.join(ROOT, "node_modules/.bin/stryker");
  const run = spawnSync(bin, ["run", ...args], { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`mutate: stryker exited ${run.status ?? run.signal}; docs/quality.md left as it was`);
    process.exit(run.status ?? 1);
  }
}
if (!existsSync(REPORT)) {
  console.error(`mutate: no report at ${path.relative(ROOT, REPORT)}; run npm run mutate first`);
  process.exit(1);
}

// Stryker's statuses: Killed and Timeout are detected; Survived and NoCoverage are not; the rest are not valid mutants.
const report = JSON.parse(readFileSync(REPORT, "utf8"));
const measured = new Date().toISOString().slice(0, 10);
/** @type {Map<string, {killed: number, timeout: number, survived: number, noCoverage: number, ignored: number, survivors: string[], files: string[]}>} */
const folders = new Map();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const rel = path.relative(ROOT, path.resolve(ROOT, file)).split(path.sep).join("/");
  const folder = path.posix.dirname(rel);
  const f = folders.get(folder) ?? { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, survivors: [], files: [] };
  folders.set(folder, f);
  f.files.push(path.posix.basename(rel));
  for (const m of mutants) {
    if (m.status === "Killed") f.killed++;
    else if (m.status === "Timeout") f.timeout++;
    else if (m.status === "Ignored") f.ignored++;
    else if (m.status === "Survived" || m.status === "NoCoverage") {
      if (m.status === "Survived") f.survived++;
      else f.noCoverage++;
      const replacement = (m.replacement ?? "").replace(/\s+/g, " ").slice(0, 80);
      f.survivors.push(`\`${rel}:${m.location.start.line}\` ${m.mutatorName}${m.status === "NoCoverage" ? " (no test reaches it)" : ""}: \`${replacement.replaceAll("`", "'")}\``);
    }
  }
}

/**
 * The per-folder rows and surviving mutants of earlier runs, kept for folders this run did not mutate (a run of
 * one folder replaces that folder's row and survivors, and leaves the others as they were).
 */
function previousRun() {
  const rows = new Map();
  /** @type {string[]} */
  const survivors = [];
  if (!existsSync(DOC)) return { rows, survivors };
  const text = readFileSync(DOC, "utf8");
  const block = text.slice(text.indexOf(START), text.indexOf(END));
  for (const line of block.split("\n")) {
    const cells = line.split("|").slice(1, -1).map((c) => c.trim());
    if (cells.length === 7 && cells[0].startsWith("`src")) rows.set(cells[0].replaceAll("`", ""), cells);
    const survivor = /^- (`(src\/[^`:]+):\d+` .*)$/.exec(line);
    if (survivor) survivors.push({ folder: path.posix.dirname(survivor[2]), text: survivor[1] });
  }
  return { rows, survivors };
}

const previous = previousRun();
const detail = previous.rows;
for (const [folder, f] of folders) {
  const detected = f.killed + f.timeout;
  const valid = detected + f.survived + f.noCoverage;
  detail.set(folder, [`\`${folder}\``, String(f.killed), String(f.timeout), String(f.survived), String(f.noCoverage), String(valid), measured]);
}
const sorted = [...detail.entries()].sort(([a], [b]) => a.localeCompare(b));
const score = (cells) => {
  const [killed, timeout, survived, noCoverage] = cells.slice(1, 5).map(Number);
  const valid = killed + timeout + survived + noCoverage;
  return valid === 0 ? "—" : ((100 * (killed + timeout)) / valid).toFixed(1);
};
const survivors = [
  ...previous.survivors.filter((s) => !folders.has(s.folder)),
  ...[...folders.entries()].flatMap(([folder, f]) => f.survivors.map((text) => ({ folder, text }))),
]
  .sort((a, b) => a.folder.localeCompare(b.folder))
  .map((s) => s.text);

const block = [
  START,
  `Written by \`npm run mutate\` (\`scripts/mutate.js\`, from \`reports/mutation/mutation.json\`); do not edit by hand. ` +
    `Last run ${measured}${reportOnly ? "" : `, \`${command}\``}: ${[...folders.entries()].map(([f, x]) => `\`${f}\` (${x.files.join(", ")}${x.ignored ? `; ${x.ignored} ignored` : ""})`).join("; ")}. ` +
    "Rows and survivors of folders that run did not mutate are kept from earlier runs.",
  "",
  "| folder | mutation score % | survived |",
  "| --- | ---: | ---: |",
  ...sorted.map(([, cells]) => `| ${cells[0]} | ${score(cells)} | ${Number(cells[3]) + Number(cells[4])} |`),
  "",
  "Score = mutants a test killed (or timed out on) ÷ valid mutants. *Survived* counts every mutant no test detected, including",
  "those no test even reaches (the *no coverage* column below). Ignored mutants (the OpenAPI prose, `scripts/stryker-openapi-prose.js`)",
  "are not counted.",
  "",
  "| folder | killed | timed out | survived | no coverage | valid mutants | measured |",
  "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
  ...sorted.map(([, cells]) => `| ${cells.join(" | ")} |`),
  "",
  `Surviving mutants (${survivors.length}):`,
  "",
  ...(survivors.length > 0 ? survivors.map((s) => `- ${s}`) : ["- none"]),
  END,
].join("\n");

const doc = existsSync(DOC) ? readFileSync(DOC, "utf8") : `# Quality\n\n## Mutation score\n\n${START}\n${END}\n`;
if (!doc.includes(START) || !doc.includes(END)) {
  console.error(`mutate: ${path.relative(ROOT, DOC)} lacks the ${START} … ${END} markers`);
  process.exit(1);
}
writeFileSync(DOC, doc.slice(0, doc.indexOf(START)) + block + doc.slice(doc.indexOf(END) + END.length));
console.log(`mutate: wrote ${path.relative(process.cwd(), DOC)} (${[...folders.keys()].join(", ")})`);
