import { z } from "zod";
import type { HttpServer } from "./server.ts";

/** Liveness (the process answers) and readiness (its dependencies answer). */
export async function healthRoutes(app: HttpServer, ready: () => Promise<void>): Promise<void> {
  const Status = z.object({ status: z.enum(["ok", "unavailable"]), detail: z.string().optional() });
  app.get("/healthz", { schema: { tags: ["health"], summary: "Liveness", response: { 200: Status } } }, async () => ({ status: "ok" as const }));
  app.get("/readyz", { schema: { tags: ["health"], summary: "Readiness: the database answers", response: { 200: Status, 503: Status } } }, async (_request, reply) => {
    try {
      await ready();
      return { status: "ok" as const };
    } catch (error) {
      return reply.status(503).send({ status: "unavailable" as const, detail: (error as Error).message });
    }
  });
}
