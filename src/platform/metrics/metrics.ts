import { Gauge, Histogram, Registry } from "prom-client";
import type { PoolUse } from "../db/database.ts";

/** One value of a gauge, with its labels. */
export type GaugeSample = { labels?: Record<string, string>; value: number };

/** A gauge read from a snapshot of the database taken at scrape time. */
export type SnapshotGauge<S> = {
  name: string;
  help: string;
  labelNames?: readonly string[];
  read(snapshot: S): GaugeSample[];
};

export type MetricsOptions<S> = {
  /** Reads everything the snapshot gauges show, in one go. */
  load(): Promise<S>;
  gauges: ReadonlyArray<SnapshotGauge<S>>;
  /** The database pool's use now; null for an engine without a pool (PGlite). */
  poolUse(): PoolUse | null;
  /** How long one snapshot answers every scrape (several scrapers, or Prometheus replicas, query the database once). */
  cacheMs: number;
  now(): number;
};

export type Metrics = {
  /** Every metric in the Prometheus text exposition format. */
  scrape(): Promise<string>;
  contentType: string;
  /** Records one answered HTTP request under its route pattern (never its URL: ids would explode the series). */
  observeRequest(method: string, route: string, status: number, seconds: number): void;
};

/** Latency buckets in seconds: a 5 ms read to a 10 s export. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Keeps one snapshot (or the one being read) for cacheMs; a failed read is not kept. */
function cachedSnapshot<S>(load: () => Promise<S>, cacheMs: number, now: () => number): () => Promise<S> {
  let cached: { at: number; value: Promise<S> } | null = null;
  return () => {
    if (cached && now() - cached.at < cacheMs) return cached.value;
    const value = load();
    const entry = { at: now(), value };
    cached = entry;
    value.catch(() => {
      if (cached === entry) cached = null;
    });
    return value;
  };
}

/**
 * A process's Prometheus registry: request latency histograms by route, the database pool's use, and gauges
 * computed from the database when scraped (one cached snapshot shared by every gauge and every scraper).
 */
export function createMetrics<S>(options: MetricsOptions<S>): Metrics {
  const registry = new Registry();
  const snapshot = cachedSnapshot(options.load, options.cacheMs, options.now);
  for (const spec of options.gauges) {
    new Gauge({
      name: spec.name,
      help: spec.help,
      labelNames: [...(spec.labelNames ?? [])],
      registers: [registry],
      async collect() {
        const samples = spec.read(await snapshot());
        this.reset();
        for (const s of samples) {
          if (s.labels) this.set(s.labels, s.value);
          else this.set(s.value);
        }
      },
    });
  }
  new Gauge({
    name: "frontline_db_pool_connections",
    help: "PostgreSQL pool connections of this process by state (total open, idle, waiting requests, max)",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      this.reset();
      const use = options.poolUse();
      if (!use) return;
      for (const [state, value] of Object.entries(use)) this.set({ state }, value);
    },
  });
  const requests = new Histogram({
    name: "frontline_http_request_duration_seconds",
    help: "HTTP request latency by method, route pattern and status code",
    labelNames: ["method", "route", "status_code"],
    buckets: BUCKETS,
    registers: [registry],
  });
  return {
    scrape: () => registry.metrics(),
    contentType: registry.contentType,
    observeRequest: (method, route, status, seconds) =>
      requests.observe({ method, route, status_code: String(status) }, seconds),
  };
}
