import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { applyVisitEvent, type VisitEventData, type VisitState } from "./visit.ts";
import { invitationUid, visitInvitation, vtimezone } from "./invitation.ts";

const people = {
  organizer: { name: "Frontline service desk", email: "desk@frontline.test" },
  requester: { name: "Ayesha Khan", email: "ayesha@client.test" },
  technician: { name: "Bilal Ahmed", email: "bilal@frontline.test" },
};
const ticket = { number: 10042, subject: "Printer on the 3rd floor jams" };
const site = (timezone: string) => ({
  addressId: "hq",
  label: "HQ, 12 Mall Road, Lahore",
  timezone,
  floor: "3",
  room: "301",
});
const scheduled = (timezone: string): VisitState =>
  applyVisitEvent(
    undefined,
    {
      action: "scheduled",
      visitId: "6f1c2a8e-0000-4000-8000-000000000001",
      technicianId: "t1",
      site: site(timezone),
      windowStart: "2026-03-02T05:00:00.000Z",
      windowEnd: "2026-03-02T07:00:00.000Z",
      notes: "ring at reception",
      followUpOf: null,
      reason: null,
      warnings: [],
    },
    new Date("2026-02-27T10:00:00Z"),
  );
const now = new Date("2026-02-27T10:00:00Z");
const readBack = (content: string) => {
  const parsed = ical.sync.parseICS(content);
  const events = Object.values(parsed).filter((c): c is VEvent => c?.type === "VEVENT");
  expect(events).toHaveLength(1);
  return { calendar: parsed, event: events[0]! };
};

describe("a visit's iCalendar invitation, read back by node-ical", () => {
  it("is a REQUEST for the site's window, in the site's zone, with the visit's UID and SEQUENCE 0", () => {
    const inv = visitInvitation(scheduled("Asia/Karachi"), ticket, people, now);
    expect(inv.method).toBe("REQUEST");
    expect(inv.content).toContain("METHOD:REQUEST");
    expect(inv.content).toContain("DTSTART;TZID=Asia/Karachi:20260302T100000");
    const { event } = readBack(inv.content);
    expect(event.uid).toBe(invitationUid("6f1c2a8e-0000-4000-8000-000000000001"));
    expect(Number(event.sequence)).toBe(0);
    expect(event.start.toISOString()).toBe("2026-03-02T05:00:00.000Z");
    expect(event.end?.toISOString()).toBe("2026-03-02T07:00:00.000Z");
    expect(event.start.tz).toBe("Asia/Karachi");
    expect(event.location).toBe("HQ, 12 Mall Road, Lahore, floor 3, room 301");
    expect(String(event.summary)).toContain("#10042");
    const attendees = [event.attendee].flat().map((a) => String(typeof a === "string" ? a : a?.val).toLowerCase());
    expect(attendees).toEqual(["mailto:ayesha@client.test", "mailto:bilal@frontline.test"]);
  });

  it("keeps the wall clock of a zone with summer time: 10:00 in Berlin is 09:00Z in winter and 08:00Z in summer", () => {
    const winter = scheduled("Europe/Berlin");
    const summer = {
      ...winter,
      windowStart: new Date("2026-07-01T08:00:00Z"),
      windowEnd: new Date("2026-07-01T09:00:00Z"),
    };
    expect(visitInvitation(winter, ticket, people, now).content).toContain(
      "DTSTART;TZID=Europe/Berlin:20260302T060000",
    );
    const { event } = readBack(visitInvitation(summer, ticket, people, now).content);
    expect(event.start.toISOString()).toBe("2026-07-01T08:00:00.000Z");
    expect(visitInvitation(summer, ticket, people, now).content).toContain(
      "DTSTART;TZID=Europe/Berlin:20260701T100000",
    );
  });

  it("a reschedule keeps the UID and raises the SEQUENCE, with the new times", () => {
    const first = scheduled("Asia/Karachi");
    const change: VisitEventData = {
      action: "rescheduled",
      visitId: first.id,
      technicianId: "t1",
      site: first.site,
      windowStart: "2026-03-03T09:00:00.000Z",
      windowEnd: "2026-03-03T10:00:00.000Z",
      reason: null,
      warnings: [],
    };
    const moved = applyVisitEvent(first, change, now);
    const { event } = readBack(visitInvitation(moved, ticket, people, now).content);
    expect(event.uid).toBe(invitationUid(first.id));
    expect(Number(event.sequence)).toBe(1);
    expect(event.start.toISOString()).toBe("2026-03-03T09:00:00.000Z");
  });

  it("a cancellation is METHOD:CANCEL, STATUS:CANCELLED, same UID, next SEQUENCE", () => {
    const first = scheduled("Asia/Karachi");
    const cancelled = applyVisitEvent(first, { action: "cancelled", visitId: first.id, reason: "fixed remotely" }, now);
    const inv = visitInvitation(cancelled, ticket, people, now);
    expect(inv.method).toBe("CANCEL");
    const { calendar, event } = readBack(inv.content);
    expect(inv.content).toContain("METHOD:CANCEL");
    expect(event.status).toBe("CANCELLED");
    expect(Number(event.sequence)).toBe(1);
    expect(event.uid).toBe(invitationUid(first.id));
    expect(Object.values(calendar).some((c) => c?.type === "VTIMEZONE")).toBe(true);
  });

  it("describes a zone's observances: one fixed offset for Karachi, summer and winter time for Berlin", () => {
    const karachi = vtimezone("Asia/Karachi", new Date("2026-03-02T00:00:00Z"));
    expect(karachi).toContain("TZOFFSETTO:+0500");
    expect(karachi).not.toContain("DAYLIGHT");
    const berlin = vtimezone("Europe/Berlin", new Date("2026-03-02T00:00:00Z"));
    expect(berlin).toContain("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200");
  });
});
