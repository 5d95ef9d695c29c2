import { once } from "node:events";
import { createWriteStream, readFileSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { Command, CommanderError } from "commander";
import { ConfigError, loadConfig } from "../config/config.ts";
import { PACKAGE_ROOT } from "../platform/package-root.ts";
import type { Runtime } from "../runtime.ts";
import { UsageError } from "./usage-error.ts";
import type { ReportOptions } from "./report.ts";

// Command bodies are imported when they run: `frontline --help` or a bad option should not load the
// database drivers and the web framework first.

const print = (line: string) => process.stdout.write(`${line}\n`);
/** A rebuild's progress on stderr: one line redrawn on a terminal, a line per batch otherwise. */
const factsProgress = (done: number, total: number) =>
  process.stderr.write(
    `${process.stderr.isTTY ? "\r" : ""}indicator facts: ${done}/${total} tickets${process.stderr.isTTY ? "" : "\n"}`,
  );

/** Runs a command body with the runtime open, closing it afterwards. */
async function withRuntime<T>(
  body: (runtime: Runtime) => Promise<T>,
  options: { migrate?: boolean; listen?: boolean; overrides?: { LOG_LEVEL?: string } } = {},
): Promise<T> {
  const config = await loadConfig(options.overrides);
  const { openRuntime } = await import("../runtime.ts");
  const runtime = await openRuntime(config, {
    migrate: options.migrate ?? true,
    logTo: "stderr",
    ...(options.listen === false ? { listen: false } : {}),
  });
  try {
    return await body(runtime);
  } finally {
    await runtime.close();
  }
}

const program = new Command("frontline")
  .description("Frontline: open-source IT service desk")
  .version(JSON.parse(readFileSync(`${PACKAGE_ROOT}/package.json`, "utf8")).version)
  .showHelpAfterError()
  .exitOverride();

program
  .command("start")
  .description("serve the app (migrates, seeds the demo into an empty workspace)")
  .option("--roles <roles>", "comma list of web,worker,mail (default: all three)")
  .option("--port <port>", "HTTP port (overrides PORT)")
  .option("--processes <n>", "processes sharing the ports, or auto = one per core (PostgreSQL; overrides PROCESSES)")
  .action(async (opts: { roles?: string; port?: string; processes?: string }) => {
    const config = await loadConfig({
      ...(opts.roles ? { ROLES: opts.roles } : {}),
      ...(opts.port ? { PORT: opts.port } : {}),
      ...(opts.processes ? { PROCESSES: opts.processes } : {}),
    });
    const { isPrimary, processCount, runCluster } = await import("./cluster.ts");
    const processes = processCount(config.PROCESSES);
    if (processes > 1 && isPrimary()) return runCluster(config, processes, print);
    const { start } = await import("./start.ts");
    await start(config, print);
  });

program
  .command("worker")
  .description("run only the background worker: SLA timers, mail and webhook jobs (PostgreSQL; stop with SIGTERM)")
  .action(async () => {
    const { runWorker } = await import("./worker.ts");
    await runWorker(await loadConfig(), print);
  });

program
  .command("migrate")
  .description("apply pending database migrations and exit")
  .action(() =>
    withRuntime(
      async ({ database }) => {
        const { migrate } = await import("../platform/db/migrate.ts");
        const applied = await migrate(database);
        print(applied.length ? `Applied ${applied.join(", ")}.` : "The database is up to date.");
        const { factsTableArrived, rebuildIndicatorFacts } = await import("../reports/rebuild-indicator-facts.ts");
        if (factsTableArrived(applied)) {
          const n = await rebuildIndicatorFacts(database.db, { progress: factsProgress });
          // A new database has nothing to fold: say so only when history was there.
          if (n > 0) print(`Folded the indicator facts of ${n} tickets.`);
        }
      },
      { migrate: false },
    ),
  );

program
  .command("seed-demo")
  .description("seed the demo workspace into an empty database")
  .action(() =>
    withRuntime(async ({ deps }) => {
      const { seedDemoIfEmpty } = await import("../seed/demo.ts");
      const demo = await seedDemoIfEmpty(deps);
      if (!demo) throw new UsageError("The workspace is not empty; the demo only seeds an empty database.");
      print(`Seeded. Password for every demo account: ${demo.password}`);
      for (const s of demo.signIns) print(`  ${s.role.padEnd(9)} ${s.email}`);
    }),
  );

program
  .command("seed-synthetic")
  .description("write a reproducible synthetic year of tickets (events, clocks, escalations, ratings) for benchmarks")
  .requiredOption("--tickets <n>", "how many tickets (1 to 2,000,000)")
  .option("--seed <s>", "the random seed: the same seed writes the same history", "1")
  .action((o: { tickets: string; seed: string }) =>
    withRuntime(async ({ deps }) => {
      const count = /^\d+$/.test(o.tickets) ? Number(o.tickets) : NaN;
      if (!(count >= 1 && count <= 2_000_000))
        throw new UsageError("--tickets must be a whole number from 1 to 2000000.");
      const seed = /^\d+$/.test(o.seed) ? Number(o.seed) : NaN;
      if (!(seed >= 0 && seed <= 4_294_967_295))
        throw new UsageError("--seed must be a whole number from 0 to 4294967295.");
      const { seedSynthetic } = await import("../seed/seed-synthetic.ts");
      const started = performance.now();
      const written = await seedSynthetic(deps, { tickets: count, seed });
      const seconds = (performance.now() - started) / 1000;
      print(
        `Wrote ${written} tickets in ${seconds.toFixed(1)} s (${Math.round(written / seconds)} tickets/s, ${deps.engine}).`,
      );
    }),
  );

program
  .command("create-admin")
  .description("create an administrator (reads the password from stdin)")
  .requiredOption("--email <email>", "sign-in email")
  .requiredOption("--name <name>", "full name")
  .option("--organization <name>", "the provider organization's name (created if missing)", "Help desk")
  .action(async (opts: { email: string; name: string; organization: string }) => {
    await loadConfig(); // a configuration problem is reported before waiting for the password
    // The first line of stdin, without its line end (a Windows \r included).
    const password = readFileSync(0, "utf8").split(/\r?\n/)[0] ?? "";
    const { MIN_PASSWORD_LENGTH } = await import("../identity/create-person.ts");
    if (password.length < MIN_PASSWORD_LENGTH)
      throw new UsageError(`the password (first line of stdin) needs at least ${MIN_PASSWORD_LENGTH} characters`);
    await withRuntime(async ({ deps }) => {
      const { createAdmin } = await import("../identity/create-admin.ts");
      const person = await createAdmin(deps, { ...opts, password });
      print(`Created admin ${person.email} (${person.id}).`);
    });
  });

const token = program.command("token").description("API tokens for integrations");
token
  .command("create")
  .description("create an API token for a person; prints it once")
  .requiredOption("--email <email>", "whose rights the token carries")
  .requiredOption("--name <name>", "what the token is for")
  .option(
    "--scopes <scopes>",
    "comma list of tickets:read,tickets:write,directory:read,directory:write,admin",
    "tickets:read,tickets:write",
  )
  .option("--expires-days <days>", "lifetime in days (default: no expiry)")
  .action(async (opts: { email: string; name: string; scopes: string; expiresDays?: string }) => {
    const { createToken, parseTokenOptions } = await import("./token.ts");
    const request = parseTokenOptions(opts);
    await withRuntime(async ({ deps }) => {
      const created = await createToken(deps, request);
      print(created.token);
    });
  });

program
  .command("export")
  .description("write the whole workspace as JSON lines (stdout, or --out FILE)")
  .option("--out <file>", "file to write (readable by its owner only: it holds password hashes)")
  .action(async (opts: { out?: string }) => {
    const { exportWorkspace } = await import("./workspace-io.ts");
    // On stdout the export must not share the stream with log lines.
    if (!opts.out)
      return withRuntime(({ deps }) => exportWorkspace(deps, process.stdout), { overrides: { LOG_LEVEL: "silent" } });
    // Written beside the target and renamed over it at the end: a failed export never leaves a truncated
    // file or clobbers an older one. Opened first, so a wrong path is reported before the database is opened.
    const target = opts.out;
    const partial = `${target}.partial-${process.pid}`;
    const out = createWriteStream(partial, { flags: "wx", mode: 0o600 });
    await once(out, "open").catch((error: Error) => {
      throw new UsageError(`--out: cannot write ${target}: ${error.message.replace(/, open .*$/, "")}`);
    });
    try {
      await withRuntime(({ deps }) => exportWorkspace(deps, out));
      out.end();
      await finished(out);
      await rename(partial, target);
    } catch (error) {
      out.destroy();
      await rm(partial, { force: true });
      throw error;
    }
  });

program
  .command("import")
  .description("load a JSON-lines export into an empty database (stdin, or --in FILE)")
  .option("--in <file>", "file to read")
  .action(async (opts: { in?: string }) => {
    // Opened before the database, so a wrong path is reported at once.
    const file = opts.in ? await open(opts.in) : undefined;
    try {
      await withRuntime(async ({ deps }) => {
        const { importWorkspace } = await import("./workspace-io.ts");
        const counts = await importWorkspace(deps, file ? file.createReadStream({ autoClose: false }) : process.stdin);
        print(
          `Imported ${Object.entries(counts)
            .map(([t, n]) => `${n} ${t}`)
            .join(", ")}.`,
        );
      });
    } finally {
      await file?.close();
    }
  });

const report = program.command("report").description("reports on the service");
report
  .command("indicators")
  .description("the SLA's indicators for a period (the object of GET /api/v1/reports/indicators)")
  .requiredOption(
    "--from <iso>",
    "start of the period, included: a date (midnight UTC) or an ISO 8601 instant with an offset",
  )
  .requiredOption("--to <iso>", "end of the period, excluded")
  .option("--organization <name>", "only this client organization's tickets")
  .option("--priority <priority>", "only tickets of this priority: critical, high, medium or low")
  .option("--channel <channel>", "only tickets that came in on this channel (phone, email, portal, …)")
  .option("--format <format>", "json or csv", "json")
  .action(async (opts: ReportOptions) => {
    const { parseReportOptions, reportIndicators } = await import("./report.ts");
    const request = parseReportOptions(opts);
    // stdout carries the report alone: log lines would break the JSON or CSV.
    await withRuntime(({ deps }) => reportIndicators(deps, request, (text) => process.stdout.write(text)), {
      overrides: { LOG_LEVEL: "silent" },
    });
  });

report
  .command("rebuild-facts")
  .description("recompute every ticket's indicator facts from its history (after an indicator's definition changed)")
  .option("--batch <n>", "tickets per transaction", "500")
  .action((opts: { batch: string }) =>
    withRuntime(async ({ deps }) => {
      const batch = /^\d+$/.test(opts.batch) ? Number(opts.batch) : NaN;
      if (!(batch >= 1 && batch <= 10_000)) throw new UsageError("--batch must be a whole number from 1 to 10000.");
      const { rebuildIndicatorFacts } = await import("../reports/rebuild-indicator-facts.ts");
      const n = await rebuildIndicatorFacts(deps.db, { batch, progress: factsProgress });
      print(`Folded the indicator facts of ${n} tickets.`);
    }),
  );

report
  .command("pack")
  .description("a client organization's service review pack for a period, as a PDF file")
  .requiredOption("--organization <name>", "the client organization")
  .requiredOption("--from <iso>", "start of the period, included: a date (midnight UTC) or an ISO 8601 instant")
  .requiredOption("--to <iso>", "end of the period, excluded")
  .requiredOption("--out <file>", "where to write the PDF")
  .action(async (opts: { organization: string; from: string; to: string; out: string }) => {
    const { parsePackOptions, reportPack } = await import("./report-pack.ts");
    const command = parsePackOptions(opts);
    const bytes = await withRuntime(({ deps }) => reportPack(deps, command), { overrides: { LOG_LEVEL: "silent" } });
    print(`Wrote ${command.out} (${bytes} bytes).`);
  });

const kb = program.command("kb").description("the knowledge base");
kb.command("import")
  .description(
    "import a folder of Markdown articles (front matter: title, category, audience, tags, language); re-import updates",
  )
  .argument("<dir>", "folder of <key>.md and <key>.ur.md files, images beside them")
  .action(async (dir: string) => {
    const { kbImport } = await import("./kb.ts");
    const tty = process.stderr.isTTY;
    await withRuntime(({ deps }) =>
      kbImport(deps, dir, {
        line: (text) => {
          if (tty) process.stderr.write("\n");
          print(text);
        },
        ...(tty ? { progress: (text: string) => process.stderr.write(`\r${text}`) } : {}),
      }),
    );
  });
kb.command("export")
  .description("write every article as Markdown files (and their images) that `kb import` reads back")
  .argument("<dir>", "folder to write into (created when missing)")
  .action(async (dir: string) => {
    const { kbExport } = await import("./kb.ts");
    await withRuntime(({ deps }) => kbExport(deps, dir, print));
  });

const mail = program.command("mail").description("the email channel");
mail
  .command("ingest")
  .description(
    "take one raw RFC 5322 message on stdin (a mail server's pipe delivery); prints one JSON line with its outcome",
  )
  .action(async () => {
    const config = await loadConfig();
    const { outcomeLine, readMessage } = await import("./mail-ingest.ts");
    const raw = await readMessage(process.stdin, config.MAIL_MAX_BYTES);
    await withRuntime(
      async ({ deps }) => {
        // Like `start`: a fresh embedded workspace gets the SLA defaults and the demo (and its mailbox), so a first
        // mail has somewhere to go. Both check again under their locks; this read only spares every later message.
        const gaps = await (await import("../seed/workspace-gaps.store.ts")).workspaceGaps(deps.db);
        if (gaps.slaDefaults) await (await import("../sla/policy/ensure-sla-defaults.ts")).ensureSlaDefaults(deps);
        if (gaps.empty && config.SEED_DEMO === "true") await (await import("../seed/demo.ts")).seedDemoIfEmpty(deps);
        const { ingestMail } = await import("../channels/email/ingest-mail.ts");
        print(outcomeLine(await ingestMail(deps, { raw })));
      },
      { listen: false },
    );
  });

const sla = program.command("sla").description("SLA tools");
sla
  .command("calc")
  .description("business-time arithmetic: JSON lines in on stdin, one JSON line out per line (see README)")
  .action(async () => {
    const { runSlaCalc } = await import("./sla-calc.ts");
    process.exitCode = await runSlaCalc(process.stdin, process.stdout);
  });

const calendar = program.command("calendar").description("SLA support-hours calendars");
calendar
  .command("list")
  .description("every calendar with its time zone and versions")
  .action(() => withRuntime(async ({ deps }) => (await import("./sla-admin.ts")).calendarList(deps, print)));
calendar
  .command("show <name>")
  .description("a calendar's versions and the hours in force now")
  .option("--json", "print the definition in force (edit it and `calendar set` it back)")
  .action((name: string, opts: { json?: boolean }) =>
    withRuntime(async ({ deps }) => (await import("./sla-admin.ts")).calendarShow(deps, name, opts, print)),
  );
calendar
  .command("set <name>")
  .description("a new version of a calendar, in force now, from a JSON definition (creates the calendar if new)")
  .requiredOption(
    "--file <file>",
    'the definition: {timezone, weekly: {mon: [["09:00", "18:00"]], …}, holidays} or {timezone, always: true}',
  )
  .action(async (name: string, opts: { file: string }) => {
    const { calendarSet, readDefinitionFile } = await import("./sla-admin.ts");
    // Read first, so a wrong path or bad JSON is reported before the database opens.
    const definition = await readDefinitionFile(opts.file);
    await withRuntime(({ deps }) => calendarSet(deps, name, { definition, file: opts.file }, print));
  });

const policy = program.command("policy").description("SLA policies");
policy
  .command("list")
  .description("the policies in the order they are tried")
  .action(() => withRuntime(async ({ deps }) => (await import("./sla-admin.ts")).policyList(deps, print)));
policy
  .command("show <name>")
  .description("a policy's conditions, versions and targets in force")
  .option("--json", "print the definition in force")
  .action((name: string, opts: { json?: boolean }) =>
    withRuntime(async ({ deps }) => (await import("./sla-admin.ts")).policyShow(deps, name, opts, print)),
  );

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  // A failed query arrives wrapped in an error quoting the statement and its parameters: say what the database said.
  const cause = (error as { cause?: unknown }).cause;
  const reason = cause instanceof Error && /^Failed query/.test((error as Error).message) ? cause : (error as Error);
  const message = error instanceof ConfigError ? error.message : `frontline: ${reason.message.split("\n")[0]}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
