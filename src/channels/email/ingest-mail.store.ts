import { eq, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import type { DeferredWrites } from "../../platform/db/deferred-writes.ts";
import { organizations, people } from "../../identity/identity.tables.ts";
import { attachments } from "../../tickets/ticket.tables.ts";
import { runBuilt } from "../../platform/db/statement.ts";
import { groupIdsOf, UNASSIGNED_SENDERS, type Sender } from "./mail.store.ts";
import { bouncingAddresses, inboundMails, organizationEmailDomains, outboundMails } from "./mail.tables.ts";
import type { RequesterChannel } from "../requester-channel.ts";

// The statements of ingestion's hot path, each folding what used to be several round trips into one.

/** What an acknowledgement needs of the sender beyond the ticket: language, time zone, bounces, this hour's count. */
export type SenderMailFacts = {
  locale: string;
  timeZone: string | null;
  preferredChannel: RequesterChannel;
  bouncing: boolean;
  acknowledgements: number;
};

type Found = Sender & SenderMailFacts & { claimed: string | null; earlierTicketId: string | null; id: string | null };

/**
 * Claims a Message-ID for a mailbox (as claimInboundMail) and reads the person with the sender's address (as
 * findSenderUnscoped) in one round trip: every mail needs both, and the person is read whether or not the claim won.
 * With them, what acknowledging a new request needs of the address (as ticketMailFactsUnscoped): whether it bounces
 * and how many acknowledgements went to it since `acknowledgedSince`.
 */
export async function claimInboundMailFromSender(
  tx: Db,
  row: typeof inboundMails.$inferInsert,
  address: string,
  acknowledgedSince: Date,
  /** The Message-IDs the mail names (In-Reply-To, References): the ticket of an earlier mail among them is read too. */
  named: readonly string[],
): Promise<{
  claimed: string | undefined;
  sender: Sender | undefined;
  mailFacts: SenderMailFacts;
  /** As ticketOfEarlierMailUnscoped answers for the mail's mailbox, named ids and base subject. */
  earlierTicketId: string | undefined;
}> {
  const claim = tx.insert(inboundMails).values(row).onConflictDoNothing().returning({ id: inboundMails.id }).getSQL();
  // The named ids go as one array: the statement's text is the same however many a mail names (see runBuilt).
  const earlier =
    named.length === 0 || !row.mailboxId
      ? sql`null::uuid`
      : sql`(select ${inboundMails.ticketId} from ${inboundMails} where ${inboundMails.mailboxId} = ${row.mailboxId}
          and ${inboundMails.messageId} = any(${sql.param([...named])}::text[])
          and ${inboundMails.baseSubject} = ${row.baseSubject ?? ""} and ${inboundMails.ticketId} is not null limit 1)`;
  const rows = await runBuilt<Found>(
    tx,
    "mail_claim",
    sql`with claimed as (${claim})
    select (select id from claimed) as "claimed", ${earlier} as "earlierTicketId", ${people.id} as "id", ${people.name} as "name",
      ${people.email} as "email", ${people.role} as "role", ${people.organizationId} as "organizationId",
      ${people.orgManager} as "orgManager", ${people.active} as "active", ${groupIdsOf} as "groupIds",
      coalesce(${people.locale}, 'en') as "locale", ${people.timeZone} as "timeZone",
      coalesce(${people.preferredChannel}, 'email') as "preferredChannel",
      exists (select 1 from ${bouncingAddresses} where ${bouncingAddresses.address} = lower(${address})) as "bouncing",
      (select count(*)::int from ${outboundMails} where ${outboundMails.kind} = 'acknowledgement'
        and (${outboundMails.toAddresses})[1] = lower(${address})
        and ${outboundMails.createdAt} >= ${acknowledgedSince.toISOString()}::timestamptz) as "acknowledgements"
    from (select 1) as one left join ${people} on lower(${people.email}) = lower(${address})
    limit 1`,
  );
  const [found] = rows;
  const { claimed, earlierTicketId, locale, timeZone, preferredChannel, bouncing, acknowledgements, ...sender } =
    found!;
  return {
    claimed: claimed ?? undefined,
    earlierTicketId: earlierTicketId ?? undefined,
    sender: sender.id === null ? undefined : sender,
    mailFacts: { locale, timeZone, preferredChannel, bouncing, acknowledgements: Number(acknowledgements) },
  };
}

/** What a mail's inbound_mails row learns once its ticket work is done: the ticket, the outcome, the original. */
export type InboundMailPatch = { id: string; patch: Partial<typeof inboundMails.$inferInsert> };

/**
 * A mail's files as attachment rows (ids made by the caller), and — when given — the change to its inbound_mails row,
 * in one statement.
 */
export async function insertMailFiles(
  tx: Db,
  rows: Array<typeof attachments.$inferInsert>,
  inbound: InboundMailPatch | undefined,
  /** The transaction's deferred writes to queue them on (sent with the others before it commits), else written now. */
  later?: DeferredWrites,
): Promise<void> {
  const insert = tx.insert(attachments).values(rows);
  const update = inbound && tx.update(inboundMails).set(inbound.patch).where(eq(inboundMails.id, inbound.id));
  if (later) {
    later.write(insert.getSQL());
    if (update) later.write(update.getSQL());
  } else if (update) await tx.execute(sql`with files as (${insert.getSQL()}) ${update.getSQL()}`);
  else await insert;
}

/**
 * Adds a requester, in one statement, to the organization owning the address's domain or else to "Unassigned
 * senders" when it exists: the new person as a sender (in no group); undefined when someone else made them first;
 * null when neither organization exists (the caller makes "Unassigned senders" first).
 */
export async function insertPlacedRequester(
  db: Db,
  row: { name: string; email: string; domain: string },
): Promise<Sender | undefined | null> {
  const result = await db.execute(sql`with org as (
      select coalesce(
        (select ${organizationEmailDomains.organizationId} from ${organizationEmailDomains}
          where ${organizationEmailDomains.domain} = ${row.domain.toLowerCase()}),
        (select ${organizations.id} from ${organizations} where ${organizations.name} = ${UNASSIGNED_SENDERS} limit 1)
      ) as id),
    created as (
      insert into ${people} (organization_id, name, email, role)
      select org.id, ${row.name}, ${row.email}, 'requester' from org where org.id is not null
      on conflict do nothing
      returning id, name, email, role, organization_id as "organizationId", org_manager as "orgManager", active)
    select org.id as "placedIn", created.* from org left join created on true`);
  type Found = Omit<Sender, "groupIds"> & { placedIn: string | null; id: string | null };
  const [found] = (result as unknown as { rows: Found[] }).rows;
  const { placedIn, ...created } = found!;
  if (placedIn === null) return null;
  return created.id === null ? undefined : { ...created, groupIds: [] };
}
