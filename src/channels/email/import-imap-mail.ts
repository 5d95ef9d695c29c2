import type { ImapFlow } from "imapflow";
import type { Deps } from "../../context.ts";
import type { ImapSettings } from "./mail.tables.ts";
import type { MailboxRow } from "./mail.store.ts";
import { ingestMail, type IngestOutcome } from "./ingest-mail.ts";

/**
 * The keyword an imported message carries on the server. Polling asks for messages without it rather than unseen ones,
 * so a person reading the mailbox in a mail client (which marks mail \Seen) never hides a request from us.
 */
export const IMPORTED_KEYWORD = "$FrontlineImported";

/**
 * Takes every message not yet imported from a polled mailbox's folder through the one ingestion use case, then does the
 * mailbox's after-import action. The action runs only once the outcome is committed; if it fails (or the process dies
 * between the two) the next poll fetches the message again and ingestion finds its Message-ID stored: no duplicate.
 * A message ingestion cannot store (the database is down) stays untouched on the server for the next poll.
 */
export async function importImapMail(
  deps: Deps,
  mailbox: MailboxRow & { imap: ImapSettings },
  client: ImapFlow,
): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  const lock = await client.getMailboxLock(mailbox.imap.folder);
  try {
    // A held connection sees mail that arrived since its last command only once it asks (EXISTS comes with a reply).
    await client.noop();
    const uids = (await client.search({ unKeyword: IMPORTED_KEYWORD, deleted: false }, { uid: true })) || [];
    if (uids.length === 0) return outcomes;
    const sizes = new Map(
      (await client.fetchAll(uids.join(","), { size: true }, { uid: true })).map((m) => [m.uid, m.size ?? 0]),
    );
    for (const uid of uids) {
      if ((sizes.get(uid) ?? 0) > deps.config.MAIL_MAX_BYTES) {
        // Like the listener's 552: never half-stored. Left on the server, flagged for a person, and not fetched again.
        deps.log.warn(
          { mailbox: mailbox.address, uid, size: sizes.get(uid) },
          "IMAP message over MAIL_MAX_BYTES left on the server",
        );
        await client.messageFlagsAdd(String(uid), [IMPORTED_KEYWORD, "\\Flagged"], { uid: true });
        continue;
      }
      // One message at a time: a mailbox may hold thousands, each up to MAIL_MAX_BYTES.
      const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
      if (!message || !message.source) continue;
      // Mail in this mailbox was delivered to it, whatever its To says (Bcc, aliases): that is its recipient.
      outcomes.push(await ingestMail(deps, { raw: message.source, recipients: [mailbox.address] }));
      await afterImport(client, mailbox.imap, uid);
    }
  } finally {
    lock.release();
  }
  return outcomes;
}

async function afterImport(client: ImapFlow, settings: ImapSettings, uid: number): Promise<void> {
  const range = String(uid);
  if (settings.afterImport === "delete") {
    await client.messageDelete(range, { uid: true });
    return;
  }
  // Marked first, so a message the server fails to move is still not imported twice (nor would it be: Message-ID).
  await client.messageFlagsAdd(range, [IMPORTED_KEYWORD, "\\Seen"], { uid: true });
  if (settings.afterImport === "move" && settings.moveTo)
    await client.messageMove(range, settings.moveTo, { uid: true });
}
