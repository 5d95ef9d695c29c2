import { z } from "zod";
import { problem } from "./problem.ts";
import type { HttpServer } from "./server.ts";

const Status = z.object({ status: z.literal("ok") });
const NotReady = z.object({
  type: z.string(),
  title: z.string(),
  status: z.literal(503),
  detail: z.string(),
  code: z.literal("NOT_READY"),
  instance: z.string(),
});

/** Liveness (the process answers) and readiness (its dependencies answer). */
export async function healthRoutes(app: HttpServer, ready: () => Promise<void>): Promise<void> {
  app.get("/healthz", { schema: { tags: ["health"], summary: "Liveness", response: { 200: Status } } }, async () => ({
    status: "ok" as const,
  }));
  app.get(
    "/readyz",
    {
      schema: {
        tags: ["health"],
        summary: "Readiness: the database answers (503 problem+json when it does not)",
        response: { 200: Status, 503: NotReady },
      },
    },
    async (request, reply) => {
      try {
        await ready();
        return { status: "ok" as const };
      } catch (error) {
        // The cause goes to the log, not to whoever probes: it may name hosts and addresses.
        request.log.warn({ err: error }, "readiness check failed");
        const body = {
          ...problem(503, "NOT_READY", "The database does not answer."),
          status: 503 as const,
          code: "NOT_READY" as const,
          instance: request.url,
        };
        return reply.status(503).type("application/problem+json").send(body);
      }
    },
  );
}
