import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { storableText } from "../../shared/storable-text.ts";
import { addReviewAction } from "./add-review-action.ts";
import { getReview } from "./get-review.ts";
import { listReviews } from "./list-reviews.ts";
import { openReview } from "./open-review.ts";
import { recordBreachCause } from "./record-breach-cause.ts";
import { ACTION_STATUSES, ReviewDto, ReviewSummaryDto } from "./review.present.ts";
import { signOffReview } from "./sign-off-review.ts";
import { updateReviewAction } from "./update-review-action.ts";

const DAY_MESSAGE = "must be a date YYYY-MM-DD";
/** A calendar day (UTC), e.g. 2026-03-01. */
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: DAY_MESSAGE, abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= "1970" && s < "2201";
  }, DAY_MESSAGE);

const Id = z.object({ id: z.uuid() });
const Title = storableText().trim().min(1).max(300);
const Text = storableText().trim().min(1).max(4000);

/** The periodic service review with a client organization: opened by staff, signed off by the client's manager. */
export async function reviewRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["reviews"];
  app.get(
    "/api/v1/reviews",
    {
      schema: {
        tags,
        summary: "Service reviews, newest first (staff: all or one organization's; a client's manager: their own)",
        querystring: z.strictObject({ organizationId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(ReviewSummaryDto) }) },
      },
    },
    async (request) => listReviews(deps, actorOf(request), request.query),
  );

  app.post(
    "/api/v1/reviews",
    {
      schema: {
        tags,
        summary: "Opens a client organization's review of a period, with every action still open (staff managers)",
        body: z.strictObject({ organizationId: z.uuid(), periodFrom: Day, periodTo: Day.describe("Excluded") }),
        response: { 201: ReviewDto },
      },
    },
    async (request, reply) => reply.code(201).send(await openReview(deps, actorOf(request), request.body)),
  );

  app.get(
    "/api/v1/reviews/:id",
    {
      schema: {
        tags,
        summary: "A review: its period's breaches with their causes, its actions, and what the caller may do",
        params: Id,
        response: { 200: ReviewDto },
      },
    },
    async (request) => getReview(deps, actorOf(request), request.params.id),
  );

  app.put(
    "/api/v1/reviews/:id/breaches/:ticketId",
    {
      schema: {
        tags,
        summary: "Records why a ticket breached its targets in the review's period (staff managers)",
        params: Id.extend({ ticketId: z.uuid() }),
        body: z.strictObject({ cause: Text }),
        response: { 200: ReviewDto },
      },
    },
    async (request) =>
      recordBreachCause(deps, actorOf(request), request.params.id, {
        ticketId: request.params.ticketId,
        cause: request.body.cause,
      }),
  );

  app.post(
    "/api/v1/reviews/:id/actions",
    {
      schema: {
        tags,
        summary: "Agrees an action in the review: what, who, by when (staff managers)",
        params: Id,
        body: z.strictObject({ title: Title, ownerId: z.uuid(), dueOn: Day }),
        response: { 201: ReviewDto },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addReviewAction(deps, actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    "/api/v1/reviews/:id/actions/:actionId",
    {
      schema: {
        tags,
        summary: "Changes an action of the review, or one it opened with (staff managers)",
        params: Id.extend({ actionId: z.uuid() }),
        body: z.strictObject({
          title: Title.optional(),
          ownerId: z.uuid().optional(),
          dueOn: Day.optional(),
          status: z.enum(ACTION_STATUSES).optional(),
        }),
        response: { 200: ReviewDto },
      },
    },
    async (request) =>
      updateReviewAction(deps, actorOf(request), request.params.id, request.params.actionId, request.body),
  );

  app.post(
    "/api/v1/reviews/:id/sign-off",
    {
      schema: {
        tags,
        summary: "The client's manager signs the review off, with an optional comment",
        params: Id,
        body: z.strictObject({ comment: storableText().trim().max(4000).optional() }),
        response: { 200: ReviewDto },
      },
    },
    async (request) => signOffReview(deps, actorOf(request), request.params.id, request.body),
  );
}
