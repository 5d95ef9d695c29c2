import type { Deps } from "./context.ts";
import type { PoolUse } from "./platform/db/database.ts";
import { jobBacklog } from "./platform/jobs/jobs.store.ts";
import { createMetrics, type Metrics, type SnapshotGauge } from "./platform/metrics/metrics.ts";
import { earliestDue, openClockCounts } from "./sla/clock/ticket-sla.store.ts";
import { countTicketsByStatusAndPriority } from "./tickets/ticket/ticket.store.ts";

/** One scrape's view of the workspace, read from the database in one go. */
type Workspace = {
  tickets: Awaited<ReturnType<typeof countTicketsByStatusAndPriority>>;
  clocks: Awaited<ReturnType<typeof openClockCounts>>;
  earliestDue: Date | null;
  jobs: Awaited<ReturnType<typeof jobBacklog>>;
  at: number;
};

/** Several Prometheus servers (or a scrape every second) read the database once per this many milliseconds. */
export const METRICS_CACHE_MS = 5_000;

const GAUGES: ReadonlyArray<SnapshotGauge<Workspace>> = [
  {
    name: "frontline_tickets",
    help: "Tickets by status and priority",
    labelNames: ["status", "priority"],
    read: (w) => w.tickets.map((r) => ({ labels: { status: r.status, priority: r.priority }, value: r.count })),
  },
  {
    name: "frontline_sla_clocks",
    help: "Resolution clocks of open tickets: running or paused (waiting on the customer)",
    labelNames: ["state"],
    read: (w) => [
      { labels: { state: "running" }, value: w.clocks.running },
      { labels: { state: "paused" }, value: w.clocks.paused },
    ],
  },
  {
    name: "frontline_sla_breached_open_tickets",
    help: "Open tickets with a breached SLA clock",
    read: (w) => [{ value: w.clocks.breached }],
  },
  {
    name: "frontline_sla_timer_lag_seconds",
    help: "How long the oldest due SLA timer (warning, breach, escalation) has waited to be fired; 0 when none is due",
    read: (w) => [{ value: w.earliestDue ? Math.max(0, (w.at - w.earliestDue.getTime()) / 1000) : 0 }],
  },
  {
    name: "frontline_outbox_jobs",
    help: "Outbox jobs (mail, webhooks): pending (waiting to run or be retried) and failed (gave up)",
    labelNames: ["state"],
    read: (w) => [
      { labels: { state: "pending" }, value: w.jobs.pending },
      { labels: { state: "failed" }, value: w.jobs.failed },
    ],
  },
];

/** This process's metrics: the workspace's gauges read at scrape time, request latency, the database pool. */
export function workspaceMetrics(deps: Pick<Deps, "db" | "clock">, poolUse: () => PoolUse | null): Metrics {
  const now = () => deps.clock.now().getTime();
  return createMetrics<Workspace>({
    load: async () => {
      const [tickets, clocks, due, jobs] = await Promise.all([
        countTicketsByStatusAndPriority(deps.db),
        openClockCounts(deps.db),
        earliestDue(deps.db),
        jobBacklog(deps.db),
      ]);
      return { tickets, clocks, earliestDue: due, jobs, at: now() };
    },
    gauges: GAUGES,
    poolUse,
    cacheMs: METRICS_CACHE_MS,
    now,
  });
}
