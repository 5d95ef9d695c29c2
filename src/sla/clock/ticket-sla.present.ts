import { z } from "zod";
import { PRIORITIES } from "../../shared/enums.ts";
import { CLOCK_OUTCOMES, type Clock } from "./clocks.ts";
import type { GroupHold } from "./ola.ts";
import { EscalationDto, presentEscalation } from "../escalation/escalation.present.ts";
import type { TicketSla } from "./get-ticket-sla.ts";
import { CLOCK_KINDS } from "../policy/policy.ts";
import { formatOn, minutesOf } from "../calendar/sla-time.ts";

const When = z.string().describe("ISO 8601 with the offset of the clock's calendar");

const ClockDto = z.object({
  kind: z.enum(CLOCK_KINDS),
  cycle: z.number().int().describe("0, or the n-th time the requester wrote again (next reply)"),
  calendarId: z.uuid(),
  targetMinutes: z.number(),
  usedMinutes: z.number().describe("Business minutes used up to now (or to the stop)"),
  remainingMinutes: z.number().describe("Negative once breached"),
  state: z.enum(["running", "paused", "stopped"]),
  outcome: z
    .enum(CLOCK_OUTCOMES)
    .describe("met_by_resolution: resolved before any public reply and still resolved (first response)"),
  startedAt: When,
  dueAt: When.nullable().describe(
    "The earliest instant used time reaches the target (later pauses never move it); null while paused or when met",
  ),
  dueIfResumedAt: When.nullable().describe(
    "While paused: when it would be due if resumed now (now + the business time left); null otherwise",
  ),
  breachedAt: When.nullable(),
  stoppedAt: When.nullable(),
  stopCause: z.string().nullable(),
  segments: z
    .array(z.object({ from: When, to: When.nullable(), running: z.boolean(), cause: z.string() }))
    .describe("The clock's life: running and paused stretches, and what started each"),
});

const OlaDto = z.object({
  groupId: z.uuid(),
  groupName: z.string(),
  calendarId: z.uuid(),
  heldMinutes: z.number().describe("Business minutes the group held the ticket while it was active"),
  targetMinutes: z.number().nullable(),
  exceeded: z.boolean().nullable(),
  holding: z.boolean().describe("The group holds the ticket now and its time runs"),
  periods: z.array(z.object({ from: When, to: When.nullable() })),
});

export const TicketSlaDto = z
  .object({
    ticketId: z.uuid(),
    number: z.number().int(),
    priority: z.enum(PRIORITIES),
    computedAt: z.string(),
    policy: z
      .object({ id: z.uuid(), name: z.string(), versionId: z.uuid(), version: z.number().int() })
      .nullable()
      .describe("The pinned policy version; null when no policy applied"),
    clocks: z.array(ClockDto),
    ola: z.array(OlaDto).nullable().describe("Time each support group held the ticket (staff only; null otherwise)"),
    escalations: z.array(EscalationDto).nullable().describe("Newest first (staff only; null otherwise)"),
    followsParent: z
      .object({ id: z.uuid(), number: z.number().int() })
      .nullable()
      .describe(
        "The major incident whose clocks this ticket follows (its own record is kept); null when it runs its own",
      ),
  })
  .meta({ id: "TicketSla" });

function presentClock(c: Clock, sla: TicketSla): z.infer<typeof ClockDto> {
  const on = (ms: number) => formatOn(sla.calendars.get(c.calendarId), ms);
  const maybe = (ms: number | null) => (ms === null ? null : on(ms));
  return {
    kind: c.kind,
    cycle: c.cycle,
    calendarId: c.calendarId,
    targetMinutes: minutesOf(c.targetMs),
    usedMinutes: minutesOf(c.usedMs),
    remainingMinutes: minutesOf(c.remainingMs),
    state: c.state,
    outcome: c.outcome,
    startedAt: on(c.startedAt),
    dueAt: maybe(c.dueAt),
    dueIfResumedAt: maybe(c.dueIfResumedAt ?? null),
    breachedAt: maybe(c.breachedAt),
    stoppedAt: maybe(c.stoppedAt),
    stopCause: c.stopCause,
    segments: c.segments.map((s) => ({ from: on(s.from), to: maybe(s.to), running: s.running, cause: s.cause })),
  };
}

function presentHold(h: GroupHold & { groupName: string }, sla: TicketSla): z.infer<typeof OlaDto> {
  const on = (ms: number) => formatOn(sla.calendars.get(h.calendarId), ms);
  return {
    groupId: h.groupId,
    groupName: h.groupName,
    calendarId: h.calendarId,
    heldMinutes: minutesOf(h.heldMs),
    targetMinutes: h.targetMs === null ? null : minutesOf(h.targetMs),
    exceeded: h.exceeded,
    holding: h.holding,
    periods: h.periods.map((p) => ({ from: on(p.from), to: p.to === null ? null : on(p.to) })),
  };
}

/** A ticket's live SLA as the API shows it. */
export function presentTicketSla(sla: TicketSla): z.infer<typeof TicketSlaDto> {
  const policy = sla.policy && {
    id: sla.policy.row.id,
    name: sla.policy.row.name,
    versionId: sla.policy.version.id,
    version: sla.policy.version.version,
  };
  return {
    ticketId: sla.ticket.id,
    number: sla.ticket.number,
    priority: sla.summary?.priority ?? sla.ticket.priority,
    computedAt: new Date(sla.now).toISOString(),
    policy,
    clocks: (sla.summary?.clocks ?? []).map((c) => presentClock(c, sla)),
    ola: sla.ola && sla.ola.map((h) => presentHold(h, sla)),
    escalations: sla.escalations && sla.escalations.map(presentEscalation),
    followsParent: sla.followsParent,
  };
}
