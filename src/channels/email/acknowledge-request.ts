import type { Deps } from "../../context.ts";
import { findTicketSla } from "../../sla/clock/ticket-sla.store.ts";
import { acknowledgementText } from "./mail-templates.ts";
import { acknowledgementsSince, isBouncing, ticketMailFactsUnscoped } from "./outbound.store.ts";
import { queueTicketMail } from "./queue-ticket-mail.ts";

const HOUR_MS = 3_600_000;

/**
 * Acknowledges a request that came by mail: its number, priority and the times its SLA promises, in the requester's
 * language — unless the address bounces or already had MAIL_ACK_PER_HOUR acknowledgements this hour (a loop with
 * another robot ends there). Runs in the transaction that opened the ticket, after its SLA was pinned.
 */
export async function acknowledgeRequest(deps: Deps, ticketId: string): Promise<string | undefined> {
  const facts = await ticketMailFactsUnscoped(deps.db, ticketId);
  if (!facts) return undefined;
  const now = deps.clock.now();
  if (await isBouncing(deps.db, facts.email)) return undefined;
  if (
    (await acknowledgementsSince(deps.db, facts.email, new Date(now.getTime() - HOUR_MS))) >=
    deps.config.MAIL_ACK_PER_HOUR
  )
    return undefined;
  const sla = await findTicketSla(deps.db, ticketId);
  const mail = acknowledgementText(facts.locale === "ur" ? "ur" : "en", {
    number: facts.number,
    subject: facts.subject,
    priority: facts.priority,
    responseDueAt: sla?.responseDueAt ?? null,
    resolutionDueAt: sla?.resolutionDueAt ?? null,
    timeZone: facts.timeZone ?? "UTC",
  });
  return queueTicketMail(deps, {
    ticketId,
    number: facts.number,
    kind: "acknowledgement",
    to: facts.email,
    subject: mail.subject,
    body: mail.text,
  });
}
