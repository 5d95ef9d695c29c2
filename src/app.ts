import type { Deps } from "./context.ts";
import { registerAuthentication, sessionRoutes } from "./identity/session.routes.ts";
import { ping } from "./platform/db/database.ts";
import { healthRoutes } from "./platform/http/health.routes.ts";
import { createHttpServer, type HttpServer } from "./platform/http/server.ts";
import { conversationRoutes } from "./tickets/conversation.routes.ts";
import { ticketRoutes } from "./tickets/ticket.routes.ts";

export const VERSION = "0.1.0";

/** Wires every surface onto one Fastify instance; no listening, so tests can inject. */
export async function buildApp(deps: Deps): Promise<HttpServer> {
  const app = await createHttpServer({
    logger: deps.log,
    bodyLimit: deps.config.BODY_LIMIT_BYTES,
    attachmentMaxBytes: deps.config.ATTACHMENT_MAX_BYTES,
    version: VERSION,
  });
  registerAuthentication(app, deps);
  await healthRoutes(app, () => ping(deps.db));
  await sessionRoutes(app, deps);
  await ticketRoutes(app, deps);
  await conversationRoutes(app, deps);
  return app;
}
