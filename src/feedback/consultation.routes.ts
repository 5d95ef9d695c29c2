import { z } from "zod";
import type { Deps } from "../context.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { requestConsultation } from "./request-consultation.ts";

// Only the types are checked here; every rule (lengths, email, phone, the date range, the window) is checked by
// the use case at once, so a visitor sees every field at fault in one answer. The maxima only bound the work.
const field = (description: string) => z.string().max(10_000).describe(description);

const ConsultationBody = z.strictObject({
  name: field("1–120 characters"),
  company: field("1–160 characters"),
  email: field("An email address; an existing person with it is the requester, else a new one in Prospects"),
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
  confirmationMailQueued: z.boolean().describe("Whether a confirmation mail was queued for the configured mail server (false when SMTP_URL is unset)"),
});

/** The public consultation form (no sign-in, a tight per-client rate limit). */
export async function consultationRoutes(app: HttpServer, deps: Deps): Promise<void> {
  app.post(
    "/api/v1/public/consultations",
    {
      config: { public: true, rateLimit: { max: deps.config.CONSULTATION_RATE_LIMIT_PER_HOUR, timeWindow: "1 hour" } },
      schema: {
        tags: ["public"],
        summary: "Ask for a consultation call (no sign-in): opens a consultation ticket and, with a mail server configured, mails a confirmation",
        security: [],
        body: ConsultationBody,
        response: { 201: Answer },
      },
    },
    async (request, reply) => reply.status(201).send(await requestConsultation(deps, request.body)),
  );
}
