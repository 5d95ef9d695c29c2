import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import type { OpenAPIV3_1 } from "openapi-types";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { DomainError, type ErrorKind } from "../../shared/errors.ts";

/** RFC 9457 problem details, as every error leaves the API. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  /** The input fields at fault, each with what is wrong with it. */
  errors?: Array<{ field: string; message: string }>;
  [extra: string]: unknown;
};

/** The Problem type as JSON Schema, for the OpenAPI document's components. */
export const PROBLEM_SCHEMA: OpenAPIV3_1.SchemaObject & { required: string[]; properties: object } = {
  type: "object",
  description: "RFC 9457 problem details: every error answer of the API, as application/problem+json",
  required: ["type", "title", "status", "detail", "code"],
  properties: {
    type: { type: "string", description: "A URI naming the problem" },
    title: { type: "string", description: "The HTTP status in words" },
    status: { type: "integer" },
    detail: { type: "string", description: "What went wrong, for a person to read" },
    code: { type: "string", description: "The stable error code (docs/errors.md)" },
    instance: { type: "string" },
    errors: {
      type: "array",
      description: "The input fields at fault, each with what is wrong with it",
      items: {
        type: "object",
        required: ["field", "message"],
        properties: {
          field: {
            type: "string",
            description: 'Where the fault is: "body.email", "query.from", "params.id", "header.…"',
          },
          message: { type: "string" },
        },
      },
    },
  },
};

const STATUS: Record<ErrorKind, number> = {
  invalid: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  gone: 410,
  unavailable: 503,
};

const TITLE: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  410: "Gone",
  413: "Content Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

function problemType(code: string): string {
  return `https://frontline.dev/problems/${code.toLowerCase().replaceAll("_", "-")}`;
}

/** Builds a problem document for a status and stable code. */
export function problem(status: number, code: string, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: problemType(code), title: TITLE[status] ?? "Error", status, detail, code, ...extra };
}

function fieldPath(context: string, path: string): string {
  // Fastify reports "/body/subject"-style paths from zod issues; keep them dotted for people.
  const segments = path.replace(/^\//, "").split("/").filter(Boolean);
  if (context === "body") return ["body", ...segments].join(".");
  // Query strings, params and headers are flat: "query.status", never the index into a parsed comma list.
  // …and named as docs/errors.md promises: "query.…", "header.…".
  const where = context === "querystring" ? "query" : context === "headers" ? "header" : context;
  return segments[0] ? `${where}.${segments[0]}` : where;
}

const UNSUPPORTED_MEDIA_TYPE = (): Problem =>
  problem(415, "UNSUPPORTED_MEDIA_TYPE", "Send JSON with Content-Type: application/json.", {
    errors: [{ field: "header.content-type", message: "must be application/json" }],
  });

/** A body that failed validation because it was not JSON at all (text/plain, a form): the media type is at fault. */
function sentNonJson(error: unknown, request: FastifyRequest): boolean {
  if (!hasZodFastifySchemaValidationErrors(error)) return false;
  if (((error as { validationContext?: string }).validationContext ?? "body") !== "body") return false;
  const type = request.headers["content-type"];
  return typeof type === "string" && !/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type);
}

/** Maps any thrown error to problem+json; the only place that knows HTTP statuses for errors. */
export function toProblem(error: unknown): Problem {
  if (error instanceof DomainError) {
    const status = STATUS[error.kind];
    return problem(status, error.code, error.message, {
      ...(error.field ? { errors: [{ field: error.field, message: error.message }] } : {}),
      ...error.details,
    });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as { validationContext?: string }).validationContext ?? "body";
    const errors = error.validation
      .map((issue) => {
        const params = issue.params as { keys?: string[] } | undefined;
        const keys = issue.keyword === "unrecognized_keys" ? (params?.keys ?? []) : [];
        const base = fieldPath(where, issue.instancePath);
        return keys.length > 0
          ? keys.map((key) => ({ field: `${base}.${key}`, message: "unknown field" }))
          : [{ field: base, message: issue.message ?? "is invalid" }];
      })
      .flat();
    const first = errors[0];
    return problem(422, "VALIDATION_FAILED", first ? `${first.field}: ${first.message}` : "The request is invalid.", {
      errors,
    });
  }
  if (isResponseSerializationError(error)) {
    return problem(500, "INTERNAL", "The server produced an invalid response.");
  }
  const fe = error as Partial<FastifyError>;
  switch (fe.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return UNSUPPORTED_MEDIA_TYPE();
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return problem(413, "BODY_TOO_LARGE", "The request body is larger than the configured limit.", {
        errors: [{ field: "body", message: "too large" }],
      });
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return problem(400, "MALFORMED_JSON", "The body is empty but Content-Type says JSON.", {
        errors: [{ field: "body", message: "empty" }],
      });
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return problem(400, "MALFORMED_JSON", "The body is not valid JSON.", {
        errors: [{ field: "body", message: "malformed JSON" }],
      });
    case "FST_ERR_RATE_LIMIT":
    case undefined:
      break;
    default:
      break;
  }
  if (fe.statusCode === 429) return problem(429, "RATE_LIMITED", "Too many requests; slow down and retry later.");
  if (error instanceof SyntaxError && fe.statusCode === 400) {
    return problem(400, "MALFORMED_JSON", "The body is not valid JSON.", {
      errors: [{ field: "body", message: "malformed JSON" }],
    });
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return problem(fe.statusCode, fe.code ?? "BAD_REQUEST", fe.message ?? "Bad request.");
  }
  // Every pooled connection stayed busy for the pool's whole connection timeout: the database is saturated, not
  // broken, and the request did nothing. Say so, with when to retry, rather than a 500 that reads as a fault.
  if (error instanceof Error && POOL_EXHAUSTED.test(error.message)) {
    return problem(503, "DATABASE_BUSY", "The database is busy; nothing was done, retry shortly.", {
      retryAfterSeconds: 1,
    });
  }
  return problem(500, "INTERNAL", "Something went wrong on our side; it has been logged.");
}

/** node-postgres' pool (pg-pool) gives up waiting for a free connection with exactly this message. */
const POOL_EXHAUSTED = /^timeout exceeded when trying to connect$/;

/** Fastify error handler: logs server faults, answers problem+json. */
export function problemErrorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const body = sentNonJson(error, request) ? UNSUPPORTED_MEDIA_TYPE() : toProblem(error);
  if (body.status >= 500) request.log.error({ err: error }, "request failed");
  body.instance = request.url;
  // A problem that says when to come back (throttled sign-ins, a key still in use) says it in the standard header too.
  if (typeof body.retryAfterSeconds === "number") void reply.header("retry-after", String(body.retryAfterSeconds));
  void reply.status(body.status).type("application/problem+json").send(body);
}
