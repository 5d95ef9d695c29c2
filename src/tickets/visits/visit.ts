import { Temporal } from "temporal-polyfill";
import { visitError } from "./visits.errors.ts";

// Onsite visits are ticket events (`visit`); this file folds them into each visit's state and holds the rules
// a visit's life follows. Pure: instants come in as arguments, never from a clock.

/** Where a technician goes: one of the organization's addresses, and the floor and room inside it. */
export type VisitSite = {
  addressId: string;
  /** The address as it was when scheduled, so the history reads the same after the address is edited. */
  label: string;
  timezone: string;
  floor: string | null;
  room: string | null;
};

/** What a visit report says: the work done, the parts used, and who signed it off for the requester. */
export type VisitReport = { workDone: string; partsUsed: string; signOffName: string };

/** Each thing that happens to a visit; carried as the data of a ticket `visit` event. Instants are ISO strings. */
export type VisitEventData =
  | {
      action: "scheduled";
      visitId: string;
      technicianId: string;
      site: VisitSite;
      windowStart: string;
      windowEnd: string;
      notes: string;
      /** The visit this one follows up (a second trip for the same job). */
      followUpOf: string | null;
      /** Why it was scheduled despite a warning (a window in the past, outside the site's hours) or an overlap. */
      reason: string | null;
      warnings: VisitWarning[];
    }
  | {
      action: "rescheduled";
      visitId: string;
      technicianId: string;
      site: VisitSite;
      windowStart: string;
      windowEnd: string;
      reason: string | null;
      warnings: VisitWarning[];
    }
  | { action: "cancelled"; visitId: string; reason: string | null }
  | { action: "travel_started" | "arrived" | "departed"; visitId: string }
  | ({ action: "report_filed"; visitId: string } & VisitReport)
  | { action: "window_missed"; visitId: string; windowEnd: string };

export const VISIT_ACTIONS = [
  "scheduled",
  "rescheduled",
  "cancelled",
  "travel_started",
  "arrived",
  "departed",
  "report_filed",
  "window_missed",
] as const satisfies ReadonlyArray<VisitEventData["action"]>;
export type VisitAction = VisitEventData["action"];

export const VISIT_STATUSES = ["scheduled", "travelling", "on_site", "completed", "cancelled"] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** One visit as its events leave it. */
export type VisitState = {
  id: string;
  technicianId: string;
  site: VisitSite;
  windowStart: Date;
  windowEnd: Date;
  notes: string;
  followUpOf: string | null;
  status: VisitStatus;
  /** iCalendar SEQUENCE: 0 when scheduled, one more for each change an invitation must carry. */
  sequence: number;
  travelStartedAt: Date | null;
  arrivedAt: Date | null;
  departedAt: Date | null;
  missedAt: Date | null;
  report: VisitReport | null;
  scheduledAt: Date;
  updatedAt: Date;
};

/** Applies one visit event to the visit's state before it (undefined before it was scheduled). */
export function applyVisitEvent(state: VisitState | undefined, data: VisitEventData, at: Date): VisitState {
  if (data.action === "scheduled") {
    return {
      id: data.visitId,
      technicianId: data.technicianId,
      site: data.site,
      windowStart: new Date(data.windowStart),
      windowEnd: new Date(data.windowEnd),
      notes: data.notes,
      followUpOf: data.followUpOf,
      status: "scheduled",
      sequence: 0,
      travelStartedAt: null,
      arrivedAt: null,
      departedAt: null,
      missedAt: null,
      report: null,
      scheduledAt: at,
      updatedAt: at,
    };
  }
  if (!state) throw new Error(`visit ${data.visitId}: ${data.action} before scheduled`);
  const next: VisitState = { ...state, updatedAt: at };
  switch (data.action) {
    case "rescheduled":
      return {
        ...next,
        technicianId: data.technicianId,
        site: data.site,
        windowStart: new Date(data.windowStart),
        windowEnd: new Date(data.windowEnd),
        // A new window forgets a missed old one: the new one can be missed again.
        missedAt: null,
        sequence: state.sequence + 1,
      };
    case "cancelled":
      return { ...next, status: "cancelled", sequence: state.sequence + 1 };
    case "travel_started":
      return { ...next, status: "travelling", travelStartedAt: at };
    case "arrived":
      return { ...next, status: "on_site", arrivedAt: at };
    case "departed":
      return { ...next, status: "completed", departedAt: at };
    case "report_filed":
      return {
        ...next,
        report: { workDone: data.workDone, partsUsed: data.partsUsed, signOffName: data.signOffName },
      };
    case "window_missed":
      return { ...next, missedAt: at };
  }
}

/** Every visit of a ticket, folded from its `visit` events in order. */
export function foldVisits(events: ReadonlyArray<{ at: Date; data: VisitEventData }>): Map<string, VisitState> {
  const visits = new Map<string, VisitState>();
  for (const e of events) visits.set(e.data.visitId, applyVisitEvent(visits.get(e.data.visitId), e.data, e.at));
  return visits;
}

/** The steps a technician records, in the only order they make sense. */
export type VisitStep = "travel_started" | "arrived" | "departed";

/**
 * Whether a step may be recorded now: nothing on a cancelled or completed visit; check-out only after check-in
 * (VISIT_NOT_ON_SITE); check-in once; travel only before arrival. Throws the conflict otherwise.
 */
export function checkStep(visit: VisitState, step: VisitStep): void {
  if (visit.status === "cancelled") throw visitError("VISIT_CANCELLED");
  if (visit.status === "completed") throw visitError("VISIT_COMPLETED");
  if (step === "departed" && visit.status !== "on_site") throw visitError("VISIT_NOT_ON_SITE");
  if (step === "arrived" && visit.status === "on_site") throw visitError("VISIT_ALREADY_ON_SITE");
  if (step === "travel_started" && visit.status !== "scheduled") throw visitError("VISIT_ALREADY_ON_SITE");
}

/** Whether a visit may still be changed (rescheduled, reassigned, cancelled): only before the technician arrives. */
export function checkChangeable(visit: VisitState): void {
  if (visit.status === "cancelled") throw visitError("VISIT_CANCELLED");
  if (visit.status === "on_site" || visit.status === "completed") throw visitError("VISIT_ALREADY_STARTED");
}

/** A site's opening hours: days of the week (ISO 1 = Monday … 7) and a local from–to time. */
export type SiteHours = { days: number[]; open: string; close: string };

/** Something about a window that is allowed only with a reason. */
export type VisitWarning = { code: "WINDOW_IN_PAST" | "OUTSIDE_SITE_HOURS"; field: string };

/** The warnings a window earns: it starts in the past; it is not inside one day's opening hours of the site. */
export function windowWarnings(
  window: { start: Date; end: Date },
  site: { timezone: string; hours: SiteHours | null },
  now: Date,
): VisitWarning[] {
  const warnings: VisitWarning[] = [];
  if (window.start.getTime() < now.getTime()) warnings.push({ code: "WINDOW_IN_PAST", field: "body.windowStart" });
  if (site.hours && !insideHours(window, site.timezone, site.hours))
    warnings.push({ code: "OUTSIDE_SITE_HOURS", field: "body.windowStart" });
  return warnings;
}

function insideHours(window: { start: Date; end: Date }, timezone: string, hours: SiteHours): boolean {
  const local = (d: Date) => Temporal.Instant.fromEpochMilliseconds(d.getTime()).toZonedDateTimeISO(timezone);
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const start = local(window.start);
  const end = local(window.end);
  const days = start.toPlainDate().until(end.toPlainDate()).days;
  // One working day: a window ending on a later day is outside the hours (unless it ends at that midnight).
  const endMinutes = days === 0 ? end.hour * 60 + end.minute : days === 1 && end.hour + end.minute === 0 ? 1440 : -1;
  if (endMinutes < 0 || !hours.days.includes(start.dayOfWeek)) return false;
  return start.hour * 60 + start.minute >= minutes(hours.open) && endMinutes <= minutes(hours.close);
}

/** Whether two windows share any instant (touching ends do not overlap: 09–10 and 10–11 are back to back). */
export function windowsOverlap(a: { start: Date; end: Date }, b: { start: Date; end: Date }): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

/** A visit whose window has ended without the technician arriving: the instant it becomes missed, else null. */
export function missedWindowDueAt(visit: VisitState): number | null {
  if (visit.status !== "scheduled" && visit.status !== "travelling") return null;
  if (visit.arrivedAt || visit.missedAt) return null;
  return visit.windowEnd.getTime();
}
