import { z } from "zod";
import { CHANNELS, PRIORITIES } from "../shared/enums.ts";
import { ESCALATING_KINDS } from "./indicators/escalations.ts";
import { STATUSES } from "../shared/enums.ts";

// The report object of issue 11 ("The report's JSON"): snake_case keys, the same for the API and the CLI.

const Minutes = z.number().nullable();
const Spread = z.object({ mean: Minutes, median: Minutes, p90: Minutes });
const ClockTimes = z.object({ count: z.number().int(), business_minutes: Spread, wall_minutes: Spread });
const Rate = z.number().min(0).max(1).nullable().describe("A share 0–1; null when nothing was counted");
const Counts = z.object({ created: z.number().int(), resolved: z.number().int(), backlog: z.number().int() });
const byEach = <T extends z.ZodType>(keys: readonly string[], value: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<string, T>);

const Tickets = Counts.extend({
  reopened: z.number().int(),
  ageing: byEach(["under_1d", "1_to_3d", "3_to_7d", "7_to_30d", "over_30d"], z.number().int()).describe(
    "Open tickets at the end, by age",
  ),
  by_channel: byEach(CHANNELS, Counts),
});

const PriorityCompliance = z.object({
  response_met_rate: Rate,
  resolution_met_rate: Rate,
  count: z.number().int(),
  response_count: z.number().int(),
  resolution_count: z.number().int(),
});
export const SlaComplianceDto = z.object({
  response_met_rate: Rate,
  resolution_met_rate: Rate,
  response_count: z.number().int(),
  resolution_count: z.number().int(),
  by_priority: byEach(PRIORITIES, PriorityCompliance),
  breached: z.array(
    z.object({
      ticket_id: z.uuid(),
      number: z.number().int(),
      priority: z.enum(PRIORITIES),
      clocks: z.array(z.object({ kind: z.enum(["first_response", "resolution"]), breached_at: z.string() })),
    }),
  ),
});

const Fcr = z.object({
  rate: Rate,
  resolved: z.number().int(),
  first_contact: z.number().int(),
  excluded: z.number().int(),
  tickets: z.array(z.number().int()),
});

const Group = z.string().nullable();
const TierTime = z.object({ tickets: z.number().int(), business_minutes: Spread, exceeded: z.number().int() });
const Escalations = z.object({
  count: z.number().int(),
  by_kind: byEach(ESCALATING_KINDS, z.number().int()),
  by_level: z
    .record(z.string(), z.number().int())
    .describe('Automatic levels by number; escalations by hand under "manual"'),
  by_trigger: z.object({ automatic: z.number().int(), manual: z.number().int() }),
  alerts: z.object({ warning: z.number().int(), breach: z.number().int() }),
  time_per_tier: z
    .record(z.string(), TierTime)
    .describe("Time per tier (OLA) of the tickets resolved in the period, by tier number"),
  items: z.array(
    z.object({
      ticket_id: z.uuid(),
      ticket_number: z.number().int(),
      kind: z.enum(ESCALATING_KINDS),
      level: z.number().int().nullable(),
      trigger: z.enum(["automatic", "manual"]),
      who: z.string().nullable().describe("The person who escalated; null when the SLA engine did"),
      rule: z.string().nullable(),
      when: z.string(),
      why: z.string(),
      from: z.object({ group_id: Group, priority: z.string().nullable() }),
      to: z.object({ group_id: Group, priority: z.string().nullable(), notified: z.array(z.string()) }),
    }),
  ),
});

const Satisfaction = z.object({
  source: z.literal("post_resolution"),
  responses: z.number().int(),
  mean: z.number().nullable(),
  distribution: byEach(["1", "2", "3", "4", "5"], z.number().int()),
  response_rate: z.number().nullable().describe("Responses per ticket resolved in the period"),
  comments: z.array(
    z.object({ ticket_number: z.number().int(), score: z.number().int(), comment: z.string(), at: z.string() }),
  ),
  post_resolution_survey: z
    .object({
      sent: z.number().int(),
      answered: z.number().int(),
      response_rate: z.number().nullable(),
    })
    .describe("Post-resolution surveys offered in the period and those answered before it ended"),
  regular_survey: z
    .object({
      invited: z.number().int(),
      responses: z.number().int(),
      mean: z.number().nullable(),
      distribution: byEach(["1", "2", "3", "4", "5"], z.number().int()),
      response_rate: z.number().nullable(),
    })
    .describe("The satisfaction question of regular surveys, counted apart (follows the organization filter only)"),
});

const WorkKindFigures = z.object({
  tickets: z.number().int().describe("Tickets with at least one such stretch finished in the period"),
  count: z.number().int().describe("Sessions, visits on site or trips finished in the period"),
  total_minutes: z.number(),
  mean_minutes: Minutes.describe("Per session, visit or trip; null when there was none"),
  mean_minutes_per_ticket: Minutes.describe("Per ticket with this kind of work; null when none had it"),
});
const WorkTime = z
  .object({
    remote: WorkKindFigures.describe("Remote sessions, from start to end"),
    onsite: WorkKindFigures.describe("Time on site, from check-in to check-out"),
    travel: WorkKindFigures.describe("Travel to visits, from travel start to arrival"),
    tickets_with_visit: z.number().int().describe("Tickets where a visit's travel or time on site finished"),
    tickets_with_remote_session: z.number().int().describe("Tickets where a remote session finished"),
  })
  .describe("Time by kind of work, each stretch counted in the period it finished in");

const Figures = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  tickets: Tickets,
  response: ClockTimes,
  resolution: ClockTimes,
  sla: SlaComplianceDto,
  first_contact_resolution: Fcr,
  escalations: Escalations,
  satisfaction: Satisfaction,
  work_time: WorkTime,
});

const Filters = z.object({
  organizationId: z.string().optional(),
  groupId: z.string().optional(),
  agentId: z.string().optional(),
  priority: z.string().optional(),
  channel: z.string().optional(),
  categoryId: z.string().optional(),
});

export const IndicatorReportDto = Figures.extend({
  definitions: z.record(z.string(), z.string()).describe("One sentence per indicator: the rule behind its figure"),
  filters: Filters,
  previous: Figures.nullable().describe("The period of the same length just before (compare=true)"),
  factsAsOf: z
    .string()
    .describe("Every ticket change before this instant is in the figures (the facts are refolded off the write path)"),
  factsPending: z.number().int().describe("Tickets whose latest changes are not in the figures yet"),
}).meta({ id: "IndicatorReport" });

export const ResolvedTicketDto = z
  .object({
    ticket_id: z.uuid(),
    number: z.number().int(),
    subject: z.string(),
    priority: z.enum(PRIORITIES),
    channel: z.enum(CHANNELS),
    agent_id: z.string().nullable(),
    group_id: z.string().nullable(),
    organization_id: z.string(),
    created_at: z.string(),
    resolved_at: z.string(),
    response_business_minutes: Minutes,
    response_wall_minutes: Minutes,
    resolution_business_minutes: Minutes,
    resolution_wall_minutes: Minutes,
    response_breached: z.boolean().nullable(),
    resolution_breached: z.boolean().nullable(),
    linked_to_parent: z.boolean(),
  })
  .meta({ id: "ResolvedTicket" });

export const FigureTicketDto = z
  .object({
    ticket_id: z.uuid(),
    number: z.number().int(),
    subject: z.string(),
    status: z.enum(STATUSES),
    priority: z.enum(PRIORITIES),
    channel: z.enum(CHANNELS),
    agent_id: z.string().nullable(),
    group_id: z.string().nullable(),
    created_at: z.string(),
    resolved_at: z.string().nullable(),
  })
  .meta({ id: "FigureTicket" });

export const TrendPointDto = z
  .object({
    from: z.string(),
    to: z.string(),
    created: z.number().int(),
    resolved: z.number().int(),
    backlog: z.number().int(),
    response_median_business_minutes: Minutes,
    resolution_median_business_minutes: Minutes,
    response_met_rate: Rate,
    resolution_met_rate: Rate,
    first_contact_rate: Rate,
    escalations: z.number().int(),
    satisfaction_mean: z.number().nullable(),
  })
  .meta({ id: "TrendPoint" });

export const ReportTableDto = z
  .object({
    name: z.string(),
    title: z.string().describe("The sheet's name in the XLSX export"),
    columns: z.array(z.object({ key: z.string(), heading: z.string() })),
    rows: z
      .array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])))
      .describe("One object per row, keyed by the columns' keys: the cells of the CSV and XLSX exports"),
  })
  .meta({ id: "ReportTable" });
