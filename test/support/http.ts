import type { LightMyRequestResponse } from "fastify";
import { afterEach, beforeEach } from "vitest";
import { buildApp } from "../../src/app.ts";
import type { Config } from "../../src/config/config.ts";
import { SESSION_COOKIE } from "../../src/identity/session.routes.ts";
import { apiTokens, sessions } from "../../src/identity/identity.tables.ts";
import { randomSecret, sha256 } from "../../src/identity/secrets.ts";
import type { HttpServer } from "../../src/platform/http/server.ts";
import type { TokenScope } from "../../src/shared/enums.ts";
import type { TestDeps } from "./db.ts";

/** A signed-in browser: the cookie and CSRF token a real sign-in would give. */
export type Browser = { cookie: string; csrf: string };

export async function sessionFor(deps: TestDeps, personId: string): Promise<Browser> {
  const token = randomSecret();
  const csrf = randomSecret();
  const now = deps.clock.now();
  await deps.db.insert(sessions).values({
    id: sha256(token),
    personId,
    csrfToken: csrf,
    createdAt: now,
    expiresAt: new Date(now.getTime() + 3_600_000),
  });
  return { cookie: `${SESSION_COOKIE}=${token}`, csrf };
}

export async function tokenFor(deps: TestDeps, personId: string, scopes: TokenScope[]): Promise<string> {
  const token = `fl_${randomSecret()}`;
  await deps.db
    .insert(apiTokens)
    .values({ personId, name: "test", tokenHash: sha256(token), prefix: token.slice(0, 8), scopes });
  return token;
}

type Call = {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  url: string;
  body?: unknown;
  as?: Browser | string;
  headers?: Record<string, string>;
};

/** Sends a request as a browser session (with CSRF) or a Bearer token. */
export async function call(app: HttpServer, c: Call): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...c.headers };
  if (typeof c.as === "string") headers.authorization = `Bearer ${c.as}`;
  else if (c.as) {
    headers.cookie = c.as.cookie;
    if (c.method !== "GET") headers["x-csrf-token"] = c.as.csrf;
  }
  return app.inject({
    method: c.method,
    url: c.url,
    headers,
    ...(c.body !== undefined ? { payload: c.body as object } : {}),
  });
}

/** A multipart/form-data body with one file part, as a browser's upload form sends it. */
export function multipartFile(file: {
  filename: string;
  bytes: Buffer | string;
  contentType?: string;
  field?: string;
}): { body: Buffer; contentType: string } {
  const boundary = "----frontline-test-boundary";
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? "file"}"; filename="${file.filename}"\r\n` +
    `Content-Type: ${file.contentType ?? "application/octet-stream"}\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head), Buffer.from(file.bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Uploads one file (POST unless told) as a browser session or a Bearer token. */
export async function upload(
  app: HttpServer,
  c: {
    url: string;
    as?: Browser | string;
    filename: string;
    bytes: Buffer | string;
    contentType?: string;
    method?: "POST" | "PUT";
  },
): Promise<LightMyRequestResponse> {
  const { body, contentType } = multipartFile(c);
  const method = c.method ?? "POST";
  return call(app, { method, url: c.url, as: c.as, body, headers: { "content-type": contentType } });
}

/** Builds the app over the suite's deps (with any settings overridden) before each test and closes it after. */
export function withApp(ctx: { deps: TestDeps }, settings: Partial<Config> = {}): { app: HttpServer } {
  const holder = {} as { app: HttpServer };
  beforeEach(async () => {
    holder.app = await buildApp({ ...ctx.deps, config: { ...ctx.deps.config, ...settings } });
    await holder.app.ready();
  });
  afterEach(async () => {
    await holder.app.close();
  });
  return holder;
}
