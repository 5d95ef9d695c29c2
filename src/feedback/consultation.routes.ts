import { z } from "zod";
import type { Deps } from "../context.ts";
import { actorOf } from "../identity/session.routes.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { TicketDto } from "../tickets/ticket/ticket.present.ts";
import { presentWithSla, TicketRef } from "../tickets/ticket/ticket.routes.ts";
import { confirmConsultation } from "./confirm-consultation.ts";
import { getConsultation } from "./get-consultation.ts";
import { linkConsultation } from "./link-consultation.ts";
import { requestConsultation } from "./request-consultation.ts";
import { IdempotencyHeaders } from "../platform/http/idempotency.ts";

// Only the types are checked here; every rule (lengths, email, phone, the date range, the window) is checked by
// the use case at once, so a visitor sees every field at fault in one answer. The maxima only bound the work.
const field = (description: string) => z.string().max(10_000).describe(description); // checked-text: consultation.ts refuses unstorable text, with every other field at once

const ConsultationBody = z.strictObject({
  name: field("1–120 characters"),
  company: field("1–160 characters"),
  email: field(
    "An email address, kept as typed (unverified); its owner, if a requester, is mailed a link to confirm the request as theirs",
  ),
  phone: field("7–15 digits; spaces, dashes, dots, parentheses and a leading + allowed"),
  preferredDate: field("YYYY-MM-DD, today … +90 days in the support calendar's time zone"),
  windowStart: field("HH:MM, within support hours on preferredDate"),
  windowEnd: field("HH:MM, after windowStart, within the same opening of support hours"),
  topic: field("1–200 characters"),
  message: field("0–5000 characters").optional(),
  website: field("Leave empty (a field hidden from people)").optional(),
});

const Answer = z.object({
  accepted: z.literal(true),
  reference: z.string().nullable().describe('The ticket number, e.g. "#10023"'),
  preferredDate: z.string(),
  windowStart: z.string(),
  windowEnd: z.string(),
  confirmationMailQueued: z
    .boolean()
    .describe("Whether a confirmation mail was queued for the configured mail server (false when SMTP_URL is unset)"),
});

const ConsultationDto = z
  .object({
    ticketId: z.uuid(),
    contact: z
      .object({ name: z.string(), company: z.string(), email: z.string(), phone: z.string() })
      .describe("As the visitor typed it: unverified until linked"),
    preferredDate: z.string(),
    windowStart: z.string(),
    windowEnd: z.string(),
    topic: z.string(),
    verified: z.boolean().describe("Linked to a person, by their confirming the mailed link or by an agent"),
    linkedPersonId: z.uuid().nullable(),
    linkedAt: z.string().nullable(),
    addressOwner: z
      .object({ id: z.uuid(), name: z.string(), email: z.string() })
      .nullable()
      .describe("The active requester the address belongs to, while unlinked"),
    createdAt: z.string(),
  })
  .meta({ id: "ConsultationRequest" });

/** The public consultation form (no sign-in, a tight per-client rate limit), its confirmation link, and staff matching. */
export async function consultationRoutes(app: HttpServer, deps: Deps): Promise<void> {
  app.post(
    "/api/v1/public/consultations",
    {
      config: {
        public: true,
        idempotent: true,
        rateLimit: { max: deps.config.CONSULTATION_RATE_LIMIT_PER_HOUR, timeWindow: "1 hour" },
      },
      schema: {
        tags: ["public"],
        summary:
          "Ask for a consultation call (no sign-in): opens a consultation ticket and, with a mail server configured, mails a confirmation",
        security: [],
        headers: IdempotencyHeaders,
        body: ConsultationBody,
        response: { 201: Answer },
      },
    },
    async (request, reply) => reply.status(201).send(await requestConsultation(deps, request.body)),
  );

  app.post(
    "/api/v1/public/consultations/confirm",
    {
      config: { public: true, rateLimit: { max: deps.config.CONSULTATION_RATE_LIMIT_PER_HOUR, timeWindow: "1 hour" } },
      schema: {
        tags: ["public"],
        summary:
          "Confirm, through the signed link mailed to its address, that a consultation request is yours: it is linked to your account",
        security: [],
        body: z.strictObject({
          token: z
            .string()
            .min(1)
            .max(2000)
            .regex(/^[A-Za-z0-9_.-]+$/, "expected a signed token")
            .describe("The token of the mailed link"),
        }),
        response: { 200: z.object({ linked: z.literal(true), reference: z.string() }) },
      },
    },
    async (request) => ({ linked: true as const, ...(await confirmConsultation(deps, request.body.token)) }),
  );

  app.get(
    "/api/v1/tickets/:id/consultation",
    {
      schema: {
        tags: ["tickets"],
        summary: "The public request behind a consultation ticket, with its unverified contact (staff)",
        params: TicketRef,
        response: { 200: ConsultationDto },
      },
    },
    async (request) => getConsultation(deps, actorOf(request), request.params.id),
  );

  app.post(
    "/api/v1/tickets/:id/consultation/link",
    {
      schema: {
        tags: ["tickets"],
        summary:
          "Link an unverified consultation ticket to the requester it belongs to (staff; recorded as a requester_linked event)",
        params: TicketRef,
        body: z.strictObject({ personId: z.uuid().describe("An active requester (never a staff account)") }),
        response: { 200: TicketDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentWithSla(deps, actor, await linkConsultation(deps, actor, request.params.id, request.body.personId));
    },
  );
}
