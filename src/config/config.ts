import { isIP } from "node:net";
import { z } from "zod";
import { telephonySettings } from "./telephony-settings.ts";
import { whatsappSettings } from "./whatsapp-settings.ts";
import { chatSettings } from "./chat-settings.ts";

const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

function isTrustProxy(raw: string): boolean {
  if (/^(true|false|\d+)$/.test(raw)) return true;
  return raw.split(",").every((item) => {
    const [address = "", prefix, extra] = item.trim().split("/");
    if (extra !== undefined) return false;
    if (PROXY_NAMES.has(address)) return prefix === undefined;
    const family = isIP(address);
    return (
      family !== 0 &&
      (prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128)))
    );
  });
}

/** TRUST_PROXY as Fastify's `trustProxy` takes it: a boolean, a hop count, or the addresses of trusted proxies. */
function trustProxyValue(raw: string): boolean | number | string {
  if (raw === "true" || raw === "false") return raw === "true";
  return /^\d+$/.test(raw) ? Number(raw) : raw.replace(/\s+/g, "");
}

/**
 * Every setting Frontline reads, with its description, default and whether it is secret.
 * This module is the only reader of process.env (see scripts/check-architecture.js).
 */
const settings = {
  PORT: {
    schema: z.coerce.number().int().min(0).max(65535).default(3000),
    description: "HTTP port to listen on",
    secret: false,
  },
  HOST: { schema: z.string().min(1).default("0.0.0.0"), description: "Interface to bind", secret: false },
  DATA_DIR: {
    schema: z.string().min(1).default("./data"),
    description: "Embedded database and attachments live here",
    secret: false,
  },
  DATABASE_URL: {
    schema: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
      .optional(),
    description: "PostgreSQL connection URL; when unset Frontline uses embedded PGlite in DATA_DIR",
    secret: true,
  },
  DATABASE_REPLICA_URL: {
    schema: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
      .optional(),
    description:
      "A PostgreSQL read replica of DATABASE_URL; ticket lists, view counts and reports read from it (they may lag by the replication delay)",
    secret: true,
  },
  DATABASE_POOL_SIZE: {
    schema: z.coerce.number().int().min(1).max(200).default(20),
    description: "PostgreSQL connections per process",
    secret: false,
  },
  PUBLIC_URL: {
    schema: z.string().url().optional(),
    description: "Externally visible base URL (links in mail)",
    secret: false,
  },
  LOG_LEVEL: {
    schema: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    description: "pino log level",
    secret: false,
  },
  BODY_LIMIT_BYTES: {
    schema: z.coerce.number().int().min(1024).default(1_048_576),
    description: "Largest JSON request body",
    secret: false,
  },
  ATTACHMENT_MAX_BYTES: {
    schema: z.coerce
      .number()
      .int()
      .min(1024)
      .default(20 * 1_048_576),
    description: "Largest attachment",
    secret: false,
  },
  TUTORIAL_VIDEO_MAX_BYTES: {
    schema: z.coerce
      .number()
      .int()
      .min(1024)
      .default(500 * 1_048_576),
    description: "Largest tutorial video upload (stored as it arrives, never held in memory whole)",
    secret: false,
  },
  SESSION_TTL_HOURS: {
    schema: z.coerce.number().int().min(1).default(12),
    description: "Session lifetime",
    secret: false,
  },
  COOKIE_SECURE: {
    schema: z.enum(["true", "false", "auto"]).default("auto"),
    description: "Secure flag on cookies; auto = on when PUBLIC_URL is https",
    secret: false,
  },
  RATE_LIMIT_PER_MINUTE: {
    schema: z.coerce.number().int().min(1).default(600),
    description: "Requests per minute per client on public endpoints",
    secret: false,
  },
  SIGN_IN_ACCOUNT_FAILURES: {
    schema: z.coerce.number().int().min(1).default(5),
    description:
      "Failed sign-ins to one account (any client, known or unknown address) within SIGN_IN_FAILURE_WINDOW_MINUTES before its password sign-in pauses",
    secret: false,
  },
  SIGN_IN_CLIENT_FAILURES: {
    schema: z.coerce.number().int().min(1).default(20),
    description:
      "Failed sign-ins from one client address (any account) within SIGN_IN_FAILURE_WINDOW_MINUTES before that client's sign-ins pause",
    secret: false,
  },
  SIGN_IN_FAILURE_WINDOW_MINUTES: {
    schema: z.coerce.number().int().min(1).max(1440).default(15),
    description:
      "How long a failed sign-in counts; a paused account or client may try again once enough failures are this old",
    secret: false,
  },
  TRUST_PROXY: {
    schema: z
      .string()
      .refine(
        isTrustProxy,
        "true, false, a hop count, or a comma list of proxy addresses/CIDRs (or loopback, linklocal, uniquelocal)",
      )
      .default("false")
      .transform(trustProxyValue),
    description:
      "Behind a reverse proxy, which X-Forwarded-For hops to believe (Fastify trustProxy): false, true (any), a hop count, or proxy addresses/CIDRs such as 10.0.0.0/8,loopback. The client address that rate and sign-in limits count is then the real client's",
    secret: false,
  },
  FEEDBACK_RATE_LIMIT_PER_MINUTE: {
    schema: z.coerce.number().int().min(1).default(30),
    description: "Requests per minute per client on the public survey and suggestion pages",
    secret: false,
  },
  CONSULTATION_RATE_LIMIT_PER_HOUR: {
    schema: z.coerce.number().int().min(1).default(10),
    description: "Consultation requests per hour per client on the public form",
    secret: false,
  },
  ...chatSettings,
  ROLES: {
    schema: z
      .string()
      .regex(/^(web|worker|mail)(,(web|worker|mail))*$/, "comma list of web,worker,mail")
      .default("web,worker,mail"),
    description:
      "Process roles started by `frontline start`: web (HTTP), worker (timers and jobs), mail (the built-in SMTP listener)",
    secret: false,
  },
  PROCESSES: {
    schema: z
      .string()
      .regex(/^(auto|[1-9][0-9]?)$/, "a whole number from 1 to 99, or auto (one per core)")
      .default("1"),
    description:
      "How many processes `frontline start` runs (node:cluster, sharing the HTTP and SMTP ports; auto = one per core). PostgreSQL only: DATABASE_POOL_SIZE is split between them",
    secret: false,
  },
  REFERENCE_CACHE_MS: {
    schema: z.coerce.number().int().min(0).max(60_000).default(5_000),
    description:
      "How long a process reuses reference data and credentials it read (0 = always read); other processes see admin changes within this time",
    secret: false,
  },
  RESPONSE_CHECKS: {
    schema: z.enum(["true", "false"]).default("false"),
    description:
      "Validate every API response against its schema with zod, and check the compiled serializer gives the same JSON (slower; on in the test suite)",
    secret: false,
  },
  WEB_APP: {
    schema: z.enum(["true", "false"]).default("true"),
    description: "Serve the browser app at / (built from web/ at start when missing or out of date)",
    secret: false,
  },
  SEED_DEMO: {
    schema: z.enum(["true", "false"]).default("true"),
    description: "Seed the demo workspace when the database is empty",
    secret: false,
  },
  SMTP_URL: {
    schema: z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
      .optional(),
    description:
      "Mail server for email notifications (smtp://user:pass@host:587, smtps:// for TLS); unset: email notifications fail visibly",
    secret: true,
  },
  ...whatsappSettings,
  METRICS_PORT: {
    schema: z.coerce.number().int().min(0).max(65535).optional(),
    description:
      "Port of the admin-only Prometheus listener (GET /metrics without credentials, bound to METRICS_HOST); unset: no listener, and /metrics on PORT needs a token with the metrics scope",
    secret: false,
  },
  METRICS_HOST: {
    schema: z.string().min(1).default("127.0.0.1"),
    description: "Interface the metrics listener binds: keep it where only operators and Prometheus reach",
    secret: false,
  },
  SMTP_LISTEN_PORT: {
    schema: z.coerce.number().int().min(0).max(65535).default(2525),
    description:
      "Port of the built-in SMTP listener (the mail role) that takes mail for our mailboxes; 0 picks a free one",
    secret: false,
  },
  SMTP_LISTEN_HOST: {
    schema: z.string().min(1).default("0.0.0.0"),
    description: "Interface the built-in SMTP listener binds",
    secret: false,
  },
  MAIL_MAX_BYTES: {
    schema: z.coerce
      .number()
      .int()
      .min(1024)
      .default(25 * 1_048_576),
    description:
      "Largest inbound mail: the SMTP listener refuses a bigger one with 552 during DATA, `mail ingest` exits non-zero",
    secret: false,
  },
  MAIL_ACK_PER_HOUR: {
    schema: z.coerce.number().int().min(0).default(5),
    description:
      "Acknowledgements of new mail requests sent to one sender per hour at most (a mail loop cannot make more)",
    secret: false,
  },
  SMTP_TLS_CERT: {
    schema: z.string().min(1).optional(),
    description:
      "PEM certificate (chain) file for STARTTLS on the built-in SMTP listener; with SMTP_TLS_KEY. Unset: no STARTTLS",
    secret: false,
  },
  SMTP_TLS_KEY: {
    schema: z.string().min(1).optional(),
    description: "PEM private key file for SMTP_TLS_CERT",
    secret: false,
  },
  SMTP_AUTH_USER: {
    schema: z.string().min(1).max(320).optional(),
    description:
      "When set (with SMTP_AUTH_PASSWORD), the SMTP listener takes mail only from a relay that AUTHenticates as this user",
    secret: false,
  },
  SMTP_AUTH_PASSWORD: {
    schema: z.string().min(1).max(1024).optional(),
    description: "Password for SMTP_AUTH_USER",
    secret: true,
  },
  ...telephonySettings,
  IMAP_POLL_SECONDS: {
    schema: z.coerce.number().int().min(1).max(3600).default(60),
    description:
      "How often the mail role polls IMAP mailboxes (IDLE brings new mail sooner where the server has it); a lease lasts 3 rounds",
    secret: false,
  },
  MAIL_FROM: {
    schema: z.string().min(3).default("Frontline <frontline@localhost>"),
    description: "From address of notification mail",
    secret: false,
  },
  WEBHOOK_SECRET: {
    schema: z.string().min(16, "must be at least 16 characters").optional(),
    description: "Signs webhook bodies: x-frontline-signature = sha256=HMAC-SHA256(secret, body) in hex",
    secret: true,
  },
  WEBHOOK_TIMEOUT_MS: {
    schema: z.coerce.number().int().min(100).max(120_000).default(10_000),
    description: "How long a webhook receiver may take to answer",
    secret: false,
  },
} as const;

type Settings = typeof settings;
export type Config = { [K in keyof Settings]: z.output<Settings[K]["schema"]> };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses settings from an environment map, listing every problem at once. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, setting] of Object.entries(settings)) {
    const raw = env[key] === "" ? undefined : env[key];
    const parsed = setting.schema.safeParse(raw);
    if (parsed.success) out[key] = parsed.data;
    else problems.push(`${key}: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  // Settings that only mean something together.
  for (const [a, b] of [
    ["SMTP_TLS_CERT", "SMTP_TLS_KEY"],
    ["SMTP_AUTH_USER", "SMTP_AUTH_PASSWORD"],
  ] as const) {
    if (Boolean(out[a]) !== Boolean(out[b])) problems.push(`${out[a] ? b : a}: required when ${out[a] ? a : b} is set`);
  }
  // A replica copies a PostgreSQL primary; the embedded database has none.
  if (out.DATABASE_REPLICA_URL && !out.DATABASE_URL) problems.push("DATABASE_REPLICA_URL: requires DATABASE_URL");
  // PGlite is one process holding its data directory; several would each open it.
  if (out.PROCESSES !== undefined && out.PROCESSES !== "1" && !out.DATABASE_URL)
    problems.push(
      "PROCESSES: the embedded database (PGlite, no DATABASE_URL) runs in one process; use 1, or set DATABASE_URL to a PostgreSQL to run several",
    );
  if (problems.length > 0) throw new ConfigError(problems);
  return out as Config;
}

/** Describes every setting for the README and `frontline config`. */
export function describeSettings(): Array<{ name: string; description: string; secret: boolean; default: unknown }> {
  return Object.entries(settings).map(([name, s]) => {
    const d = s.schema.safeParse(undefined);
    return { name, description: s.description, secret: s.secret, default: d.success ? d.data : undefined };
  });
}

/** Loads .env (when present) under the real environment, then parses. */
export async function loadConfig(overrides: Partial<Record<keyof Settings, string>> = {}): Promise<Config> {
  const dotenv = await import("dotenv");
  dotenv.config({ quiet: true });
  return parseConfig({ ...process.env, ...overrides });
}

/** Test-only environment knobs, read here so nothing else touches process.env. */
export function testEnvironment(): {
  testDatabaseUrl: string | undefined;
  chromiumPath: string | undefined;
  testBrowser: string;
  updateScreenshots: boolean;
  childEnv: Record<string, string>;
} {
  return {
    testDatabaseUrl: process.env.TEST_DATABASE_URL || undefined,
    // The browser tests' Chromium: CHROMIUM_PATH, else /usr/bin/chromium, else the one @sparticuz/chromium ships
    // (test/support/chromium.ts); FRONTLINE_TEST_BROWSER=npm skips the first two, to test that path anywhere.
    chromiumPath: process.env.CHROMIUM_PATH || undefined,
    testBrowser: process.env.FRONTLINE_TEST_BROWSER || "auto",
    // UPDATE_SCREENSHOTS=1: the browser tests also copy their screenshots into docs/screenshots/.
    updateScreenshots: process.env.UPDATE_SCREENSHOTS === "1",
    // What a test passes on to a `frontline` child process: the environment minus every Frontline setting,
    // so the developer's own PORT, DATABASE_URL or DATA_DIR never leak into it.
    childEnv: Object.fromEntries(
      Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !(e[0] in settings)),
    ),
  };
}

/**
 * Runs `fn` with NODE_ENV=production and puts the old value back. Vite decides from NODE_ENV whether to bundle
 * React's production build and JSX transform; a build started by the test runner (NODE_ENV=test) must still
 * produce what `npm start` serves.
 */
export async function withProductionNodeEnv<T>(fn: () => Promise<T>): Promise<T> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}

/**
 * Runs `fn` with TMPDIR set to `dir` and puts the old value back: @sparticuz/chromium unpacks its browser into
 * os.tmpdir(), and the test harness wants it in a folder of its own (test/support/chromium.ts).
 */
export async function withTmpDir<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  }
}
