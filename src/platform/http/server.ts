import Fastify, { LogController, type FastifyInstance, type FastifyReply } from "fastify";
import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import multipart from "@fastify/multipart";
import type { Logger } from "pino";
import fastJson from "fast-json-stringify";
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { problem, problemErrorHandler, PROBLEM_SCHEMA } from "./problem.ts";
import { serveWebApp } from "./web-app.ts";

export type HttpOptions = {
  /** Validate every response against its zod schema and check the fast serializer agrees (tests); otherwise only the fast serializer. */
  checkResponses: boolean;
  logger: Logger;
  bodyLimit: number;
  attachmentMaxBytes: number;
  version: string;
  /** The built browser app to serve at `/` (dist/web); none in API-only tests. */
  webRoot?: string | undefined;
  /** Which X-Forwarded-For hops to believe (Fastify trustProxy), so `request.ip` is the real client behind a proxy. */
  trustProxy?: boolean | number | string;
};

export type HttpServer = FastifyInstance<
  FastifyInstance["server"],
  FastifyInstance["server"] extends infer _ ? import("node:http").IncomingMessage : never,
  import("node:http").ServerResponse,
  FastifyInstance["log"],
  ZodTypeProvider
>;

/**
 * Responses are serialised by fast-json-stringify from the zod schema's JSON Schema: several times faster
 * than validating each response with zod, and still drops any field the schema does not declare.
 * A schema JSON Schema cannot express falls back to zod.
 */
const fastSerializerCompiler: typeof serializerCompiler = (route) => {
  try {
    const jsonSchema = z.toJSONSchema(route.schema as z.ZodType, {
      target: "draft-7",
      io: "output",
      unrepresentable: "any",
    });
    const stringify = fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
    return (data: unknown) => stringify(data);
  } catch {
    return serializerCompiler(route);
  }
};

/**
 * Response checks (the test suite): zod validates every response, and the compiled serializer production uses
 * must render it to the same JSON. So every test of every route also tests the serializer production runs,
 * and a schema the compiler renders differently from zod (a transform, a default) fails where it is used.
 */
export const checkedSerializerCompiler: typeof serializerCompiler = (route) => {
  const checked = serializerCompiler(route);
  const fast = fastSerializerCompiler(route);
  return (data: unknown) => {
    const expected = checked(data);
    const produced = fast(data);
    if (produced !== expected && !isDeepStrictEqual(JSON.parse(produced), JSON.parse(expected))) {
      throw new Error(
        `The compiled serializer of ${route.method} ${route.url} (${route.httpStatus}) gives ${produced.slice(0, 500)} where the schema gives ${expected.slice(0, 500)}`,
      );
    }
    return expected;
  };
};

/** Builds the Fastify instance every surface hangs off: validation, OpenAPI, cookies, errors. */
export async function createHttpServer(options: HttpOptions): Promise<HttpServer> {
  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: options.bodyLimit,
    // Access logs cost more than a request at bench load; errors are still logged by the problem handler.
    logController: new LogController({ disableRequestLogging: true }),
    // Ids in URLs are UUIDs or numbers; anything longer is noise.
    routerOptions: { maxParamLength: 200 },
    // Malformed URLs are refused by the router before our error handler sees them: answer them as problems too.
    frameworkErrors: (error, request, rawReply) => {
      const status = (error as { statusCode?: number }).statusCode ?? 400;
      const reply = rawReply as unknown as FastifyReply;
      void reply
        .status(status)
        .type("application/problem+json")
        .send(
          problem(
            status,
            status === 414 ? "URI_TOO_LONG" : "BAD_URL",
            `The URL ${request.url.slice(0, 200)} is not valid.`,
            { errors: [{ field: "url", message: error.message }] },
          ),
        );
    },
    ajv: { customOptions: { removeAdditional: false } },
    // Fastify also takes a hop count at run time, which its types leave out.
    trustProxy: (options.trustProxy ?? false) as boolean | string,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(options.checkResponses ? checkedSerializerCompiler : fastSerializerCompiler);
  app.setErrorHandler(problemErrorHandler);
  const pageFallback = options.webRoot
    ? await serveWebApp(app as unknown as FastifyInstance, options.webRoot)
    : undefined;
  app.setNotFoundHandler((request, reply) => {
    if (pageFallback?.(request, reply)) return;
    void reply
      .status(404)
      .type("application/problem+json")
      .send(problem(404, "ROUTE_NOT_FOUND", `No route ${request.method} ${request.url.split("?")[0]}.`));
  });

  await app.register(cookie);
  // Limits are opted into per route (public endpoints); authenticated traffic is bounded by tokens.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => ({ statusCode: 429, message: `Rate limit ${ctx.max}/${ctx.after}` }),
  });
  await app.register(multipart, {
    limits: { fileSize: options.attachmentMaxBytes, files: 10, fields: 20 },
    throwFileSizeLimit: true,
  });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Frontline API",
        version: options.version,
        description: "IT service desk: tickets, SLA, knowledge, feedback.",
      },
      components: {
        // Every error answer (RFC 9457, application/problem+json; src/platform/http/problem.ts), named once so
        // clients type it from this document like any answer.
        schemas: { Problem: PROBLEM_SCHEMA },
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "frontline_session" },
          bearer: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    // Emits the components the routes refer to, the input variants ("…Input") included: without it they dangle.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  return app as unknown as HttpServer;
}
