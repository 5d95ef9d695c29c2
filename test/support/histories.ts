import { compileCalendar, type CalendarTimeline } from "../../src/sla/calendar/index.ts";
import { PolicyDefinition } from "../../src/sla/policy/policy.ts";
import type { Channel, Status } from "../../src/shared/enums.ts";
import type { FieldChange, TicketEvent, TicketFields } from "../../src/tickets/ticket/events.ts";
import type { TicketHistory } from "../../src/reports/indicators/ticket-facts.ts";

// Hand-built ticket histories for the indicator definitions: a ticket is a list of steps at local Karachi times
// (UTC+5) in the week of Monday 2026-03-02, on a Mon–Fri 09:00–18:00 calendar (critical runs 24×7).

export const ALWAYS = "00000000-0000-4000-8000-000000000001";
export const OFFICE = "00000000-0000-4000-8000-000000000002";
const week = [["09:00", "18:00"]] as [string, string][];
const weekly = { mon: week, tue: week, wed: week, thu: week, fri: week };
const office = [{ from: 0, compiled: compileCalendar({ timezone: "Asia/Karachi", weekly }) }];
export const calendars = new Map<string, CalendarTimeline>([
  [ALWAYS, [{ from: 0, compiled: compileCalendar({ timezone: "UTC", always: true }) }]],
  [OFFICE, office],
]);
/** Critical: 5 min / 60 min, 24×7; high 10/240, medium 60/480, low 120/1440 on office hours. */
export const policy = PolicyDefinition.parse({
  targets: {
    critical: { firstResponseMinutes: 5, resolutionMinutes: 60, calendarId: ALWAYS },
    high: { firstResponseMinutes: 10, resolutionMinutes: 240, calendarId: OFFICE },
    medium: { firstResponseMinutes: 60, resolutionMinutes: 480, calendarId: OFFICE },
    low: { firstResponseMinutes: 120, resolutionMinutes: 1440, calendarId: OFFICE },
  },
});

/** A local Karachi time on a day of March 2026 ("02" is a Monday). */
export const T = (hhmm: string, day = "02") => new Date(`2026-03-${day}T${hhmm}:00+05:00`);
/** The week Monday 2 March 00:00 to Monday 9 March 00:00, Karachi time. */
export const WEEK = { from: T("00:00", "02").getTime(), to: T("00:00", "09").getTime() };

export const REQUESTER = "00000000-0000-4000-8000-00000000000a";
export const AGENT = "00000000-0000-4000-8000-00000000000b";
export const AGENT2 = "00000000-0000-4000-8000-00000000000c";

/** A new medium-priority portal ticket's fields, for histories built here and by hand. */
export const baseFields: TicketFields = {
  subject: "s",
  description: "d",
  type: "incident",
  categoryId: null,
  impact: "department",
  urgency: "medium",
  priority: "medium",
  priorityOverride: null,
  status: "new",
  requesterId: REQUESTER,
  organizationId: "00000000-0000-4000-8000-0000000000f1",
  groupId: null,
  assigneeId: null,
  channel: "portal",
  tags: [],
  parentId: null,
};

/** Builds one ticket's history step by step. */
export class History {
  readonly events: TicketEvent[] = [];
  private fields: TicketFields;

  constructor(at: Date, over: Partial<TicketFields> = {}, by: { staff?: string; recordedBy?: string } = {}) {
    this.fields = { ...baseFields, ...over };
    // A logged call is written by the agent on the caller's behalf: the caller is the author, the agent `recordedBy`.
    const fromStaff = by.staff !== undefined || by.recordedBy !== undefined;
    const data = { fields: { ...this.fields }, fromStaff, ...(by.recordedBy ? { recordedBy: by.recordedBy } : {}) };
    this.events.push({ type: "created", at, actorId: by.staff ?? REQUESTER, data });
  }

  /** An agent's public reply (or the requester's, with `from: REQUESTER`). */
  reply(at: Date, from = AGENT, channel: Channel = "email"): this {
    const fromStaff = from !== REQUESTER;
    this.events.push({
      type: "replied",
      at,
      actorId: from,
      data: { body: "…", channel, attachmentIds: [], fromStaff },
    });
    return this;
  }

  note(at: Date, by = AGENT): this {
    this.events.push({
      type: "noted",
      at,
      actorId: by,
      data: { body: "…", channel: "email", attachmentIds: [], fromStaff: true },
    });
    return this;
  }

  change(at: Date, by: string | null, patch: Partial<TicketFields>): this {
    const changes = Object.entries(patch).map(([field, to]) => ({
      field,
      from: this.fields[field as keyof TicketFields],
      to,
    }));
    this.events.push({ type: "changed", at, actorId: by, data: { changes: changes as FieldChange[], reason: null } });
    this.fields = { ...this.fields, ...patch };
    return this;
  }

  status(at: Date, to: Status, by: string | null = AGENT): this {
    return this.change(at, by, { status: to });
  }

  ticket(number: number, sla = true): TicketHistory {
    const id = `00000000-0000-4000-8000-${String(number).padStart(12, "0")}`;
    return { id, number, events: this.events, sla: sla ? { policy, calendars } : null };
  }
}
