import { rateTicket } from "../../src/feedback/rate-ticket.ts";
import { escalateTicket } from "../../src/sla/escalation/escalate-ticket.ts";
import { ensureSlaDefaults } from "../../src/sla/policy/ensure-sla-defaults.ts";
import { replyToTicket } from "../../src/tickets/conversation/reply-to-ticket.ts";
import { createTicket } from "../../src/tickets/ticket/create-ticket.ts";
import { updateTicket } from "../../src/tickets/ticket/update-ticket.ts";
import type { TestDeps } from "./db.ts";
import { actorFor, buildGroup, buildPerson, buildWorkspace, ticketInput } from "./factories.ts";

/** The week the scenario happens in (Monday 2026-03-02 to the next Monday, excluded). */
export const REVIEW_WEEK = { from: "2026-03-02", to: "2026-03-09" };

/**
 * A client's week on the Standard SLA (medium: a response within 60 business minutes), from Monday 14:00 in
 * Karachi: one ticket answered in 20 minutes and resolved, rated 5 with a comment; one answered after two hours
 * (its response breached) and resolved; one escalated to tier 2 by hand. The client has a manager (a requester with
 * the manager flag), so has the other organization; and there is a staff manager.
 */
export async function buildReviewScenario(deps: TestDeps) {
  await ensureSlaDefaults(deps);
  const w = await buildWorkspace(deps);
  const manager = actorFor(await buildPerson(deps, w.provider.id, "manager"));
  const clientManagerRow = await buildPerson(deps, w.client.id, "requester", { orgManager: true });
  const clientManager = actorFor(clientManagerRow);
  const otherManager = actorFor(await buildPerson(deps, w.other.id, "requester", { orgManager: true }));
  const l2 = await buildGroup(deps, { tier: 2 });
  const placed = { requesterId: w.requester.personId, groupId: w.group.id, assigneeId: w.agent.personId };
  const quick = await createTicket(deps, w.agent, ticketInput({ ...placed, subject: "Printer offline" }));
  const slow = await createTicket(deps, w.agent, ticketInput({ ...placed, subject: "VPN drops every hour" }));
  const moved = await createTicket(deps, w.agent, ticketInput({ ...placed, subject: "Core switch fan noise" }));
  deps.clock.advance(20 * 60_000);
  await replyToTicket(deps, w.agent, quick.id, { body: "Restarted the spooler; try now." });
  await updateTicket(deps, w.agent, quick.id, { version: 3, status: "resolved" });
  await escalateTicket(deps, w.agent, moved.id, { reason: "Needs the network team", toGroupId: l2.id });
  deps.clock.advance(100 * 60_000);
  await replyToTicket(deps, w.agent, slow.id, { body: "The VPN concentrator was replaced." });
  await updateTicket(deps, w.agent, slow.id, { version: 3, status: "resolved" });
  deps.clock.advance(30 * 60_000);
  await rateTicket(deps, w.requester, quick.id, { score: 5, comment: "Back in minutes, thank you" });
  return {
    w,
    manager,
    clientManager,
    clientManagerEmail: clientManagerRow.email.toLowerCase(),
    otherManager,
    l2,
    quick,
    slow,
    moved,
  };
}
