import { ensureRemoteTools } from "../channels/remote/ensure-remote-tools.ts";
import { ensureChatChannels } from "../channels/chat/ensure-chat-channels.ts";
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Config } from "../config/config.ts";
import { buildApp } from "../app.ts";
import { WEB_BUILD } from "../platform/package-root.ts";
import { openRuntime } from "../runtime.ts";
import { seedDemoIfEmpty } from "../seed/demo.ts";
import { startWorker } from "../platform/jobs/worker.ts";
import { ensureSlaDefaults } from "../sla/policy/ensure-sla-defaults.ts";
import { UsageError } from "./usage-error.ts";
import { workspaceMetrics } from "../metrics.ts";
import { startMetricsListener } from "../platform/metrics/metrics-listener.ts";
import { backgroundTasks, WORKER_POLL_MS } from "./worker.ts";
import { startMailListener } from "../channels/email/mail-listener.ts";
import { startImapPoller } from "../channels/email/imap-poller.ts";
import { announce, stopWithPrimary } from "./cluster.ts";

/** `frontline start`: migrate, seed the demo into an empty workspace, serve HTTP until a signal. */
export async function start(config: Config, print: (line: string) => void): Promise<void> {
  // Built at install (`prepare`) and by `npm run build`, never here: a server starts in a second and never runs Vite.
  if (
    config.ROLES.split(",").includes("web") &&
    config.WEB_APP === "true" &&
    !existsSync(path.join(WEB_BUILD, "index.html"))
  ) {
    throw new UsageError(
      `The web app is not built (no ${WEB_BUILD}): run \`npm run build\`, or set WEB_APP=false to serve only the API.`,
    );
  }
  const runtime = await openRuntime(config);
  const { deps } = runtime;
  const roles = new Set(config.ROLES.split(","));
  await ensureSlaDefaults(deps);
  await ensureRemoteTools(deps);
  await ensureChatChannels(deps);
  // Safe when several processes start together: exactly one seeds, the others find the workspace seeded.
  const demo = config.SEED_DEMO === "true" ? await seedDemoIfEmpty(deps) : undefined;

  // SLA timers and the job queue (mail, webhooks); on PGlite this is the only process that may run them.
  const background = roles.has("worker") ? backgroundTasks(deps) : undefined;
  const worker = background ? startWorker(background.tasks, { pollMs: WORKER_POLL_MS, log: deps.log }) : undefined;
  const metrics = workspaceMetrics(deps, () => runtime.database.poolUse());
  const app = roles.has("web") ? await buildApp(deps, metrics) : undefined;
  if (app) await app.listen({ port: config.PORT, host: config.HOST });
  // Prometheus without credentials, on an interface of its own (loopback unless METRICS_HOST says otherwise).
  const metricsListener =
    config.METRICS_PORT === undefined
      ? undefined
      : await startMetricsListener(metrics, { host: config.METRICS_HOST, port: config.METRICS_PORT }, (err) =>
          deps.log.error({ err }, "metrics scrape failed"),
        );
  // The built-in SMTP listener: mail to our mailboxes becomes tickets (answered 250 once committed).
  const mail = roles.has("mail") ? await startMailListener(deps) : undefined;
  // IMAP mailboxes: each polled by exactly one mail-role process (a lease row), kept in IDLE between rounds.
  const imapMs = config.IMAP_POLL_SECONDS * 1000;
  const imap = roles.has("mail") ? startImapPoller(deps, { intervalMs: imapMs, leaseMs: 3 * imapMs }) : undefined;
  const url = config.PUBLIC_URL ?? (app ? localUrl(app.server.address(), config) : "");

  // One write for the whole banner, so whoever reads it (a person, a supervisor, a test) sees it complete.
  const banner = [
    `Frontline is running on ${deps.engine === "pglite" ? `embedded PGlite (${config.DATA_DIR})` : "PostgreSQL"}.`,
  ];
  if (app) banner.push(`  App:      ${url}`, `  API docs: ${url}/api/docs`);
  if (mail) banner.push(`  Mail in:  smtp://${config.SMTP_LISTEN_HOST}:${mail.port}`);
  if (metricsListener) banner.push(`  Metrics:  http://${config.METRICS_HOST}:${metricsListener.port}/metrics`);
  if (demo) {
    banner.push("", `Demo workspace seeded. Every demo account's password is: ${demo.password}`);
    for (const s of demo.signIns) banner.push(`  ${s.role.padEnd(9)} ${s.email.padEnd(36)} ${s.name}`);
  }
  announce(banner.join("\n"), print);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app?.close();
    await metricsListener?.close();
    await mail?.close();
    await imap?.close();
    await worker?.stop();
    await background?.close();
    await runtime.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  stopWithPrimary(() => void stop());
}

/** The URL the server answers on: the bound port (PORT=0 picks one), on the bound host unless it is a wildcard. */
function localUrl(address: AddressInfo | string | null, config: Config): string {
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const wildcard = ["0.0.0.0", "::", "[::]"].includes(config.HOST);
  const host = wildcard
    ? "localhost"
    : config.HOST.includes(":") && !config.HOST.startsWith("[")
      ? `[${config.HOST}]`
      : config.HOST;
  return `http://${host}:${port}`;
}
