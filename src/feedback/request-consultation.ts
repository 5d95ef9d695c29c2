import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { enqueue } from "../platform/jobs/jobs.store.ts";
import { DomainError } from "../shared/errors.ts";
import { localDate, shiftDate } from "../sla/published/published-calendar.ts";
import type { Calendar } from "../sla/calendar/index.ts";
import { supportCalendar } from "../sla/published/published-sla.ts";
import { createTicket } from "../tickets/ticket/create-ticket.ts";
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
import { CONSULTATION_MAIL_JOB, type ConsultationMailPayload } from "./consultation-mail.job.ts";
import {
  insertConsultationRequest,
  prospectsOrganization,
  UNVERIFIED_VISITOR,
  unverifiedVisitor,
} from "./consultation.store.ts";

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
 * honeypot gets the same answer as a success, but nothing is stored or sent. Otherwise, in one transaction: a
 * consultation ticket for the unverified web visitor (the form never acts as anyone: no event names an account,
 * none says staff), the request row with the name and address exactly as typed, and the receipt mail as an outbox
 * job, which carries a signed confirmation link when the address belongs to an active requester
 * (docs/decisions/0004) — queued only when a mail server is configured, and the answer says whether it was. The window
 * must lie within that day's support hours. The answer is the same whoever owns the address, so the form tells no
 * one who has an account.
 */
export async function requestConsultation(deps: Deps, input: ConsultationInput): Promise<ConsultationAnswer> {
  const calendar = await supportCalendar(deps, IMPACT, URGENCY);
  const timeZone = calendar?.timezone ?? "UTC";
  const now = deps.clock.now();
  const today = localDate(now.getTime(), timeZone);
  const problems = consultationProblems(input, today, shiftDate(today, { days: BOOKING_HORIZON_DAYS }));
  problems.push(...hoursProblems(calendar, input, problems));
  const first = problems[0];
  if (first)
    throw new DomainError("invalid", "VALIDATION_FAILED", `${first.field}: ${first.message}`, first.field, {
      errors: problems,
    });
  const r = cleanConsultation(input);
  const answer = {
    accepted: true as const,
    preferredDate: r.preferredDate,
    windowStart: r.windowStart,
    windowEnd: r.windowEnd,
    confirmationMailQueued: mailConfigured(deps),
  };
  if (isRobot(input)) {
    deps.log.info(
      { honeypot: (input.website ?? "").slice(0, 100) },
      "consultation request with the honeypot filled in: answered, not stored",
    );
    return { ...answer, reference: null };
  }
  return deps.db.transaction(async (tx) => {
    const prospects = await prospectsOrganization(tx);
    const visitor = await unverifiedVisitor(tx, prospects.id);
    const ticket = await createTicket({ ...deps, db: tx }, visitorActor(visitor), {
      subject: `Consultation: ${r.topic}`.slice(0, SUBJECT_MAX),
      description: consultationDescription(r, timeZone),
      type: "consultation",
      impact: IMPACT,
      urgency: URGENCY,
      requesterId: visitor.id,
      channel: "portal",
    });
    const row = await insertConsultationRequest(tx, { ...r, ticketId: ticket.id, createdAt: now });
    if (answer.confirmationMailQueued) {
      const payload: ConsultationMailPayload = {
        consultationId: row.id,
        title: confirmationTitle(ticket.number, r, timeZone),
      };
      await enqueue(tx, {
        kind: CONSULTATION_MAIL_JOB,
        payload,
        idempotencyKey: `consultation:${row.id}:confirmation`,
        runAt: now,
      });
    }
    return { ...answer, reference: `#${ticket.number}` };
  });
}

/**
 * Who opens the ticket: the form itself, standing for no one. `via: "system"` keeps the created event's actor
 * empty, and the requester role keeps it from being staff's; it may raise a ticket only for the visitor.
 */
function visitorActor(visitor: { id: string; organizationId: string }): Actor {
  return {
    personId: visitor.id,
    name: UNVERIFIED_VISITOR.name,
    role: "requester",
    organizationId: visitor.organizationId,
    orgManager: false,
    groupIds: [],
    scopes: ["tickets:read", "tickets:write"],
    via: "system",
  };
}

/** Whether there is a mail server to send confirmations through (SMTP_URL); without one, none is queued or promised. */
function mailConfigured(deps: Pick<Deps, "config">): boolean {
  return Boolean(deps.config.SMTP_URL);
}

/** The support-hours check, once the date and the window are otherwise valid (one problem per field at most). */
function hoursProblems(
  calendar: Calendar | undefined,
  input: ConsultationInput,
  found: readonly FieldProblem[],
): FieldProblem[] {
  const timing = ["body.preferredDate", "body.windowStart", "body.windowEnd"];
  if (found.some((p) => timing.includes(p.field))) return [];
  const problem = windowOutsideHours(calendar, input);
  return problem ? [problem] : [];
}
