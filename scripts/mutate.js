#!/usr/bin/env node
// `npm run mutate [-- stryker options]`: runs StrykerJS (stryker.config.json) and then writes the mutation score
// per folder into docs/quality.md from Stryker's JSON report. Options go to `stryker run`, e.g.
//
//   npm run mutate                                        every module in stryker.config.json (hours on 2 cores)
//   npm run mutate -- --mutate src/identity/secrets.ts    one file (its row is replaced, the other files' rows kept)
//   npm run mutate -- --testFiles 'src/identity/*.test.ts'   only the folder's own tests (far fewer to rerun per mutant)
//   npm run mutate -- --concurrency 2                     one TypeScript checker and one test process (a shared machine)
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
const command = [
  "npm run mutate",
  ...(args.length > 0 ? ["--", ...args.map((a) => (/[\s*]/.test(a) ? `'${a}'` : a))] : []),
].join(" ");
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
/** This run's count per mutated file. @type {Map<string, {killed: number, timeout: number, survived: number, noCoverage: number, ignored: number, survivors: string[]}>} */
const files = new Map();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const rel = path.relative(ROOT, path.resolve(ROOT, file)).split(path.sep).join("/");
  const f = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, survivors: [] };
  files.set(rel, f);
  for (const m of mutants) {
    if (m.status === "Killed") f.killed++;
    else if (m.status === "Timeout") f.timeout++;
    else if (m.status === "Ignored") f.ignored++;
    else if (m.status === "Survived" || m.status === "NoCoverage") {
      if (m.status === "Survived") f.survived++;
      else f.noCoverage++;
      const replacement = (m.replacement ?? "").replace(/\s+/g, " ").slice(0, 80);
      f.survivors.push(
        `\`${rel}:${m.location.start.line}\` ${m.mutatorName}${m.status === "NoCoverage" ? " (no test reaches it)" : ""}: \`${replacement.replaceAll("`", "'")}\``,
      );
    }
  }
}

/**
 * The per-file rows and surviving mutants of earlier runs, kept for files this run did not mutate: on a slow
 * machine a folder can be measured a few files at a time, and its row adds up the latest count of each file.
 */
function previousRuns() {
  /** @type {Map<string, string[]>} */
  const rows = new Map();
  /** @type {{file: string, text: string}[]} */
  const survivors = [];
  if (!existsSync(DOC)) return { rows, survivors };
  const text = readFileSync(DOC, "utf8");
  const block = text.slice(text.indexOf(START), text.indexOf(END));
  for (const line of block.split("\n")) {
    const cells = line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length === 7 && /^`src\/.+\.ts`$/.test(cells[0])) rows.set(cells[0].replaceAll("`", ""), cells);
    const survivor = /^- (`(src\/[^`:]+):\d+` .*)$/.exec(line);
    if (survivor) survivors.push({ file: survivor[2], text: survivor[1] });
  }
  return { rows, survivors };
}

const previous = previousRuns();
const detail = previous.rows;
for (const [file, f] of files) {
  const valid = f.killed + f.timeout + f.survived + f.noCoverage;
  detail.set(file, [
    `\`${file}\``,
    String(f.killed),
    String(f.timeout),
    String(f.survived),
    String(f.noCoverage),
    String(valid),
    measured,
  ]);
}
const sorted = [...detail.entries()].sort(([a], [b]) => a.localeCompare(b));
/** Per folder: killed, timed out, survived, no coverage, summed over its files' latest rows. */
const folders = new Map();
for (const [file, cells] of sorted) {
  const folder = path.posix.dirname(file);
  const sum = folders.get(folder) ?? [0, 0, 0, 0];
  cells.slice(1, 5).forEach((c, k) => (sum[k] += Number(c)));
  folders.set(folder, sum);
}
const score = ([killed, timeout, survived, noCoverage]) => {
  const valid = killed + timeout + survived + noCoverage;
  return valid === 0 ? "—" : ((100 * (killed + timeout)) / valid).toFixed(1);
};
const survivors = [
  ...previous.survivors.filter((s) => !files.has(s.file)),
  ...[...files.entries()].flatMap(([file, f]) => f.survivors.map((text) => ({ file, text }))),
]
  .sort((a, b) => a.file.localeCompare(b.file))
  .map((s) => s.text);
const ran = [...files.entries()]
  .map(([file, f]) => `\`${file}\`${f.ignored ? ` (${f.ignored} ignored)` : ""}`)
  .join(", ");

const block = [
  START,
  `Written by \`npm run mutate\` (\`scripts/mutate.js\`, from \`reports/mutation/mutation.json\`); do not edit by hand. ` +
    `Last run ${measured}${reportOnly ? "" : `, \`${command}\``}: ${ran}. ` +
    "Rows and survivors of files that run did not mutate are kept from earlier runs.",
  "",
  "| folder | mutation score % | survived |",
  "| --- | ---: | ---: |",
  ...[...folders.entries()].map(([folder, sum]) => `| \`${folder}\` | ${score(sum)} | ${sum[2] + sum[3]} |`),
  "",
  "Score = mutants a test killed (or timed out on) ÷ valid mutants. *Survived* counts every mutant no test detected, including",
  "those no test even reaches (the *no coverage* column below). Ignored mutants (the OpenAPI prose, `scripts/stryker-openapi-prose.js`)",
  "are not counted. A folder's row adds up the files below, each as its latest run measured it.",
  "",
  "| file | killed | timed out | survived | no coverage | valid mutants | measured |",
  "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
  ...sorted.map(([, cells]) => `| ${cells.join(" | ")} |`),
  "",
  `Surviving mutants (${survivors.length}):`,
  "",
  ...(survivors.length > 0 ? survivors.map((s) => `- ${s}`) : ["- none"]),
  END,
].join("\n");

// A run over part of a file (`--mutate src/x.ts:18-27`, Stryker's line ranges) says nothing about the rest of it, and a
// file's row must count the whole file: such a run prints its counts and leaves the table alone.
const mutateAt = args.findIndex((a) => a === "--mutate" || a === "-m");
const mutateArg = mutateAt >= 0 ? (args[mutateAt + 1] ?? "") : "";
if (!reportOnly && /\.[cm]?[jt]sx?:\d/.test(mutateArg)) {
  for (const [file, f] of files) {
    console.log(
      `mutate: ${file} (lines ${mutateArg.split(":").slice(1).join(":")}): ${f.killed} killed, ${f.timeout} timed out, ${f.survived} survived, ${f.noCoverage} no coverage`,
    );
  }
  console.log("mutate: a line range measures part of a file; docs/quality.md left as it was");
  process.exit(0);
}

const doc = existsSync(DOC) ? readFileSync(DOC, "utf8") : `# Quality\n\n## Mutation score\n\n${START}\n${END}\n`;
if (!doc.includes(START) || !doc.includes(END)) {
  console.error(`mutate: ${path.relative(ROOT, DOC)} lacks the ${START} … ${END} markers`);
  process.exit(1);
}
writeFileSync(DOC, doc.slice(0, doc.indexOf(START)) + block + doc.slice(doc.indexOf(END) + END.length));
console.log(`mutate: wrote ${path.relative(process.cwd(), DOC)} (${[...files.keys()].join(", ")})`);
