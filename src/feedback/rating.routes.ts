import { z } from "zod";
import type { Deps } from "../context.ts";
import { actorOf } from "../identity/session.routes.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { storableText } from "../shared/storable-text.ts";
import { TicketRef } from "../tickets/ticket/ticket.routes.ts";
import { COMMENT_MAX, getRating, rateTicket } from "./rate-ticket.ts";
import type { RatingRow } from "./rating.store.ts";

const RatingDto = z
  .object({ score: z.number().int().min(1).max(5), comment: z.string(), createdAt: z.string(), updatedAt: z.string() })
  .meta({ id: "SatisfactionRating" });

const RatingBody = z.strictObject({
  score: z.number().int().min(1).max(5).describe("1 very dissatisfied … 5 very satisfied"),
  comment: storableText().max(COMMENT_MAX).optional(),
});

const present = (r: RatingRow | null) => ({
  rating: r
    ? { score: r.score, comment: r.comment, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() }
    : null,
});

/** The requester's satisfaction rating of a resolved ticket. */
export async function ratingRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["feedback"];
  const Answer = z.object({ rating: RatingDto.nullable() });
  app.get(
    "/api/v1/tickets/:id/rating",
    {
      schema: {
        tags,
        summary: "The ticket's satisfaction rating, or null (anyone who may read the ticket)",
        params: TicketRef,
        response: { 200: Answer },
      },
    },
    async (request) => present(await getRating(deps, actorOf(request), request.params.id)),
  );

  app.put(
    "/api/v1/tickets/:id/rating",
    {
      schema: {
        tags,
        summary:
          "Rate a resolved or closed ticket, or revise the rating (its requester only; 409 TICKET_NOT_RESOLVED otherwise)",
        params: TicketRef,
        body: RatingBody,
        response: { 200: Answer },
      },
    },
    async (request) => present(await rateTicket(deps, actorOf(request), request.params.id, request.body)),
  );
}
