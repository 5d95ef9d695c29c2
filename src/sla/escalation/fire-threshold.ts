import type { Deps } from "../../context.ts";
import { SYSTEM_ACTOR } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { PRIORITIES, type Priority } from "../../shared/enums.ts";
import type { TicketState } from "../../tickets/ticket/events.ts";
import { updateTicket } from "../../tickets/ticket/update-ticket.ts";
import type { EscalationAction } from "../policy/policy.ts";
import {
  groupsByIds,
  managerChain,
  nextTierGroup,
  type EscalationRow,
  type GroupRow,
  type JobRow,
  type NotificationRow,
} from "./escalation.store.ts";
import type { Threshold } from "./thresholds.ts";
import { markVisitMissed } from "../../tickets/visits/mark-visit-missed.ts";

export type Ticket = TicketState & { id: string; number: number };

/**
 * What a worker pass shares between firings: the rows they write, inserted in bulk when the pass is done
 * (insertFiringEffects), and lookups several firings need (a ticket's group, a manager chain), made once.
 */
export type FiringPass = {
  escalations: EscalationRow[];
  notifications: NotificationRow[];
  jobs: JobRow[];
  group(id: string): Promise<GroupRow | undefined>;
  chain(personId: string): Promise<string[]>;
};

/** A pass's collector over `tx`, with the groups of the tickets it will fire preloaded in one query. */
export async function startFiringPass(tx: Db, groupIds: ReadonlyArray<string | null>): Promise<FiringPass> {
  const groups = await groupsByIds(
    tx,
    groupIds.filter((id): id is string => id !== null),
  );
  const chains = new Map<string, Promise<string[]>>();
  return {
    escalations: [],
    notifications: [],
    jobs: [],
    group: async (id) => {
      if (!groups.has(id)) {
        const row = (await groupsByIds(tx, [id])).get(id);
        if (row) groups.set(id, row);
      }
      return groups.get(id);
    },
    chain: (personId) => {
      let chain = chains.get(personId);
      if (!chain) chains.set(personId, (chain = managerChain(tx, personId)));
      return chain;
    },
  };
}

const CLOCK_NAMES = { first_response: "first response", next_reply: "next reply", resolution: "resolution" } as const;

function describe(t: Threshold): string {
  if (t.kind === "visit_missed") return "onsite visit window missed: the technician was not on site by its end";
  const clock = CLOCK_NAMES[t.clock];
  if (t.kind === "warning") return `${Math.round((t.share ?? 0) * 100)} % of the ${clock} target used`;
  if (t.kind === "breach") return `${clock} target breached`;
  return `escalation level ${t.level?.level} on ${clock}`;
}

/** Who a notify action reaches, resolved against the ticket: assignee, group lead, named managers, management chain. */
async function recipients(
  pass: FiringPass,
  ticket: Ticket,
  action: Extract<EscalationAction, { type: "notify" }>,
): Promise<string[]> {
  const out = new Set<string>();
  const group = ticket.groupId ? await pass.group(ticket.groupId) : undefined;
  for (const who of action.who) {
    if (who === "assignee" && ticket.assigneeId) out.add(ticket.assigneeId);
    if (who === "group_lead" && group?.leadId) out.add(group.leadId);
    if (who === "managers") action.managerIds.forEach((id) => out.add(id));
    if (who === "manager_chain") {
      const base = ticket.assigneeId ?? group?.leadId;
      if (base) (await pass.chain(base)).forEach((id) => out.add(id));
    }
  }
  return [...out];
}

async function notify(
  pass: FiringPass,
  ticket: Ticket,
  t: Threshold,
  action: Extract<EscalationAction, { type: "notify" }>,
  at: Date,
): Promise<string[]> {
  const people = await recipients(pass, ticket, action);
  const title = `#${ticket.number}: ${describe(t)}`;
  if (action.channels.includes("in_app")) {
    pass.notifications.push(
      ...people.map((personId) => ({
        personId,
        ticketId: ticket.id,
        kind: `sla.${t.kind}`,
        title,
        body: ticket.subject,
        createdAt: at,
      })),
    );
  }
  for (const channel of action.channels.filter((c) => c !== "in_app")) {
    pass.jobs.push({
      kind: channel === "email" ? "notify.email" : "notify.webhook",
      payload: {
        ticketId: ticket.id,
        number: ticket.number,
        subject: ticket.subject,
        title,
        recipients: people,
        threshold: t.key,
        url: action.webhookUrl ?? null,
      },
      idempotencyKey: `${ticket.id}:${t.key}:${channel}`,
      runAt: at,
    });
  }
  return people;
}

/**
 * Carries out one due threshold, in the worker's transaction, and records it as an escalation: warnings and the
 * breach notify the assignee and group lead; escalation levels run their actions (notify, next tier, raise priority).
 * Missed thresholds keep their true instant; notifications are skipped when the clock has since stopped.
 * Rows go to the pass (written in bulk by the caller); ticket changes are made at once. Returns the ticket after.
 */
export async function fireThreshold(
  deps: Deps,
  tx: Db,
  pass: FiringPass,
  ticket: Ticket,
  t: Threshold,
  now: Date,
): Promise<Ticket> {
  const at = new Date(t.at!);
  const base = {
    ticketId: ticket.id,
    clock: t.clock,
    rule: t.key,
    at,
    fromGroupId: ticket.groupId,
    fromPriority: ticket.priority,
  };
  if (t.kind === "visit_missed") {
    // Recorded on the ticket (the visit's window_missed event) and escalated like a breach to assignee and lead.
    const system = { ...deps, db: tx, clock: { now: () => now } };
    const state = await markVisitMissed(system, tx, ticket.id, t.visitId!);
    const current = state ? { ...ticket, ...state } : ticket;
    const action = {
      type: "notify" as const,
      who: ["assignee", "group_lead"] as Array<"assignee" | "group_lead">,
      managerIds: [],
      channels: ["in_app" as const],
    };
    const notified = await notify(pass, current, t, action, now);
    pass.escalations.push({
      ...base,
      kind: "breach",
      reason: describe(t),
      notified,
      toGroupId: ticket.groupId,
      toPriority: ticket.priority,
    });
    return current;
  }
  if (t.kind !== "escalation") {
    const action = {
      type: "notify" as const,
      who: ["assignee", "group_lead"] as Array<"assignee" | "group_lead">,
      managerIds: [],
      channels: ["in_app" as const],
    };
    const notified = t.clockRunning ? await notify(pass, ticket, t, action, now) : [];
    pass.escalations.push({
      ...base,
      kind: t.kind,
      reason: describe(t),
      notified,
      toGroupId: ticket.groupId,
      toPriority: ticket.priority,
    });
    return ticket;
  }
  const system = { ...deps, db: tx, clock: { now: () => now } };
  let current = ticket;
  for (const action of t.level!.actions) {
    if (action.type === "notify") {
      const notified = t.clockRunning ? await notify(pass, current, t, action, now) : [];
      pass.escalations.push({ ...base, kind: "hierarchical", level: t.level!.level, reason: describe(t), notified });
    } else if (action.type === "move_to_next_tier" && t.clockRunning) {
      const group = current.groupId ? await pass.group(current.groupId) : undefined;
      const next = await nextTierGroup(tx, group?.tier ?? 0);
      if (!next) continue;
      const state = await updateTicket(system, SYSTEM_ACTOR, current.id, {
        version: current.version,
        groupId: next.id,
        reason: describe(t),
      });
      pass.escalations.push({
        ...base,
        kind: "functional",
        level: t.level!.level,
        toGroupId: next.id,
        reason: `${describe(t)}: moved to ${next.name}`,
      });
      current = { ...current, ...state };
    } else if (action.type === "raise_priority" && t.clockRunning) {
      const higher = PRIORITIES[Math.max(0, PRIORITIES.indexOf(current.priority) - 1)] as Priority;
      if (higher === current.priority) continue;
      const reason = `${describe(t)}: priority raised`;
      const state = await updateTicket(system, SYSTEM_ACTOR, current.id, {
        version: current.version,
        priority: higher,
        priorityReason: reason,
        reason,
      });
      pass.escalations.push({ ...base, kind: "priority", level: t.level!.level, toPriority: higher, reason });
      current = { ...current, ...state };
    }
  }
  return current;
}
