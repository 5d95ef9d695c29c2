import type { Deps } from "../../context.ts";
import type { DeferredWrites } from "../../platform/db/deferred-writes.ts";
import { acknowledgementText } from "./mail-templates.ts";
import { ticketMailFactsUnscoped } from "./outbound.store.ts";
import type { KnownThread } from "./queue-ticket-mail.ts";
import { notifyRequester } from "../notify-requester.ts";

const HOUR_MS = 3_600_000;

/** The acknowledgements counted against MAIL_ACK_PER_HOUR are those since this instant. */
export const acknowledgedSince = (now: Date) => new Date(now.getTime() - HOUR_MS);

export type TicketMailFacts = NonNullable<Awaited<ReturnType<typeof ticketMailFactsUnscoped>>>;

/**
 * Acknowledges a request that came by mail: its number, priority and the times its SLA promises, in the requester's
 * language, on the channel they prefer — unless the address bounces or already had MAIL_ACK_PER_HOUR acknowledgements this hour (a loop with
 * another robot ends there). Runs in the transaction that opened the ticket, after its SLA was pinned; ingestion
 * passes what it knows of the thread (the mailbox, the one inbound Message-ID, the signing key) so it is not read again.
 */
export async function acknowledgeRequest(
  deps: Deps,
  ticketId: string,
  known?: KnownThread,
  /** The facts below as the caller already has them (ingestion: the ticket it opened, the sender it read), if it does. */
  knownFacts?: TicketMailFacts,
  /** The transaction's deferred writes to queue a mail's outbox row on, when its owner sends them before committing. */
  later?: DeferredWrites,
): Promise<string | undefined> {
  const facts = knownFacts ?? (await ticketMailFactsUnscoped(deps.db, ticketId, acknowledgedSince(deps.clock.now())));
  if (!facts || facts.bouncing || facts.acknowledgements >= deps.config.MAIL_ACK_PER_HOUR) return undefined;
  const mail = acknowledgementText(facts.locale === "ur" ? "ur" : "en", {
    number: facts.number,
    subject: facts.subject,
    priority: facts.priority,
    responseDueAt: facts.responseDueAt,
    resolutionDueAt: facts.resolutionDueAt,
    timeZone: facts.timeZone ?? "UTC",
  });
  // On the channel the requester prefers (WhatsApp inside its window, nothing more for the portal).
  const sent = await notifyRequester(
    deps,
    deps.db,
    { id: facts.requesterId, preferredChannel: facts.preferredChannel },
    {
      ticketId,
      number: facts.number,
      kind: "acknowledgement",
      to: facts.email,
      subject: mail.subject,
      body: mail.text,
    },
    known,
    later,
  );
  return sent.id;
}
