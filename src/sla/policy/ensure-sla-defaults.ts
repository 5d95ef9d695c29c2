import type { Deps } from "../../context.ts";
import { PRIORITIES } from "../../shared/enums.ts";
import { pakistanHolidays } from "../calendar/holidays-pk.ts";
import type { Calendar } from "../calendar/index.ts";
import { PolicyDefinition, PUBLISHED_TARGETS } from "./policy.ts";
import { lockSlaSetup } from "../sla-references.store.ts";
import { countPolicies, insertPolicy } from "./policy.store.ts";
import { insertCalendar } from "../calendar/calendar.store.ts";

const WORKDAY: Array<[string, string]> = [["09:00", "18:00"]];

/** The seeded "Support hours" calendar: Asia/Karachi, Mon–Fri 09:00–18:00, with this year's Pakistan holidays. */
export function supportHoursCalendar(year: number): Calendar {
  return {
    timezone: "Asia/Karachi",
    weekly: { mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: [], sun: [] },
    holidays: pakistanHolidays(year),
  };
}

/**
 * A workspace without SLA policies gets the published ones: "Support hours" and "24×7" calendars, and the
 * default policy (Critical 5 min / 1 h on 24×7; High 10 min / 4 h, Medium 1 h / 8 h, Low 2 h / 24 h on support hours).
 */
export async function ensureSlaDefaults(deps: Pick<Deps, "db" | "clock">): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    // Two processes starting together must not both seed.
    await lockSlaSetup(tx);
    if ((await countPolicies(tx)) > 0) return false;
    // Effective from the epoch so tickets imported or seeded with past dates still find them.
    const since = new Date(0);
    const year = deps.clock.now().getUTCFullYear();
    const office = await insertCalendar(tx, {
      name: "Support hours",
      definition: supportHoursCalendar(year),
      effectiveFrom: since,
      createdBy: null,
    });
    const always = await insertCalendar(tx, {
      name: "24×7",
      definition: { timezone: "UTC", always: true },
      effectiveFrom: since,
      createdBy: null,
    });
    const targets = Object.fromEntries(
      PRIORITIES.map((p) => [
        p,
        { ...PUBLISHED_TARGETS[p], nextReplyMinutes: null, calendarId: p === "critical" ? always.id : office.id },
      ]),
    );
    const definition = PolicyDefinition.parse({
      targets,
      escalations: [
        {
          level: 1,
          clock: "resolution",
          offsetMinutes: -10,
          actions: [{ type: "notify", who: ["assignee", "group_lead"], channels: ["in_app"] }],
        },
        {
          level: 2,
          clock: "resolution",
          offsetMinutes: 0,
          actions: [{ type: "notify", who: ["group_lead", "manager_chain"], channels: ["in_app"] }],
        },
        { level: 3, clock: "resolution", offsetMinutes: 15, actions: [{ type: "move_to_next_tier" }] },
        {
          level: 4,
          clock: "resolution",
          offsetMinutes: 60,
          actions: [{ type: "notify", who: ["managers", "manager_chain"], channels: ["in_app"] }],
        },
      ],
    });
    await insertPolicy(tx, {
      name: "Standard SLA",
      position: 1000,
      isDefault: true,
      conditions: {},
      definition,
      effectiveFrom: since,
      createdBy: null,
    });
    return true;
  });
}
