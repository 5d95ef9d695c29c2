import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { TicketRef } from "../../tickets/ticket/ticket.routes.ts";
import { getTicketSla } from "./get-ticket-sla.ts";
import { presentTicketSla, TicketSlaDto } from "./ticket-sla.present.ts";

/** A ticket's live SLA: its clocks folded now, with OLA holds and escalations for staff. */
export async function ticketSlaRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["sla"];
  app.get(
    "/api/v1/tickets/:id/sla",
    {
      schema: {
        tags,
        summary: "The ticket's SLA clocks folded now under its pinned policy version; OLA and escalations for staff",
        params: TicketRef,
        response: { 200: TicketSlaDto },
      },
    },
    async (request) => presentTicketSla(await getTicketSla(deps, actorOf(request), request.params.id)),
  );
}
