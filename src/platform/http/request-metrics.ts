import type { HttpServer } from "./server.ts";

/** Hands every answered request to `observe` under its route pattern ("/api/v1/tickets/:ref"), never its URL. */
export function measureRequests(
  app: HttpServer,
  observe: (method: string, route: string, status: number, seconds: number) => void,
): void {
  app.addHook("onResponse", async (request, reply) => {
    observe(request.method, request.routeOptions.url ?? "unmatched", reply.statusCode, reply.elapsedTime / 1000);
  });
}
