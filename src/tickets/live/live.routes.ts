import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { liveStreams, type LiveStreamOptions } from "./live-streams.ts";
import { LiveEvent } from "./live.ts";

const DESCRIPTION = [
  "Server-sent events (text/event-stream) about the tickets you may read, as they are committed in any process:",
  '`event: ticket` with `data: {"change":"created"|"updated"|"replied"|"noted","ticketId","number","at"}` and,',
  'for staff, `event: sla` with `data: {"threshold":"warning_75"|"breach"|"escalation_1"…,"clock":"response"|"next_reply"|"resolution","ticketId","number","at"}`;',
  'and `event: notification` with `data: {"ticketId","at"}` when an in-app notification is written for you (yours only): refetch GET /api/v1/notifications.',
  "Requesters hear only of their own tickets (their organization's, for its manager) and never of internal notes or SLA thresholds.",
  "The stream opens with `retry: 3000` and sends a `: keepalive` comment every 25 s. Nothing is replayed: fetch the list after (re)connecting.",
  "At most 10 streams per person per server process (429 TOO_MANY_STREAMS beyond).",
].join(" ");

/** GET /api/v1/live: the live update stream. Streams end when the client leaves or the server closes. */
export async function liveRoutes(app: HttpServer, deps: Deps, options: Partial<LiveStreamOptions> = {}): Promise<void> {
  const streams = liveStreams(deps.live, options);
  // preClose, not onClose: the HTTP server waits for open responses before the onClose hooks run.
  app.addHook("preClose", async () => streams.closeAll());

  app.get(
    "/api/v1/live",
    {
      schema: {
        tags: ["live"],
        summary: "Live updates (server-sent events)",
        description: DESCRIPTION,
        // Each event's name is the kind and its data the rest: documented so the web app's types carry it.
        response: { 200: { content: { "text/event-stream": { schema: LiveEvent } } } },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const res = reply.raw;
      const close = await streams.open(actor, {
        begin: () => {
          reply.hijack();
          res.writeHead(200, {
            "content-type": "text/event-stream; charset=utf-8",
            "cache-control": "no-cache",
            connection: "keep-alive",
            "x-content-type-options": "nosniff",
            // Reverse proxies (nginx) must pass events on at once instead of buffering them.
            "x-accel-buffering": "no",
          });
        },
        write: (chunk) => void res.write(chunk),
        buffered: () => res.writableLength,
        end: () => res.end(),
      });
      res.on("close", close);
      // The client may have left while the subscription was being set up.
      if (res.destroyed || request.raw.destroyed) close();
    },
  );
}
