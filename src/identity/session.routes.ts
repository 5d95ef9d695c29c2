import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Deps } from "../context.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { storableText } from "../shared/storable-text.ts";
import type { Actor } from "./actor.ts";
import { authenticateSession, authenticateToken } from "./authenticate.ts";
import { deleteSession } from "./credentials.store.ts";
import { identityError } from "./identity.errors.ts";
import { sha256 } from "./secrets.ts";
import { signIn } from "./sign-in.ts";
import { changeOwnPassword } from "./change-own-password.ts";
import { MIN_PASSWORD_LENGTH } from "./create-person.ts";
import { findSessionUnscoped } from "./credentials.store.ts";

export const SESSION_COOKIE = "frontline_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the authentication hook on every /api/v1 route that is not public. */
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
    /**
     * With `public`: a signed-in caller is still recognised (content open to everyone, with more for people who
     * sign in). A session that has expired reads as nobody signed in; a bad Bearer token is still refused.
     */
    signInOptional?: boolean;
  }
}

/** The signed-in actor of a request; routes behind authentication always have one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw identityError("UNAUTHENTICATED");
  return request.actor;
}

/** The id (SHA-256) of the session a request was made with, if it was made with one. */
export function sessionIdOf(request: FastifyRequest): string | undefined {
  const cookie = request.cookies[SESSION_COOKIE];
  return request.actor?.via === "session" && cookie ? sha256(cookie) : undefined;
}

function cookieOptions(deps: Deps, expires?: Date) {
  const secure =
    deps.config.COOKIE_SECURE === "auto"
      ? (deps.config.PUBLIC_URL ?? "").startsWith("https:")
      : deps.config.COOKIE_SECURE === "true";
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", ...(expires ? { expires } : {}) };
}

/** Resolves the caller of every non-public API route: Bearer token first, else the session cookie (with CSRF on writes). */
export function registerAuthentication(app: HttpServer, deps: Deps): void {
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request: FastifyRequest) => {
    if (!request.url.startsWith("/api/v1/")) return;
    const config = request.routeOptions.config;
    if (config?.public) {
      if (config.signInOptional && SAFE_METHODS.has(request.method)) await recogniseCaller(request);
      return;
    }
    const header = request.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw identityError("UNAUTHENTICATED", "header.authorization");
      request.actor = await authenticateToken(deps, match[1]!);
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) throw identityError("UNAUTHENTICATED");
    const presented = request.headers["x-csrf-token"];
    request.actor = await authenticateSession(deps, cookie, {
      required: !SAFE_METHODS.has(request.method),
      presented: typeof presented === "string" ? presented : undefined,
    });
  });

  /** The caller of a read open to everyone, when they present credentials. */
  async function recogniseCaller(request: FastifyRequest): Promise<void> {
    const header = request.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw identityError("UNAUTHENTICATED", "header.authorization");
      request.actor = await authenticateToken(deps, match[1]!);
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    request.actor = await authenticateSession(deps, cookie, { required: false, presented: undefined }).catch(
      () => null,
    );
  }
}

const Me = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(["requester", "agent", "manager", "admin"]),
  organizationId: z.string(),
  orgManager: z.boolean(),
  groupIds: z.array(z.string()),
  scopes: z.array(z.string()),
  csrfToken: z.string().nullable().describe("Send it back as the x-csrf-token header on signed-in writes"),
});

const PasswordChanged = z.object({
  otherSessionsEnded: z.number().int().describe("Your other sessions this change ended"),
  apiTokensStillValid: z
    .array(z.object({ id: z.string(), name: z.string(), prefix: z.string(), expiresAt: z.string().nullable() }))
    .describe("Your live API tokens: a password change does not revoke them"),
});

function present(actor: Actor, csrfToken: string | null): z.infer<typeof Me> {
  const { personId, name, role, organizationId, orgManager, groupIds, scopes } = actor;
  return {
    id: personId,
    name,
    role,
    organizationId,
    orgManager,
    groupIds: [...groupIds],
    scopes: [...scopes],
    csrfToken,
  };
}

/** Sign-in, sign-out and "who am I". */
export async function sessionRoutes(app: HttpServer, deps: Deps): Promise<void> {
  app.post(
    "/api/v1/auth/login",
    {
      // Failures are limited per account and per client in the database (signIn), so every process agrees.
      config: { public: true },
      schema: {
        tags: ["auth"],
        summary: "Sign in with email and password; sets the session cookie",
        description:
          "A wrong password and an unknown email get the same 401 BAD_CREDENTIALS. Too many failures for the typed account " +
          "(SIGN_IN_ACCOUNT_FAILURES) or from your address (SIGN_IN_CLIENT_FAILURES) within SIGN_IN_FAILURE_WINDOW_MINUTES " +
          "answer 429 SIGN_IN_THROTTLED with Retry-After, whatever the password; successful sign-ins never count.",
        body: z.strictObject({
          // NUL cannot reach PostgreSQL (the lookup would fail with a 500).
          email: storableText().trim().min(3).max(320),
          password: z.string().min(1).max(1024), // checked-text: only compared with a hash
        }),
        response: { 200: Me },
      },
    },
    async (request, reply) => {
      const session = await signIn(deps, request.body.email, request.body.password, request.ip);
      void reply.setCookie(SESSION_COOKIE, session.sessionToken, cookieOptions(deps, session.expiresAt));
      const actor = await authenticateSession(deps, session.sessionToken, { required: false, presented: undefined });
      return present(actor, session.csrfToken);
    },
  );

  app.post(
    "/api/v1/auth/logout",
    {
      config: { public: true, rateLimit: { max: deps.config.RATE_LIMIT_PER_MINUTE, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary: "Sign out (ends the session; without one it does nothing)",
        response: { 204: z.null() },
      },
    },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      // Only a session that really ended is dropped from every process's credential cache.
      if (cookie && (await deleteSession(deps.db, sha256(cookie)))) await deps.referenceChanged();
      if (cookie) void reply.clearCookie(SESSION_COOKIE, cookieOptions(deps));
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/v1/auth/password",
    {
      schema: {
        tags: ["auth"],
        summary: "Change your own password (signed in): ends your other sessions; says which API tokens stay valid",
        description:
          "A wrong currentPassword is 422 CURRENT_PASSWORD_WRONG and counts as a failed sign-in (SIGN_IN_THROTTLED applies). " +
          "Every other session of yours ends at once, in every process; this one stays. API tokens are separate credentials and " +
          "stay valid: they are listed in the answer, revoke any you no longer trust with DELETE /api/v1/tokens/{id}.",
        body: z.strictObject({
          currentPassword: z.string().min(1).max(1024), // checked-text: only compared with a hash
          newPassword: z
            .string()
            .min(MIN_PASSWORD_LENGTH)
            .max(1024)
            .describe(`At least ${MIN_PASSWORD_LENGTH} characters`), // checked-text: only hashed
        }),
        response: { 200: PasswordChanged },
      },
    },
    async (request) => {
      const { currentPassword, newPassword } = request.body;
      const changed = await changeOwnPassword(deps, actorOf(request), {
        currentPassword,
        newPassword,
        currentSessionId: sessionIdOf(request) ?? "",
        client: request.ip,
      });
      return {
        ...changed,
        apiTokensStillValid: changed.apiTokensStillValid.map((t) => ({
          id: t.id,
          name: t.name,
          prefix: t.prefix,
          expiresAt: t.expiresAt?.toISOString() ?? null,
        })),
      };
    },
  );

  app.get(
    "/api/v1/auth/me",
    { schema: { tags: ["auth"], summary: "The signed-in person", response: { 200: Me } } },
    async (request) => {
      const actor = actorOf(request);
      const cookie = request.cookies[SESSION_COOKIE];
      const session =
        actor.via === "session" && cookie
          ? await findSessionUnscoped(deps.db, sha256(cookie), deps.clock.now())
          : undefined;
      return present(actor, session?.csrfToken ?? null);
    },
  );
}
