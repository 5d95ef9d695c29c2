import type { Db } from "../../platform/db/database.ts";
import { checkMessageId } from "./message-id.ts";
import { ticketIdByNumberUnscoped, ticketOfEarlierMailUnscoped } from "./mail.store.ts";
import type { ParsedMessage } from "./parse-mail.ts";
import { baseSubject, isForward, ticketToken } from "./subject.ts";

export type Thread =
  { ticketId: string; via: "message-id" | "subject-token" | "references" } | { ticketId: null; forged: boolean };

/**
 * Which ticket a mail replies to: one of our signed Message-IDs in In-Reply-To/References, else the `[#10001]` token
 * of the subject, else a References chain to an earlier mail of the same ticket with the same base subject. A forward
 * starts a new ticket; an id in our shape with a bad signature is refused (and said, so it can be logged).
 */
export async function findThread(
  db: Db,
  key: string,
  mailboxId: string,
  mail: ParsedMessage,
  /** The References chain's answer when the caller already read it (ingestion, with the claim): null for none. */
  earlierKnown?: string | null,
): Promise<Thread> {
  if (isForward(mail.subject)) return { ticketId: null, forged: false };
  let forged = false;
  for (const id of [...mail.inReplyTo, ...[...mail.references].reverse()]) {
    const check = checkMessageId(key, id);
    if (check.kind === "forged") forged = true;
    if (check.kind !== "ours") continue;
    const ticket = await ticketIdByNumberUnscoped(db, check.ticketNumber);
    if (ticket) return { ticketId: ticket.id, via: "message-id" };
  }
  const token = ticketToken(mail.subject);
  if (token !== null) {
    const ticket = await ticketIdByNumberUnscoped(db, token);
    if (ticket) return { ticketId: ticket.id, via: "subject-token" };
  }
  const earlier =
    earlierKnown !== undefined
      ? earlierKnown
      : await ticketOfEarlierMailUnscoped(db, mailboxId, namedMessageIds(mail), baseSubject(mail.subject));
  if (earlier) return { ticketId: earlier, via: "references" };
  return { ticketId: null, forged };
}

/** The Message-IDs a mail names as those it answers: In-Reply-To, then References. */
export const namedMessageIds = (mail: ParsedMessage) => [...mail.inReplyTo, ...mail.references];
