import { describe, expect, it } from "vitest";
import type { FieldChange, TicketEvent, TicketFields } from "../../tickets/ticket/events.ts";
import { compileCalendar, type CalendarTimeline } from "../calendar/index.ts";
import { PolicyDefinition } from "../policy/policy.ts";
import { foldClocks, type ClockSummary } from "./clocks.ts";
import { dueThresholds, thresholdsOf } from "../escalation/thresholds.ts";

const ALWAYS = "00000000-0000-4000-8000-000000000001";
const OFFICE = "00000000-0000-4000-8000-000000000002";
const BERLIN = "00000000-0000-4000-8000-000000000003";
const week = [["09:00", "18:00"]] as [string, string][];
const calendars = new Map<string, CalendarTimeline>([
  [ALWAYS, [{ from: 0, compiled: compileCalendar({ timezone: "UTC", always: true }) }]],
  [
    OFFICE,
    [
      {
        from: 0,
        compiled: compileCalendar({
          timezone: "Asia/Karachi",
          weekly: { mon: week, tue: week, wed: week, thu: week, fri: week },
        }),
      },
    ],
  ],
  [
    BERLIN,
    [
      {
        from: 0,
        compiled: compileCalendar({
          timezone: "Europe/Berlin",
          weekly: { mon: week, tue: week, wed: week, thu: week, fri: week },
        }),
      },
    ],
  ],
]);
const policy = PolicyDefinition.parse({
  targets: {
    critical: { firstResponseMinutes: 5, resolutionMinutes: 60, calendarId: ALWAYS },
    high: { firstResponseMinutes: 10, resolutionMinutes: 240, calendarId: OFFICE },
    medium: { firstResponseMinutes: 60, resolutionMinutes: 480, nextReplyMinutes: 120, calendarId: OFFICE },
    low: { firstResponseMinutes: 120, resolutionMinutes: 1440, calendarId: OFFICE },
  },
});

const fields: TicketFields = {
  subject: "s",
  description: "d",
  type: "incident",
  categoryId: null,
  impact: "department",
  urgency: "medium",
  priority: "medium",
  priorityOverride: null,
  status: "new",
  requesterId: "r",
  organizationId: "o",
  groupId: null,
  assigneeId: null,
  channel: "portal",
  tags: [],
  parentId: null,
};
// Monday 2026-03-02, Karachi is UTC+5: 09:00 local = 04:00Z.
const T = (hhmm: string, day = "02") => new Date(`2026-03-${day}T${hhmm}:00+05:00`);
const opened = (at: Date, over: Partial<TicketFields> = {}, fromStaff = false): TicketEvent => ({
  type: "created",
  at,
  actorId: "r",
  data: { fields: { ...fields, ...over }, fromStaff },
});
const reply = (
  at: Date,
  fromStaff: boolean,
  extra: { automatic?: boolean; channel?: TicketFields["channel"] } = {},
): TicketEvent => ({
  type: "replied",
  at,
  actorId: "a",
  data: { body: "…", channel: extra.channel ?? "email", attachmentIds: [], fromStaff, automatic: extra.automatic },
});
const change = (at: Date, ...changes: FieldChange[]): TicketEvent => ({
  type: "changed",
  at,
  actorId: "a",
  data: { changes, reason: null },
});
const status = (at: Date, from: TicketFields["status"], to: TicketFields["status"]) =>
  change(at, { field: "status", from, to });
const clock = (s: ClockSummary, kind: string) => s.clocks.find((c) => c.kind === kind)!;
const fold = (events: TicketEvent[], now: Date) => foldClocks(events, { policy, calendars, now: now.getTime() });
/** Every priority on one calendar with a 60-minute response and resolution target. */
const onCalendar = (calendarId: string) => {
  const t = { firstResponseMinutes: 60, resolutionMinutes: 60, calendarId };
  return PolicyDefinition.parse({ targets: { critical: t, high: t, medium: t, low: t } });
};

describe("SLA clocks folded from the ticket history", () => {
  it("a medium ticket opened at 10:00 must be answered by 11:00 and resolved by 18:00 the same day", () => {
    const s = fold([opened(T("10:00"))], T("10:30"));
    expect(clock(s, "first_response")).toMatchObject({
      state: "running",
      usedMs: 30 * 60_000,
      dueAt: T("11:00").getTime(),
      outcome: "pending",
    });
    expect(clock(s, "resolution").dueAt).toBe(T("18:00").getTime());
  });

  it("the first public reply from an agent stops the response clock; notes, requester messages and auto-acknowledgements do not", () => {
    const events = [
      opened(T("10:00")),
      reply(T("10:05"), false),
      reply(T("10:06"), true, { automatic: true }),
      reply(T("10:40"), true, { channel: "phone" }),
    ];
    const fr = clock(fold(events, T("12:00")), "first_response");
    expect(fr).toMatchObject({
      state: "stopped",
      usedMs: 40 * 60_000,
      outcome: "met",
      stoppedAt: T("10:40").getTime(),
    });
    expect(fr.stopCause).toContain("phone");
  });

  it("an agent opening the ticket during a phone call has responded already", () => {
    const fr = clock(fold([opened(T("10:00"), { channel: "phone" }, true)], T("10:30")), "first_response");
    expect(fr).toMatchObject({ state: "stopped", usedMs: 0, outcome: "met" });
  });

  it("a response after the target is a breach stamped at the instant the target passed", () => {
    const fr = clock(fold([opened(T("10:00")), reply(T("11:30"), true)], T("12:00")), "first_response");
    expect(fr).toMatchObject({ outcome: "breached", breachedAt: T("11:00").getTime() });
  });

  it("counts only support hours: opened Friday 17:30, the response is due Monday 09:30", () => {
    const s = fold([opened(T("17:30", "06"))], T("17:45", "06"));
    expect(clock(s, "first_response").dueAt).toBe(T("09:30", "09").getTime());
  });

  it("waiting on the customer pauses resolution, not the response clock, and resuming continues the count", () => {
    const events = [
      opened(T("10:00")),
      reply(T("10:10"), true),
      status(T("10:10"), "new", "open"),
      status(T("11:00"), "open", "pending"),
      status(T("15:00"), "pending", "open"),
    ];
    const res = clock(fold(events, T("16:00")), "resolution");
    expect(res.usedMs).toBe(2 * 3_600_000);
    expect(res.segments.map((x) => [x.running, x.cause])).toEqual([
      [true, "ticket opened"],
      [false, "status → pending"],
      [true, "status → open"],
    ]);
    // 2 h used at 16:00; 6 h left: 16:00–18:00 today, then 09:00–13:00 on Tuesday.
    expect(res.dueAt).toBe(T("13:00", "03").getTime());
  });

  it("resolving stops resolution; a reopen resumes it with the time already used", () => {
    const events = [
      opened(T("10:00")),
      reply(T("10:10"), true),
      status(T("11:00"), "new", "resolved"),
      status(T("12:00"), "resolved", "open"),
    ];
    const res = clock(fold(events, T("13:00")), "resolution");
    expect(res).toMatchObject({ state: "running", usedMs: 2 * 3_600_000 });
    expect(res.segments.at(-1)!.cause).toBe("reopened");
  });

  it("a priority change re-targets every clock from the ticket's start, on the new priority's calendar", () => {
    const events = [opened(T("10:00")), change(T("10:03"), { field: "priority", from: "medium", to: "critical" })];
    const s = fold(events, T("10:20"));
    expect(s.priority).toBe("critical");
    expect(clock(s, "first_response")).toMatchObject({
      targetMs: 5 * 60_000,
      calendarId: ALWAYS,
      outcome: "breached",
      breachedAt: T("10:05").getTime(),
    });
  });

  it("runs a next-reply clock for each time the requester writes again after being answered", () => {
    const events = [
      opened(T("10:00")),
      reply(T("10:10"), true),
      reply(T("11:00"), false),
      reply(T("11:30"), true),
      reply(T("12:00"), false),
    ];
    const nr = clock(fold(events, T("12:30")), "next_reply");
    expect(nr).toMatchObject({ cycle: 2, state: "running", usedMs: 30 * 60_000, dueAt: T("14:00").getTime() });
  });

  it("yields warnings at 50/75/90 % and the breach, each due once", () => {
    const summary = fold([opened(T("10:00"), { priority: "critical" })], T("10:00"));
    const all = thresholdsOf(summary, policy, calendars).filter((t) => t.clock === "first_response");
    expect(all.map((t) => [t.kind, t.at! - T("10:00").getTime()])).toEqual([
      ["warning", 150_000],
      ["warning", 225_000],
      ["warning", 270_000],
      ["breach", 300_000],
    ]);
    const { due, nextDueAt } = dueThresholds(all, new Set([all[0]!.key]), T("10:04").getTime());
    expect(due.map((t) => t.share)).toEqual([0.75]);
    expect(nextDueAt).toBe(T("10:04").getTime() + 30_000);
  });

  it("a pause after the due instant does not move it: 24×7, opened 10:00 with 60 minutes, paused 11:00–12:00, is due 11:00", () => {
    const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00Z`);
    const events = [
      opened(at("10:00")),
      status(at("10:00"), "new", "open"),
      status(at("11:00"), "open", "pending"),
      status(at("12:00"), "pending", "open"),
    ];
    const res = clock(
      foldClocks(events, { policy: onCalendar(ALWAYS), calendars, now: at("12:30").getTime() }),
      "resolution",
    );
    expect(res).toMatchObject({ dueAt: at("11:00").getTime(), outcome: "breached", usedMs: 90 * 60_000 });
    // Breach stays strict: used time passes the target only once the clock runs again.
    expect(res.breachedAt).toBe(at("12:00").getTime());
  });

  it("a pause in closed hours after the due instant does not move it: Berlin 09:00–18:00, opened 17:00 with 60 minutes, due 18:00", () => {
    // Monday 2026-03-02; Berlin is UTC+1 in March before the switch.
    const at = (hhmm: string, day = "02") => new Date(`2026-03-${day}T${hhmm}:00+01:00`);
    const ctx = { policy: onCalendar(BERLIN), calendars, now: at("08:00", "03").getTime() };
    const plain = [opened(at("17:00")), status(at("17:00"), "new", "open")];
    expect(clock(foldClocks(plain, ctx), "resolution").dueAt).toBe(at("18:00").getTime());
    const paused = [...plain, status(at("20:00"), "open", "pending"), status(at("07:00", "03"), "pending", "open")];
    const res = clock(foldClocks(paused, ctx), "resolution");
    expect(res.dueAt).toBe(at("18:00").getTime());
    expect(res).toMatchObject({ usedMs: 60 * 60_000, outcome: "pending" });
  });

  it("a clock paused exactly at its target is due then but not breached", () => {
    const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00Z`);
    const events = [opened(at("10:00")), status(at("10:00"), "new", "open"), status(at("11:00"), "open", "pending")];
    const res = clock(
      foldClocks(events, { policy: onCalendar(ALWAYS), calendars, now: at("12:00").getTime() }),
      "resolution",
    );
    expect(res).toMatchObject({
      state: "paused",
      outcome: "pending",
      breachedAt: null,
      usedMs: 60 * 60_000,
      remainingMs: 0,
    });
  });
});

describe("a ticket opened in a paused status", () => {
  it("starts with its resolution clock paused (an agent's pending ticket, an imported history) and tells when it would be due if resumed now", () => {
    const s = fold([opened(T("10:00"), { status: "pending" })], T("17:30"));
    const res = clock(s, "resolution");
    expect(res).toMatchObject({ state: "paused", usedMs: 0, dueAt: null, outcome: "pending" });
    expect(res.segments).toEqual([{ from: T("10:00").getTime(), to: null, running: false, cause: "status → pending" }]);
    // 480 business minutes from 17:30 Monday: 30 today, 450 on Tuesday → 16:30.
    expect(res.dueIfResumedAt).toBe(T("16:30", "03").getTime());
    expect(clock(s, "first_response")).toMatchObject({ state: "running", dueIfResumedAt: null });
  });
});

describe("resolving does not erase a response obligation", () => {
  it("a resolution without a public reply stops the response clock as met by resolution", () => {
    const fr = clock(fold([opened(T("10:00")), status(T("10:20"), "new", "resolved")], T("12:00")), "first_response");
    expect(fr).toMatchObject({
      state: "stopped",
      outcome: "met_by_resolution",
      usedMs: 20 * 60_000,
      stoppedAt: T("10:20").getTime(),
    });
  });

  it("reopened before any public reply, the response clock resumes with its used time and can breach", () => {
    const events = [opened(T("10:00")), status(T("10:20"), "new", "resolved"), status(T("11:00"), "resolved", "open")];
    const running = clock(fold(events, T("11:10")), "first_response");
    expect(running).toMatchObject({
      state: "running",
      outcome: "pending",
      usedMs: 30 * 60_000,
      dueAt: T("11:40").getTime(),
    });
    expect(running.segments.at(-1)).toMatchObject({ running: true, cause: "reopened" });
    const late = clock(fold([...events, reply(T("12:00"), true)], T("12:30")), "first_response");
    expect(late).toMatchObject({ state: "stopped", outcome: "breached", breachedAt: T("11:40").getTime() });
  });

  it("a reply before the resolution is a real response: reopening does not restart the response clock", () => {
    const events = [
      opened(T("10:00")),
      reply(T("10:10"), true),
      status(T("10:20"), "new", "resolved"),
      status(T("11:00"), "resolved", "open"),
    ];
    expect(clock(fold(events, T("13:00")), "first_response")).toMatchObject({
      state: "stopped",
      outcome: "met",
      usedMs: 10 * 60_000,
    });
  });
});
