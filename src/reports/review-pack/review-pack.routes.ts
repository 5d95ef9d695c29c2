import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { PeriodBound } from "../period-bound.ts";
import { authorizeReview } from "../review/review.policy.ts";
import { makeReviewPack } from "./make-review-pack.ts";
import { CADENCES } from "./pack-period.ts";
import { listPackSchedulesUnscoped } from "./review-pack.store.ts";
import { setPackSchedule } from "./set-pack-schedule.ts";

const PackQuery = z.strictObject({
  organization: z.uuid().describe("The client organization's id"),
  from: PeriodBound.describe("Start of the period, included: a date (midnight UTC) or an ISO 8601 instant"),
  to: PeriodBound.describe("End of the period, excluded"),
});

const ScheduleDto = z.object({
  organizationId: z.uuid(),
  organization: z.string(),
  cadence: z.enum(CADENCES),
  updatedAt: z.string(),
});

/** The service review pack (PDF) on demand, and the schedule that makes and mails it. */
export async function reviewPackRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["reports"];
  app.get(
    "/api/v1/reports/review-pack",
    {
      schema: {
        tags,
        summary:
          "A client organization's service review pack for a period, as a PDF (staff; the organization's own managers)",
        querystring: PackQuery,
      },
    },
    async (request, reply) => {
      const { organization, from, to } = request.query;
      const pack = await makeReviewPack(deps, actorOf(request), { organizationId: organization, from, to });
      return reply
        .header("content-type", "application/pdf")
        .header("content-disposition", `attachment; filename="${pack.filename}"`)
        .send(pack.pdf);
    },
  );

  app.get(
    "/api/v1/reports/review-pack/schedules",
    {
      schema: {
        tags,
        summary: "Which organizations' packs are made and mailed on a schedule, and how often (admins)",
        response: { 200: z.object({ items: z.array(ScheduleDto) }) },
      },
    },
    async (request) => {
      authorizeReview(actorOf(request), "schedule.set", "");
      const items = await listPackSchedulesUnscoped(deps.db);
      return { items: items.map((s) => ({ ...s, updatedAt: s.updatedAt.toISOString() })) };
    },
  );

  app.put(
    "/api/v1/reports/review-pack/schedules/:organizationId",
    {
      schema: {
        tags,
        summary:
          "Makes the organization's pack every month or quarter and mails it to its managers; null stops it (admins)",
        params: z.object({ organizationId: z.uuid() }),
        body: z.strictObject({ cadence: z.enum(CADENCES).nullable() }),
        response: { 200: z.object({ organizationId: z.uuid(), cadence: z.enum(CADENCES).nullable() }) },
      },
    },
    async (request) => setPackSchedule(deps, actorOf(request), request.params.organizationId, request.body.cadence),
  );
}
