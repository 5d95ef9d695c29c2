import type { Config } from "../config/config.ts";
import { buildApp } from "../app.ts";
import { openRuntime } from "../runtime.ts";
import { isEmptyWorkspace, seedDemo } from "../seed/demo.ts";

/** `frontline start`: migrate, seed the demo into an empty workspace, serve HTTP until a signal. */
export async function start(config: Config, print: (line: string) => void): Promise<void> {
  const runtime = await openRuntime(config);
  const { deps } = runtime;
  const roles = new Set(config.ROLES.split(","));
  let demo: Awaited<ReturnType<typeof seedDemo>> | undefined;
  if (config.SEED_DEMO === "true" && (await isEmptyWorkspace(deps))) demo = await seedDemo(deps);

  const app = roles.has("web") ? await buildApp(deps) : undefined;
  if (app) await app.listen({ port: config.PORT, host: config.HOST });
  const address = app?.server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const url = config.PUBLIC_URL ?? `http://localhost:${port}`;

  print(`Frontline is running on ${deps.engine === "pglite" ? `embedded PGlite (${config.DATA_DIR})` : "PostgreSQL"}.`);
  if (app) print(`  App:      ${url}\n  API docs: ${url}/api/docs`);
  if (demo) {
    print(`\nDemo workspace seeded. Every demo account's password is: ${demo.password}`);
    for (const s of demo.signIns) print(`  ${s.role.padEnd(9)} ${s.email.padEnd(36)} ${s.name}`);
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app?.close();
    await runtime.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
