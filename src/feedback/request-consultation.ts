import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { enqueue } from "../platform/jobs/jobs.store.ts";
import { DomainError } from "../shared/errors.ts";
import { localDate, shiftDate } from "../sla/published-calendar.ts";
import { supportTimeZone } from "../sla/published-sla.ts";
import { createTicket } from "../tickets/create-ticket.ts";
import {
  BOOKING_HORIZON_DAYS,
  cleanConsultation,
  confirmationTitle,
  consultationDescription,
  consultationProblems,
  isRobot,
  type ConsultationInput,
} from "./consultation.ts";
import { insertConsultationRequest, personForEmail, prospectsOrganization } from "./consultation.store.ts";
import { feedbackError } from "./feedback.errors.ts";

export type ConsultationAnswer = { accepted: true; reference: string | null; preferredDate: string; windowStart: string; windowEnd: string };

const SUBJECT_MAX = 200;
const IMPACT = "person" as const;
const URGENCY = "low" as const;

/**
 * A consultation asked for on the public form (no sign-in). Every field is checked at once (VALIDATION_FAILED naming
 * each); the preferred day is a date in the support calendar's zone, from today up to 90 days ahead. A filled-in
 * honeypot gets the same answer as a success, but nothing is stored or sent. Otherwise, in one transaction: the
 * person with that email (or a new requester without a password in the Prospects organization), a consultation
 * ticket opened for them through the ticket use case, the request row, and the confirmation mail as an outbox job.
 */
export async function requestConsultation(deps: Deps, input: ConsultationInput): Promise<ConsultationAnswer> {
  const timeZone = await supportTimeZone(deps, IMPACT, URGENCY);
  const now = deps.clock.now();
  const today = localDate(now.getTime(), timeZone);
  const problems = consultationProblems(input, today, shiftDate(today, { days: BOOKING_HORIZON_DAYS }));
  const first = problems[0];
  if (first) throw new DomainError("invalid", "VALIDATION_FAILED", `${first.field}: ${first.message}`, first.field, { errors: problems });
  const r = cleanConsultation(input);
  const answer = { accepted: true as const, preferredDate: r.preferredDate, windowStart: r.windowStart, windowEnd: r.windowEnd };
  if (isRobot(input)) {
    deps.log.info({ honeypot: (input.website ?? "").slice(0, 100) }, "consultation request with the honeypot filled in: answered, not stored");
    return { ...answer, reference: null };
  }
  return deps.db.transaction(async (tx) => {
    const prospects = await prospectsOrganization(tx);
    const person = await personForEmail(tx, { email: r.email, name: r.name, phone: r.phone, organizationId: prospects.id });
    if (!person.active) throw feedbackError("EMAIL_NOT_ACCEPTED", "body.email");
    // The visitor raises the ticket as themselves (the form stands in for their signing in).
    const actor: Actor = {
      personId: person.id,
      name: person.name,
      role: person.role,
      organizationId: person.organizationId,
      orgManager: person.orgManager,
      groupIds: [],
      scopes: ["tickets:read", "tickets:write"],
      via: "session",
    };
    const ticket = await createTicket({ ...deps, db: tx }, actor, {
      subject: `Consultation: ${r.topic}`.slice(0, SUBJECT_MAX),
      description: consultationDescription(r, timeZone),
      type: "consultation",
      impact: IMPACT,
      urgency: URGENCY,
      requesterId: person.id,
      channel: "portal",
    });
    const row = await insertConsultationRequest(tx, { ...r, ticketId: ticket.id, createdAt: now });
    await enqueue(tx, {
      kind: "notify.email",
      payload: {
        ticketId: ticket.id,
        number: ticket.number,
        subject: ticket.state.subject,
        title: confirmationTitle(ticket.number, r, timeZone),
        recipients: [person.id],
        threshold: "consultation.confirmation",
        url: null,
      },
      idempotencyKey: `consultation:${row.id}:confirmation`,
      runAt: now,
    });
    return { ...answer, reference: `#${ticket.number}` };
  });
}
