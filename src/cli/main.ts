import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { ConfigError, loadConfig } from "../config/config.ts";
import { migrate } from "../platform/db/migrate.ts";
import { openRuntime } from "../runtime.ts";
import { isEmptyWorkspace, seedDemo } from "../seed/demo.ts";
import { runSlaCalc } from "./sla-calc.ts";
import { start } from "./start.ts";
import { UsageError } from "./usage-error.ts";
import { createAdmin } from "../identity/create-admin.ts";
import { createToken } from "./token.ts";
import { exportWorkspace, importWorkspace } from "./workspace-io.ts";

const print = (line: string) => process.stdout.write(`${line}\n`);

/** Runs a command body with the runtime open, closing it afterwards. */
async function withRuntime<T>(body: (runtime: Awaited<ReturnType<typeof openRuntime>>) => Promise<T>, options = { migrate: true }): Promise<T> {
  const runtime = await openRuntime(await loadConfig(), options);
  try {
    return await body(runtime);
  } finally {
    await runtime.close();
  }
}

const program = new Command("frontline")
  .description("Frontline: open-source IT service desk")
  .version(JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version)
  .showHelpAfterError()
  .exitOverride();

program
  .command("start")
  .description("serve the app (migrates, seeds the demo into an empty workspace)")
  .option("--roles <roles>", "comma list of web,worker (default: both)")
  .option("--port <port>", "HTTP port (overrides PORT)")
  .action(async (opts: { roles?: string; port?: string }) => {
    const config = await loadConfig({ ...(opts.roles ? { ROLES: opts.roles } : {}), ...(opts.port ? { PORT: opts.port } : {}) });
    await start(config, print);
  });

program
  .command("migrate")
  .description("apply pending database migrations and exit")
  .action(() =>
    withRuntime(async ({ database }) => {
      const applied = await migrate(database);
      print(applied.length ? `Applied ${applied.join(", ")}.` : "The database is up to date.");
    }, { migrate: false }),
  );

program
  .command("seed-demo")
  .description("seed the demo workspace into an empty database")
  .action(() =>
    withRuntime(async ({ deps }) => {
      if (!(await isEmptyWorkspace(deps))) throw new UsageError("The workspace is not empty; the demo only seeds an empty database.");
      const demo = await seedDemo(deps);
      print(`Seeded. Password for every demo account: ${demo.password}`);
      for (const s of demo.signIns) print(`  ${s.role.padEnd(9)} ${s.email}`);
    }),
  );

program
  .command("create-admin")
  .description("create an administrator (reads the password from stdin)")
  .requiredOption("--email <email>", "sign-in email")
  .requiredOption("--name <name>", "full name")
  .option("--organization <name>", "the provider organization's name (created if missing)", "Help desk")
  .action((opts: { email: string; name: string; organization: string }) =>
    withRuntime(async ({ deps }) => {
      const password = readFileSync(0, "utf8").split("\n")[0] ?? "";
      const person = await createAdmin(deps, { ...opts, password });
      print(`Created admin ${person.email} (${person.id}).`);
    }),
  );

const token = program.command("token").description("API tokens for integrations");
token
  .command("create")
  .description("create an API token for a person; prints it once")
  .requiredOption("--email <email>", "whose rights the token carries")
  .requiredOption("--name <name>", "what the token is for")
  .option("--scopes <scopes>", "comma list of tickets:read,tickets:write,directory:read,directory:write,admin", "tickets:read,tickets:write")
  .option("--expires-days <days>", "lifetime in days (default: no expiry)")
  .action((opts: { email: string; name: string; scopes: string; expiresDays?: string }) =>
    withRuntime(async ({ deps }) => {
      const created = await createToken(deps, opts);
      print(created.token);
    }),
  );

program
  .command("export")
  .description("write the whole workspace as JSON lines (stdout, or --out FILE)")
  .option("--out <file>", "file to write")
  .action((opts: { out?: string }) => withRuntime(({ deps }) => exportWorkspace(deps, opts.out)));

program
  .command("import")
  .description("load a JSON-lines export into an empty database (stdin, or --in FILE)")
  .option("--in <file>", "file to read")
  .action((opts: { in?: string }) =>
    withRuntime(async ({ deps }) => {
      const counts = await importWorkspace(deps, opts.in);
      print(`Imported ${Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(", ")}.`);
    }),
  );

const sla = program.command("sla").description("SLA tools");
sla
  .command("calc")
  .description("business-time arithmetic: JSON lines in on stdin, one JSON line out per line (see README)")
  .action(async () => {
    process.exitCode = await runSlaCalc(process.stdin, process.stdout);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  const message = error instanceof ConfigError ? error.message : `frontline: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
