import { afterEach, expect, it } from "vitest";
import { describeEachEngine } from "../test/support/db.ts";
import { buildWorkspace, ticketInput } from "../test/support/factories.ts";
import { call, sessionFor, tokenFor } from "../test/support/http.ts";
import { buildApp } from "./app.ts";
import { METRICS_CACHE_MS, workspaceMetrics } from "./metrics.ts";
import type { HttpServer } from "./platform/http/server.ts";
import { enqueue } from "./platform/jobs/jobs.store.ts";
import { jobs } from "./platform/jobs/jobs.tables.ts";
import { startMetricsListener, type MetricsListener } from "./platform/metrics/metrics-listener.ts";
import { ensureSlaDefaults } from "./sla/policy/ensure-sla-defaults.ts";
import { addNote } from "./tickets/conversation/add-note.ts";
import { createTicket } from "./tickets/ticket/create-ticket.ts";
import { updateTicket } from "./tickets/ticket/update-ticket.ts";

type Sample = { name: string; labels: Record<string, string>; value: number };

/** The Prometheus text format, read strictly: every sample belongs to a metric announced by # HELP and # TYPE. */
function parse(text: string): Sample[] {
  const typed = new Set<string>();
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)$/.exec(line);
    if (meta) {
      if (meta[1] === "TYPE") typed.add(meta[2]!);
      continue;
    }
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not a sample: ${line}`);
    const name = m[1]!;
    if (![...typed].some((t) => name === t || name.startsWith(`${t}_`))) throw new Error(`untyped sample: ${line}`);
    const labels = Object.fromEntries(
      [...(m[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1]!, l[2]!]),
    );
    samples.push({ name, labels, value: Number(m[3]) });
  }
  return samples;
}

const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

describeEachEngine("GET /metrics", (ctx) => {
  let app: HttpServer | undefined;
  let listener: MetricsListener | undefined;
  afterEach(async () => {
    await listener?.close();
    await app?.close();
    listener = app = undefined;
  });

  // Monday 2026-03-02 09:00Z (14:00 in Karachi, within support hours), on the Standard SLA.
  async function setup() {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const metrics = workspaceMetrics(ctx.deps, () => ({ total: 3, idle: 2, waiting: 0, max: 10 }));
    app = await buildApp(ctx.deps, metrics);
    const placed = { requesterId: w.requester.personId, groupId: w.group.id, assigneeId: w.agent.personId };
    // Critical: 5 minutes to a response on 24×7, its first warning (50 %) due at 09:02:30.
    const critical = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ ...placed, priority: "critical", priorityReason: "Whole floor offline" }),
    );
    const waiting = await createTicket(ctx.deps, w.agent, ticketInput(placed));
    await createTicket(ctx.deps, w.agent, ticketInput(placed));
    await updateTicket(ctx.deps, w.agent, waiting.id, { version: 1, status: "pending" });
    ctx.deps.clock.advance(10 * 60_000);
    // An event refolds the critical ticket's clocks at 09:10: its response clock has breached.
    await addNote(ctx.deps, w.agent, critical.id, { body: "Looking at the switch." });
    await ctx.deps.db.delete(jobs);
    await enqueue(ctx.deps.db, { kind: "mail", payload: {} });
    await ctx.deps.db.insert(jobs).values({ kind: "mail", payload: {}, failedAt: ctx.deps.clock.now() });
    return { w, metrics, critical };
  }

  it("answers a token with the metrics scope in the Prometheus text format, with the seeded state's values", async () => {
    const s = await setup();
    const token = await tokenFor(ctx.deps, s.w.admin.personId, ["metrics", "tickets:read"]);
    const read = await call(app!, { method: "GET", url: `/api/v1/tickets/${s.critical.id}`, as: token });
    expect(read.statusCode).toBe(200);
    const res = await call(app!, { method: "GET", url: "/metrics", as: token });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toContain("text/plain; version=0.0.4");
    const samples = parse(res.body);
    expect(value(samples, "frontline_tickets", { status: "new", priority: "critical" })).toBe(1);
    expect(value(samples, "frontline_tickets", { status: "new", priority: "medium" })).toBe(1);
    expect(value(samples, "frontline_tickets", { status: "pending", priority: "medium" })).toBe(1);
    expect(value(samples, "frontline_sla_clocks", { state: "running" })).toBe(2);
    expect(value(samples, "frontline_sla_clocks", { state: "paused" })).toBe(1);
    expect(value(samples, "frontline_sla_breached_open_tickets")).toBe(1);
    // The critical ticket's first warning was due at 09:02:30 and no worker ran: 7.5 minutes late at 09:10.
    expect(value(samples, "frontline_sla_timer_lag_seconds")).toBe(450);
    expect(value(samples, "frontline_outbox_jobs", { state: "pending" })).toBe(1);
    expect(value(samples, "frontline_outbox_jobs", { state: "failed" })).toBe(1);
    expect(value(samples, "frontline_db_pool_connections", { state: "idle" })).toBe(2);
    // Latency by the route's pattern, never by its URL.
    const byRoute = { method: "GET", route: "/api/v1/tickets/:id", status_code: "200" };
    expect(value(samples, "frontline_http_request_duration_seconds_count", byRoute)).toBe(1);
    expect(samples.some((x) => x.labels.route?.includes(s.critical.id))).toBe(false);
  });

  it("reads the database once per few seconds however often it is scraped", async () => {
    const s = await setup();
    const count = async () =>
      value(parse(await s.metrics.scrape()), "frontline_tickets", { status: "new", priority: "medium" });
    expect(await count()).toBe(1);
    await createTicket(ctx.deps, s.w.agent, ticketInput({ requesterId: s.w.requester.personId }));
    expect(await count()).toBe(1);
    ctx.deps.clock.advance(METRICS_CACHE_MS);
    expect(await count()).toBe(2);
  });

  it("refuses anyone without a metrics token: 401 without a token or with a session, 403 with another scope", async () => {
    const s = await setup();
    expect((await call(app!, { method: "GET", url: "/metrics" })).statusCode).toBe(401);
    const session = await sessionFor(ctx.deps, s.w.admin.personId);
    expect((await call(app!, { method: "GET", url: "/metrics", as: session })).statusCode).toBe(401);
    const reader = await tokenFor(ctx.deps, s.w.admin.personId, ["tickets:read"]);
    expect((await call(app!, { method: "GET", url: "/metrics", as: reader })).json()).toMatchObject({
      status: 403,
      code: "SCOPE_MISSING",
    });
    // Only an admin may hand out a metrics token.
    const agent = await sessionFor(ctx.deps, s.w.agent.personId);
    const issued = await call(app!, {
      method: "POST",
      url: "/api/v1/tokens",
      as: agent,
      body: { name: "Prometheus", scopes: ["metrics"] },
    });
    expect(issued.json()).toMatchObject({ status: 403, code: "SCOPE_NOT_ALLOWED" });
  });

  it("serves the same text without credentials on the admin-only listener, and nothing else there", async () => {
    const s = await setup();
    listener = await startMetricsListener(s.metrics, { host: "127.0.0.1", port: 0 }, () => undefined);
    const res = await fetch(`http://127.0.0.1:${listener.port}/metrics`);
    expect(res.status).toBe(200);
    expect(value(parse(await res.text()), "frontline_outbox_jobs", { state: "failed" })).toBe(1);
    expect((await fetch(`http://127.0.0.1:${listener.port}/api/v1/tickets`)).status).toBe(404);
  });
});
