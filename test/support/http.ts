import type { LightMyRequestResponse } from "fastify";
import { afterEach, beforeEach } from "vitest";
import { buildApp } from "../../src/app.ts";
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
  await deps.db.insert(sessions).values({ id: sha256(token), personId, csrfToken: csrf, createdAt: now, expiresAt: new Date(now.getTime() + 3_600_000) });
  return { cookie: `${SESSION_COOKIE}=${token}`, csrf };
}

export async function tokenFor(deps: TestDeps, personId: string, scopes: TokenScope[]): Promise<string> {
  const token = `fl_${randomSecret()}`;
  await deps.db.insert(apiTokens).values({ personId, name: "test", tokenHash: sha256(token), prefix: token.slice(0, 8), scopes });
  return token;
}

type Call = { method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE"; url: string; body?: unknown; as?: Browser | string; headers?: Record<string, string> };

/** Sends a request as a browser session (with CSRF) or a Bearer token. */
export async function call(app: HttpServer, c: Call): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...c.headers };
  if (typeof c.as === "string") headers.authorization = `Bearer ${c.as}`;
  else if (c.as) {
    headers.cookie = c.as.cookie;
    if (c.method !== "GET") headers["x-csrf-token"] = c.as.csrf;
  }
  return app.inject({ method: c.method, url: c.url, headers, ...(c.body !== undefined ? { payload: c.body as object } : {}) });
}

/** Builds the app over the suite's deps before each test and closes it after. */
export function withApp(ctx: { deps: TestDeps }): { app: HttpServer } {
  const holder = {} as { app: HttpServer };
  beforeEach(async () => {
    holder.app = await buildApp(ctx.deps);
    await holder.app.ready();
  });
  afterEach(async () => {
    await holder.app.close();
  });
  return holder;
}
