import ical, { ICalAttendeeRole, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { Temporal } from "temporal-polyfill";
import type { VisitState } from "./visit.ts";

/** Who an invitation names: the desk as organizer, the requester and the technician as attendees. */
export type InvitationPeople = {
  organizer: { name: string; email: string };
  requester: { name: string; email: string };
  technician: { name: string; email: string };
};

export type Invitation = { method: "REQUEST" | "CANCEL"; content: string };

/** The UID every version of a visit's invitation shares, so calendars update or remove the one entry. */
export const invitationUid = (visitId: string) => `visit-${visitId}@frontline`;

/**
 * A visit's iCalendar invitation (RFC 5545/5546): METHOD REQUEST while it stands, CANCEL once cancelled; the same UID
 * for its whole life and its SEQUENCE (one more for each reschedule, reassignment or cancellation), so a calendar
 * replaces the entry it has. Times are written in the site's zone (TZID, with its VTIMEZONE) so the entry reads as
 * the site's wall clock wherever the reader is.
 */
export function visitInvitation(
  visit: VisitState,
  ticket: { number: number; subject: string },
  people: InvitationPeople,
  now: Date,
): Invitation {
  const method = visit.status === "cancelled" ? "CANCEL" : "REQUEST";
  const zone = visit.site.timezone;
  const local = (d: Date) => Temporal.Instant.fromEpochMilliseconds(d.getTime()).toZonedDateTimeISO(zone);
  const calendar = ical({
    prodId: { company: "Frontline", product: "Onsite visits", language: "EN" },
    method: method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    timezone: { name: zone, generator: (tz) => vtimezone(tz, visit.windowStart) },
  });
  const where = [
    visit.site.label,
    visit.site.floor && `floor ${visit.site.floor}`,
    visit.site.room && `room ${visit.site.room}`,
  ]
    .filter(Boolean)
    .join(", ");
  calendar.createEvent({
    id: invitationUid(visit.id),
    sequence: visit.sequence,
    stamp: now,
    // ical-generator writes a Temporal.ZonedDateTime as its wall-clock time under TZID (a Date would be read in the
    // server's own zone).
    start: local(visit.windowStart) as unknown as Date,
    end: local(visit.windowEnd) as unknown as Date,
    timezone: zone,
    summary: `Onsite visit: #${ticket.number} ${ticket.subject}`,
    description: `Technician: ${people.technician.name}\nTicket #${ticket.number}`,
    location: where,
    status: method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: people.organizer,
    attendees: [
      { ...people.requester, role: ICalAttendeeRole.REQ, rsvp: false },
      { ...people.technician, role: ICalAttendeeRole.REQ, rsvp: false },
    ],
  });
  return { method, content: calendar.toString() };
}

const two = (n: number) => String(n).padStart(2, "0");
const offset = (ns: number) => {
  const minutes = Math.round(ns / 60e9);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${two(Math.floor(abs / 60))}${two(abs % 60)}`;
};
const wall = (z: Temporal.ZonedDateTime) =>
  `${z.year}${two(z.month)}${two(z.day)}T${two(z.hour)}${two(z.minute)}${two(z.second)}`;

/**
 * The VTIMEZONE of an IANA zone, from its own transitions (no zone database of our own): every change of offset
 * from a year before `around` to a year after it as one STANDARD or DAYLIGHT observance, or one fixed observance
 * when the zone does not change then (Asia/Karachi).
 */
export function vtimezone(zone: string, around: Date): string {
  const from = Temporal.Instant.fromEpochMilliseconds(around.getTime()).toZonedDateTimeISO(zone).subtract({ years: 1 });
  const until = from.add({ years: 2 });
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`];
  let at = from;
  let changes = 0;
  for (;;) {
    const next = at.getTimeZoneTransition("next");
    if (!next || Temporal.ZonedDateTime.compare(next, until) > 0) break;
    const before = next.subtract({ nanoseconds: 1 }).offsetNanoseconds;
    const after = next.offsetNanoseconds;
    const kind = after > before ? "DAYLIGHT" : "STANDARD";
    // DTSTART is the local time just before the change, in the offset it changes from (RFC 5545 §3.6.5).
    const localBefore = next.toInstant().toZonedDateTimeISO("UTC").add({ nanoseconds: before });
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${wall(localBefore)}`,
      `TZOFFSETFROM:${offset(before)}`,
      `TZOFFSETTO:${offset(after)}`,
      `END:${kind}`,
    );
    at = next;
    changes++;
  }
  if (changes === 0) {
    const fixed = offset(from.offsetNanoseconds);
    lines.push(
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      `TZOFFSETFROM:${fixed}`,
      `TZOFFSETTO:${fixed}`,
      "END:STANDARD",
    );
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}
