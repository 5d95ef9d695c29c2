import { z } from "zod";
import { CHANNELS, STATUSES, TICKET_TYPES, type Priority, type TicketType } from "../../shared/enums.ts";

/** The clocks an SLA can run on a ticket. */
export const CLOCK_KINDS = ["first_response", "next_reply", "resolution"] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

const Minutes = z
  .number()
  .positive("must be more than 0 minutes")
  .max(525_600, "must be at most a year (525,600 minutes)");

const PriorityTargets = z.strictObject({
  /** Business minutes until the first response from an agent. */
  firstResponseMinutes: Minutes,
  /** Business minutes until the ticket is resolved. */
  resolutionMinutes: Minutes,
  /** Optional: business minutes for each later answer after the requester writes again. */
  nextReplyMinutes: Minutes.nullable().default(null),
  /** The support-hours calendar this priority's clocks run on. */
  calendarId: z.uuid(),
});
export type PriorityTargets = z.infer<typeof PriorityTargets>;

const NOTIFY_WHO = ["assignee", "group_lead", "managers", "manager_chain"] as const;
const NOTIFY_CHANNELS = ["in_app", "email", "webhook"] as const;

export const EscalationAction = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("notify"),
    /** assignee, the group's lead, the named managers, or the assignee's management chain (each step up). */
    who: z.array(z.enum(NOTIFY_WHO)).min(1),
    managerIds: z.array(z.uuid()).max(20).default([]),
    channels: z.array(z.enum(NOTIFY_CHANNELS)).min(1).default(["in_app"]),
    webhookUrl: z.url().optional(),
  }),
  /** Functional escalation: hand the ticket to the lowest group of the next tier. */
  z.strictObject({ type: z.literal("move_to_next_tier") }),
  z.strictObject({ type: z.literal("raise_priority") }),
]);
export type EscalationAction = z.infer<typeof EscalationAction>;

export const EscalationLevel = z.strictObject({
  level: z.number().int().min(1).max(20),
  clock: z.enum(CLOCK_KINDS),
  /** Business minutes relative to the target: −10 is ten minutes before the deadline, 15 is fifteen after. */
  offsetMinutes: z.number().min(-10_080).max(525_600),
  actions: z.array(EscalationAction).min(1),
});
export type EscalationLevel = z.infer<typeof EscalationLevel>;

export const PolicyDefinition = z
  .strictObject({
    targets: z.strictObject({
      critical: PriorityTargets,
      high: PriorityTargets,
      medium: PriorityTargets,
      low: PriorityTargets,
    }),
    /** Statuses that stop the resolution clock (waiting on the customer). */
    pauseStatuses: z.array(z.enum(STATUSES)).default(["pending", "on_hold"]),
    /** Warn at these shares of each target; a fixed "15 minutes before" is useless for a 5-minute target. */
    warningShares: z.array(z.number().gt(0).lt(1)).max(5).default([0.5, 0.75, 0.9]),
    escalations: z.array(EscalationLevel).max(20).default([]),
    /** An onsite technician checking in on the ticket's site counts as the first response (stops that clock). */
    arrivalCountsAsResponse: z.boolean().default(false),
    /** Time a technician spends travelling to the site pauses the resolution clock (from travel start to arrival). */
    travelPausesResolution: z.boolean().default(false),
    /** Whether an agent starting a remote-access session (with the requester's consent) is the first response. */
    remoteStartCountsAsResponse: z.boolean().default(false),
  })
  .superRefine((d, ctx) => {
    for (const status of d.pauseStatuses) {
      if (status === "new" || status === "resolved" || status === "closed") {
        ctx.addIssue({ code: "custom", path: ["pauseStatuses"], message: `${status} cannot pause a clock` });
      }
    }
  });
export type PolicyDefinition = z.output<typeof PolicyDefinition>;

export const PolicyConditions = z.strictObject({
  organizationIds: z.array(z.uuid()).max(100).optional(),
  types: z.array(z.enum(TICKET_TYPES)).max(4).optional(),
  categoryIds: z.array(z.uuid()).max(100).optional(),
  channels: z.array(z.enum(CHANNELS)).max(8).optional(),
});
export type PolicyConditions = z.infer<typeof PolicyConditions>;

/** The published table: Critical 5 min / 1 h, High 10 min / 4 h, Medium 1 h / 8 h, Low 2 h / 24 h (business time). */
export const PUBLISHED_TARGETS: Record<Priority, { firstResponseMinutes: number; resolutionMinutes: number }> = {
  critical: { firstResponseMinutes: 5, resolutionMinutes: 60 },
  high: { firstResponseMinutes: 10, resolutionMinutes: 240 },
  medium: { firstResponseMinutes: 60, resolutionMinutes: 480 },
  low: { firstResponseMinutes: 120, resolutionMinutes: 1440 },
};

/** What a policy's conditions are matched against. */
export type TicketFacts = {
  organizationId: string;
  type: TicketType;
  categoryId: string | null;
  channel: (typeof CHANNELS)[number];
};

/** Whether every condition a policy sets holds for the ticket (no conditions match everything). */
export function matchesConditions(conditions: PolicyConditions, t: TicketFacts): boolean {
  return (
    (!conditions.organizationIds?.length || conditions.organizationIds.includes(t.organizationId)) &&
    (!conditions.types?.length || conditions.types.includes(t.type)) &&
    (!conditions.categoryIds?.length || (t.categoryId !== null && conditions.categoryIds.includes(t.categoryId))) &&
    (!conditions.channels?.length || conditions.channels.includes(t.channel))
  );
}

/** Picks the policy: the first active non-default one (by position) whose conditions match, else the default. */
export function choosePolicy<
  P extends { isDefault: boolean; active: boolean; position: number; conditions: PolicyConditions },
>(policies: readonly P[], facts: TicketFacts): P | undefined {
  const candidates = policies.filter((p) => p.active && !p.isDefault).sort((a, b) => a.position - b.position);
  return (
    candidates.find((p) => matchesConditions(p.conditions, facts)) ?? policies.find((p) => p.isDefault && p.active)
  );
}
