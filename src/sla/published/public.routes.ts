import { z } from "zod";
import type { Deps } from "../../context.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { CHANNELS, PRIORITIES } from "../../shared/enums.ts";
import { DomainError } from "../../shared/errors.ts";
import { storableText } from "../../shared/storable-text.ts";
import { publishedSla } from "./published-sla.ts";

const PublishedSlaDto = z
  .object({
    policy: z.object({ name: z.string(), version: z.number().int(), effectiveFrom: z.string() }),
    priorities: z.array(
      z.object({
        priority: z.enum(PRIORITIES),
        respondMinutes: z.number().describe("Business minutes until the first response"),
        resolveMinutes: z.number().describe("Business minutes until resolution"),
        calendar: z.object({ id: z.string(), name: z.string() }),
      }),
    ),
    calendars: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        timeZone: z.string(),
        alwaysOpen: z.boolean().describe("24×7: every minute counts, holidays included"),
        weekly: z.array(
          z.object({
            day: z.number().int().describe("ISO weekday, 1 = Monday … 7 = Sunday"),
            ranges: z.array(z.object({ start: z.string(), end: z.string() })),
          }),
        ),
        holidays: z
          .array(z.object({ date: z.string(), name: z.string() }))
          .describe("Closed days of the next 12 months, recurring ones spelled out"),
        specialHours: z
          .array(z.object({ date: z.string(), ranges: z.array(z.object({ start: z.string(), end: z.string() })) }))
          .describe(
            "Dates of the next 12 months whose hours replace their weekday's (no ranges: closed); they win over a holiday",
          ),
      }),
    ),
    calendarsAsOf: z.string().describe("The instant the calendars are shown at"),
    note: z.string(),
    channels: z.array(
      z.object({
        channel: z.enum(CHANNELS),
        contact: z.string(),
        instructions: z.string(),
        instructionsUr: z.string().nullable(),
      }),
    ),
    versions: z.array(z.object({ version: z.number().int(), effectiveFrom: z.string(), current: z.boolean() })),
  })
  .meta({ id: "PublishedSla" });

const VersionParam = z.object({ version: storableText().max(20).describe("A version number of the default policy") });

/** The published service levels: public, cacheable, rate-limited per client. */
export async function publicSlaRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["public"];
  const config = { public: true, rateLimit: { max: deps.config.RATE_LIMIT_PER_MINUTE, timeWindow: "1 minute" } };
  app.get(
    "/api/v1/public/sla",
    {
      config,
      schema: {
        tags,
        summary:
          "The published SLA: the default policy's version in force, its calendars and the channels (no sign-in)",
        security: [],
        response: { 200: PublishedSlaDto },
      },
    },
    async (_request, reply) => {
      void reply.header("cache-control", "public, max-age=60");
      return publishedSla(deps);
    },
  );

  app.get(
    "/api/v1/public/sla/versions/:version",
    {
      config,
      schema: {
        tags,
        summary: "One version of the published SLA; calendars as they stood while it was in force (no sign-in)",
        security: [],
        params: VersionParam,
        response: { 200: PublishedSlaDto },
      },
    },
    async (request, reply) => {
      const number = /^\d{1,9}$/.test(request.params.version) ? Number(request.params.version) : undefined;
      if (number === undefined)
        throw new DomainError(
          "not_found",
          "SLA_VERSION_NOT_FOUND",
          "The default SLA policy has no such version.",
          "params.version",
        );
      const sla = await publishedSla(deps, number);
      void reply.header("cache-control", "public, max-age=60");
      return sla;
    },
  );
}
