import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { ImapFlow } from "imapflow";
import type { Deps } from "../../context.ts";
import { claimImapLease, releaseImapLease } from "./imap-lease.store.ts";
import { importImapMail } from "./import-imap-mail.ts";
import { activeMailboxesUnscoped, type MailboxRow } from "./mail.store.ts";
import type { ImapSettings } from "./mail.tables.ts";

export type ImapPollerOptions = {
  /** How often leases are renewed and every held mailbox is polled (also without IDLE news). */
  intervalMs: number;
  /** How long a lease lasts unrenewed: a dead poller's mailboxes are taken over after this. */
  leaseMs: number;
  /** Names this process in the lease rows. */
  holder?: string;
};

export type ImapPoller = {
  holder: string;
  /** Runs one round now (claim, poll, let go) and resolves when it is done; tests and the scheduler use it. */
  tick(): Promise<void>;
  /** The mailboxes this process holds right now. */
  held(): string[];
  close(): Promise<void>;
};

type PolledMailbox = MailboxRow & { imap: ImapSettings };

/** One held mailbox: a connection left in IDLE on its folder, so new mail is imported at once where the server says so. */
type Session = { client: ImapFlow; mailbox: PolledMailbox; running: Promise<void>; again: boolean; closed: boolean };

const isPolled = (box: MailboxRow): box is PolledMailbox => box.inboundKind === "imap" && box.imap !== null;

/**
 * Polls the active mailboxes whose inbound kind is imap, run by the `mail` role beside the SMTP listener. Each round it
 * claims (or renews) the lease on every such mailbox through the database — so of several processes exactly one polls
 * each — opens an imapflow connection on the ones it holds, imports what is new, and keeps the connection in IDLE, which
 * imapflow enters by itself and which reports new mail at once ("exists"); on a server without IDLE, imapflow's NOOPs
 * and this round's poll do. A mailbox whose lease is lost, or that was deactivated, is let go.
 */
export function startImapPoller(deps: Deps, options: ImapPollerOptions): ImapPoller {
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const sessions = new Map<string, Session>();
  let closed = false;
  let round: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const poll = (session: Session): Promise<void> => {
    // Serialized per mailbox: an IDLE notice during an import asks for one more import after it, not a second one beside it.
    if (session.again) return session.running;
    session.again = true;
    session.running = session.running.then(async () => {
      session.again = false;
      if (session.closed) return;
      try {
        const outcomes = await importImapMail(deps, session.mailbox, session.client);
        if (outcomes.length > 0) deps.log.info({ mailbox: session.mailbox.address, outcomes }, "IMAP mail imported");
      } catch (error) {
        deps.log.warn({ err: error, mailbox: session.mailbox.address }, "IMAP import failed; retried next round");
        await stopSession(session.mailbox.id, false);
      }
    });
    return session.running;
  };

  async function openSession(mailbox: PolledMailbox): Promise<Session | undefined> {
    const client = new ImapFlow({
      host: mailbox.imap.host,
      port: mailbox.imap.port,
      secure: mailbox.imap.tls,
      auth: { user: mailbox.imap.user, pass: mailbox.imap.secret },
      logger: false,
      // Without IDLE, ask the server for news this often between our rounds.
      missingIdleCommand: "NOOP",
      // IDLE a second after our last command rather than imapflow's 15 s, so mail arriving right after an import is seen.
      autoIdleDelay: 1000,
    });
    client.on("error", (error: unknown) =>
      deps.log.warn({ err: error, mailbox: mailbox.address }, "IMAP connection error"),
    );
    try {
      await client.connect();
      await client.mailboxOpen(mailbox.imap.folder);
    } catch (error) {
      deps.log.warn({ err: error, mailbox: mailbox.address }, "IMAP connection failed; retried next round");
      client.close();
      return undefined;
    }
    const session: Session = { client, mailbox, running: Promise.resolve(), again: false, closed: false };
    client.on("exists", () => void poll(session));
    // The server hung up (or we did): the next round reconnects. Only this session: a newer one may hold the id by then.
    client.on("close", () => void (sessions.get(mailbox.id) === session ? stopSession(mailbox.id, false) : undefined));
    sessions.set(mailbox.id, session);
    return session;
  }

  async function stopSession(mailboxId: string, release: boolean): Promise<void> {
    const session = sessions.get(mailboxId);
    if (session && !session.closed) {
      session.closed = true;
      sessions.delete(mailboxId);
      await session.client.logout().catch(() => session.client.close());
    }
    if (release) await releaseImapLease(deps.db, mailboxId, holder);
  }

  async function runRound(): Promise<void> {
    const boxes = (await activeMailboxesUnscoped(deps.db)).filter(isPolled);
    for (const id of [...sessions.keys()]) if (!boxes.some((b) => b.id === id)) await stopSession(id, true);
    for (const mailbox of boxes) {
      if (closed) return;
      const mine = await claimImapLease(deps.db, {
        mailboxId: mailbox.id,
        holder,
        now: deps.clock.now(),
        ttlMs: options.leaseMs,
      });
      if (!mine) {
        await stopSession(mailbox.id, false);
        continue;
      }
      const session = sessions.get(mailbox.id) ?? (await openSession(mailbox));
      if (session) {
        // Settings an admin changed take effect at the next connection.
        if (JSON.stringify(session.mailbox.imap) !== JSON.stringify(mailbox.imap)) await stopSession(mailbox.id, false);
        else await poll(session);
      }
    }
  }

  const tick = (): Promise<void> => {
    round = round.then(runRound).catch((error: unknown) => deps.log.error({ err: error }, "IMAP polling round failed"));
    return round;
  };
  const schedule = () => {
    if (closed) return;
    timer = setTimeout(() => void tick().then(schedule), options.intervalMs);
    timer.unref();
  };
  void tick().then(schedule);

  return {
    holder,
    tick,
    held: () => [...sessions.keys()],
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await round;
      for (const id of [...sessions.keys()]) await stopSession(id, true);
    },
  };
}
