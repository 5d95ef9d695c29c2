import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { enqueue } from "../platform/jobs/jobs.store.ts";
import { DomainError } from "../shared/errors.ts";
import { localDate, shiftDate } from "../sla/published-calendar.ts";
import type { Db } from "../platform/db/database.ts";
import type { Calendar } from "../sla/calendar/index.ts";
import { supportCalendar } from "../sla/published-sla.ts";
import { createTicket } from "../tickets/create-ticket.ts";
import {
  BOOKING_HORIZON_DAYS,
  cleanConsultation,
  confirmationTitle,
  consultationDescription,
  consultationProblems,
  isRobot,
  type ConsultationInput,
  type FieldProblem,
} from "./consultation.ts";
import { windowOutsideHours } from "./consultation-hours.ts";
import { insertConsultationRequest, personForEmail, prospectsOrganization } from "./consultation.store.ts";
import { feedbackError } from "./feedback.errors.ts";

export type ConsultationAnswer = {
  accepted: true;
  reference: string | null;
  preferredDate: string;
  windowStart: string;
  windowEnd: string;
  /** Whether a confirmation mail was queued for a configured mail server (the page claims a mail only then). */
  confirmationMailQueued: boolean;
};

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
  const calendar = await supportCalendar(deps, IMPACT, URGENCY);
  const timeZone = calendar?.timezone ?? "UTC";
  const now = deps.clock.now();
  const today = localDate(now.getTime(), timeZone);
  const problems = consultationProblems(input, today, shiftDate(today, { days: BOOKING_HORIZON_DAYS }));
  problems.push(...hoursProblems(calendar, input, problems));
  const first = problems[0];
  if (first) throw new DomainError("invalid", "VALIDATION_FAILED", `${first.field}: ${first.message}`, first.field, { errors: problems });
  const r = cleanConsultation(input);
  const answer = { accepted: true as const, preferredDate: r.preferredDate, windowStart: r.windowStart, windowEnd: r.windowEnd, confirmationMailQueued: mailConfigured(deps) };
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
    const queued = await queueConfirmation(deps, tx, { ticket, personId: person.id, requestId: row.id, title: confirmationTitle(ticket.number, r, timeZone), now });
    return { ...answer, reference: `#${ticket.number}`, confirmationMailQueued: queued };
  });
}

/** Whether there is a mail server to send confirmations through (SMTP_URL); without one, none is queued or promised. */
function mailConfigured(deps: Pick<Deps, "config">): boolean {
  return Boolean(deps.config.SMTP_URL);
}

/** The support-hours check, once the date and the window are otherwise valid (one problem per field at most). */
function hoursProblems(calendar: Calendar | undefined, input: ConsultationInput, found: readonly FieldProblem[]): FieldProblem[] {
  const timing = ["body.preferredDate", "body.windowStart", "body.windowEnd"];
  if (found.some((p) => timing.includes(p.field))) return [];
  const problem = windowOutsideHours(calendar, input);
  return problem ? [problem] : [];
}

/** Queues the confirmation mail in the request's transaction when a mail server is configured; says whether it did. */
async function queueConfirmation(
  deps: Pick<Deps, "config">,
  tx: Db,
  c: { ticket: { id: string; number: number; state: { subject: string } }; personId: string; requestId: string; title: string; now: Date },
): Promise<boolean> {
  if (!mailConfigured(deps)) return false;
  await enqueue(tx, {
    kind: "notify.email",
    payload: {
      ticketId: c.ticket.id,
      number: c.ticket.number,
      subject: c.ticket.state.subject,
      title: c.title,
      recipients: [c.personId],
      threshold: "consultation.confirmation",
      url: null,
    },
    idempotencyKey: `consultation:${c.requestId}:confirmation`,
    runAt: c.now,
  });
  return true;
}
