import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { DomainError } from "../../shared/errors.ts";
import type { Db } from "../db/database.ts";
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from "./idempotency.store.ts";
import type { HttpServer } from "./server.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Honours the Idempotency-Key header: a retry with the same key and body gets the first answer. */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    /** The Idempotency-Key this request holds while it runs (set by the idempotency hook). */
    idempotencyClaim: { scope: string; key: string } | null;
  }
}

/** How long a key answers with its first result. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
const HEADER = "idempotency-key";

/** The header every retryable create declares (OpenAPI shows it as a header parameter). */
export const IdempotencyHeaders = z.looseObject({
  [HEADER]: z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/, "1 to 255 visible ASCII characters, e.g. a UUID")
    .optional()
    .describe(
      "Makes the request safe to retry: the same key with the same body within 24 h answers the first result (same status and body, " +
        "with `Idempotent-Replayed: true`); the same key with another body is refused (422 IDEMPOTENCY_KEY_REUSED); while the first " +
        "request still runs a duplicate gets 409 IDEMPOTENCY_KEY_IN_USE with Retry-After. Keys belong to the caller (each person, or " +
        "each client address on public forms). Use a new random key (a UUID) per intended action.",
    ),
});

export type IdempotencyOptions = {
  db: Db;
  now: () => Date;
  /** Whose keys a request uses: the signed-in person, or the anonymous client address. */
  scopeOf: (request: FastifyRequest) => string;
};

// What makes two requests "the same": method, URL and the validated body (zod output has a fixed key order).
function requestHash(request: FastifyRequest): string {
  return createHash("sha256")
    .update(JSON.stringify([request.method, request.url, request.body ?? null]))
    .digest("hex");
}

function replay(
  reply: FastifyReply,
  row: { status: number; contentType: string | null; location: string | null; body: string | null },
) {
  void reply.status(row.status).header("idempotent-replayed", "true");
  if (row.contentType) void reply.header("content-type", row.contentType);
  if (row.location) void reply.header("location", row.location);
  return reply.send(row.body ?? "");
}

/**
 * Idempotency-Key for every route with `config.idempotent`. The key is claimed in the database before the handler
 * runs, so concurrent duplicates (in any process) never both run; the answer is stored as it is sent, so a client
 * whose connection dropped gets it on retry. A refused request (4xx) changed nothing and gives its key back; any
 * other answer, a server fault included, is kept: after a fault nobody can say the effect did not happen.
 */
export function registerIdempotency(app: HttpServer, options: IdempotencyOptions): void {
  app.decorateRequest("idempotencyClaim", null);
  app.addHook("preHandler", async (request, reply) => {
    const key = request.routeOptions.config?.idempotent ? request.headers[HEADER] : undefined;
    if (typeof key !== "string") return;
    const scope = options.scopeOf(request);
    const hash = requestHash(request);
    const now = options.now();
    const claim = await claimIdempotencyKey(options.db, {
      scope,
      key,
      requestHash: hash,
      now,
      expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
    });
    if (claim.claimed) {
      request.idempotencyClaim = { scope, key };
      return;
    }
    const { row } = claim;
    const field = `header.${HEADER}`;
    if (row.requestHash !== hash)
      throw new DomainError(
        "invalid",
        "IDEMPOTENCY_KEY_REUSED",
        "This Idempotency-Key was used for a different request; use a new key.",
        field,
      );
    if (row.status === null) {
      throw new DomainError(
        "conflict",
        "IDEMPOTENCY_KEY_IN_USE",
        "A request with this Idempotency-Key is still running; retry shortly.",
        field,
        { retryAfterSeconds: 1 },
      );
    }
    return replay(reply, { ...row, status: row.status });
  });
  app.addHook("onSend", async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim) return payload;
    request.idempotencyClaim = null;
    const status = reply.statusCode;
    if (status >= 400 && status < 500) {
      await releaseIdempotencyKey(options.db, claim.scope, claim.key);
      return payload;
    }
    const header = (name: string) => {
      const value = reply.getHeader(name);
      return typeof value === "string" ? value : null;
    };
    const body = typeof payload === "string" ? payload : Buffer.isBuffer(payload) ? payload.toString("utf8") : "";
    await completeIdempotencyKey(options.db, claim.scope, claim.key, {
      status,
      contentType: header("content-type"),
      location: header("location"),
      body,
    });
    return payload;
  });
}
