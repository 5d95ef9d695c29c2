import type { Deps } from "./context.ts";
import { hasScope } from "./identity/actor.ts";
import { authenticateToken } from "./identity/authenticate.ts";
import { identityError } from "./identity/identity.errors.ts";
import type { HttpServer } from "./platform/http/server.ts";
import type { Metrics } from "./platform/metrics/metrics.ts";

/**
 * `GET /metrics` on the main port: only for an API token carrying the `metrics` scope (or `admin`); a session is
 * not enough, since scrapers hold tokens and browsers have no business here. The admin-only listener
 * (METRICS_PORT) serves the same text without credentials.
 */
export async function metricsRoutes(app: HttpServer, deps: Deps, metrics: Metrics): Promise<void> {
  app.get(
    "/metrics",
    {
      schema: {
        tags: ["health"],
        summary: "Prometheus metrics (text format): an API token with the metrics scope",
        security: [{ bearer: [] }],
      },
    },
    async (request, reply) => {
      const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "");
      if (!match) throw identityError("UNAUTHENTICATED", "header.authorization");
      const actor = await authenticateToken(deps, match[1]!);
      if (!hasScope(actor, "metrics")) throw identityError("SCOPE_MISSING");
      return reply.type(metrics.contentType).send(await metrics.scrape());
    },
  );
}
