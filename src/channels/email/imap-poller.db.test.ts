import { randomUUID } from "node:crypto";
import { ImapFlow } from "imapflow";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine, type TestDeps } from "../../../test/support/db.ts";
import { imapAvailable, startDovecot, type Dovecot } from "../../../test/support/dovecot.ts";
import { eml } from "../../../test/support/eml.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { imapLeases } from "./imap-lease.tables.ts";
import { startImapPoller, type ImapPoller } from "./imap-poller.ts";
import { IMPORTED_KEYWORD } from "./import-imap-mail.ts";
import { inboundMails, mailboxes, type ImapSettings } from "./mail.tables.ts";
import { tickets } from "../../tickets/ticket.tables.ts";

if (!imapAvailable)
  console.warn("IMAP tests skipped: no dovecot at /usr/sbin/dovecot (apt-get install dovecot-imapd, or run .ci/run)");

// IMAP against a real server: a private dovecot on loopback with its own maildir; each test its own IMAP user.
describe.skipIf(!imapAvailable)("IMAP polling", () => {
  let dovecot: Dovecot;
  beforeAll(async () => {
    dovecot = await startDovecot();
  });
  afterAll(() => dovecot?.stop());

  describeEachEngine("IMAP polling", (ctx) => {
    const pollers: ImapPoller[] = [];
    const clients: ImapFlow[] = [];
    afterEach(async () => {
      for (const poller of pollers.splice(0)) await poller.close();
      for (const client of clients.splice(0)) await client.logout().catch(() => undefined);
    });

    /** A mailbox polled over IMAP, with a client of our own (the "mail server side") on the same account. */
    async function imapMailbox(settings: Partial<ImapSettings> = {}) {
      const user = `support-${randomUUID().slice(0, 8)}`;
      const imap: ImapSettings = {
        host: dovecot.host,
        port: dovecot.port,
        tls: false,
        user,
        secret: dovecot.password,
        folder: "INBOX",
        afterImport: "flag",
        ...settings,
      };
      const [box] = await ctx.deps.db
        .insert(mailboxes)
        .values({ address: "support@frontline.example", inboundKind: "imap", imap })
        .returning();
      const client = new ImapFlow({
        host: dovecot.host,
        port: dovecot.port,
        secure: false,
        auth: { user, pass: dovecot.password },
        logger: false,
      });
      await client.connect();
      clients.push(client);
      return { box: box!, client };
    }
    const poller = (deps: TestDeps = ctx.deps, intervalMs = 3_600_000) => {
      const started = startImapPoller(deps, { intervalMs, leaseMs: 60_000 });
      pollers.push(started);
      return started;
    };
    /** Each message's flags, by UID (unsolicited FETCH replies may list a message twice). */
    const flagsOf = async (client: ImapFlow, folder = "INBOX") => {
      const lock = await client.getMailboxLock(folder);
      try {
        const messages = (await client.fetchAll("1:*", { uid: true, flags: true })).filter((m) => m.uid);
        const byUid = new Map(messages.map((m) => [m.uid, [...(m.flags ?? [])].sort()]));
        return [...byUid.values()];
      } finally {
        lock.release();
      }
    };
    const count = async (client: ImapFlow, folder: string) => {
      const status = await client.status(folder, { messages: true });
      return status ? status.messages : undefined;
    };

    it("turns each new message into a ticket, then flags it (seen, imported) and never imports it twice", async () => {
      await buildWorkspace(ctx.deps);
      const { client } = await imapMailbox();
      await client.append("INBOX", eml({ messageId: "<one@client.example>" }));
      await client.append("INBOX", eml({ subject: "VPN drops every hour", messageId: "<two@client.example>" }));
      const p = poller();
      await p.tick();
      expect((await ctx.deps.db.select().from(tickets)).map((t) => t.subject).sort()).toEqual([
        "Printer on floor 3 is offline",
        "VPN drops every hour",
      ]);
      expect(await flagsOf(client)).toEqual([
        [IMPORTED_KEYWORD, "\\Seen"],
        [IMPORTED_KEYWORD, "\\Seen"],
      ]);
      // The same Message-ID again (a copy in the folder): stored once per mailbox.
      await client.append("INBOX", eml({ messageId: "<one@client.example>" }));
      await p.tick();
      expect(await ctx.deps.db.select().from(tickets)).toHaveLength(2);
      expect((await ctx.deps.db.select().from(inboundMails)).map((m) => m.outcome).sort()).toEqual([
        "created",
        "created",
      ]);
      expect(await flagsOf(client)).toHaveLength(3);
    });

    it("a message someone already read in a mail client is still imported (polling asks for our keyword, not \\Seen)", async () => {
      await buildWorkspace(ctx.deps);
      const { client } = await imapMailbox();
      await client.append("INBOX", eml(), ["\\Seen"]);
      await poller().tick();
      expect(await ctx.deps.db.select().from(tickets)).toHaveLength(1);
    });

    it("moves an imported message to the configured folder", async () => {
      await buildWorkspace(ctx.deps);
      const { client } = await imapMailbox({ afterImport: "move", moveTo: "Imported" });
      await client.mailboxCreate("Imported");
      await client.append("INBOX", eml());
      await poller().tick();
      expect(await ctx.deps.db.select().from(tickets)).toHaveLength(1);
      expect(await count(client, "INBOX")).toBe(0);
      expect(await count(client, "Imported")).toBe(1);
    });

    it("deletes an imported message when told to", async () => {
      await buildWorkspace(ctx.deps);
      const { client } = await imapMailbox({ afterImport: "delete" });
      await client.append("INBOX", eml());
      await poller().tick();
      expect(await ctx.deps.db.select().from(tickets)).toHaveLength(1);
      expect(await count(client, "INBOX")).toBe(0);
    });

    it("leaves a message over MAIL_MAX_BYTES on the server, flagged, and stores nothing of it", async () => {
      await buildWorkspace(ctx.deps);
      const { client } = await imapMailbox();
      await client.append("INBOX", eml({ text: "x".repeat(20_000) }));
      await poller({ ...ctx.deps, config: { ...ctx.deps.config, MAIL_MAX_BYTES: 8192 } }).tick();
      expect(await ctx.deps.db.select().from(inboundMails)).toHaveLength(0);
      expect(await flagsOf(client)).toEqual([[IMPORTED_KEYWORD, "\\Flagged"]]);
    });

    it("is claimed through the database: of two pollers exactly one polls; the other takes over when the lease lapses", async () => {
      await buildWorkspace(ctx.deps);
      const { box, client } = await imapMailbox();
      const first = poller();
      const second = poller();
      await Promise.all([first.tick(), second.tick()]);
      expect([first.held(), second.held()].flat()).toEqual([box.id]);
      const [holder, other] = first.held().length ? [first, second] : [second, first];
      await client.append("INBOX", eml());
      await Promise.all([holder.tick(), other.tick()]);
      expect(await ctx.deps.db.select().from(tickets)).toHaveLength(1);
      expect(other.held()).toEqual([]);

      // The holder dies without a word: its lease runs out and the other process takes the mailbox.
      await ctx.deps.db.update(imapLeases).set({ holder: "dead-process" });
      await holder.close();
      await other.tick();
      expect(other.held()).toEqual([]);
      ctx.deps.clock.advance(61_000);
      await other.tick();
      expect(other.held()).toEqual([box.id]);
    });

    it("imports mail as it arrives, through IDLE, without waiting for the next round", async () => {
      await buildWorkspace(ctx.deps);
      const { client } = await imapMailbox();
      await poller().tick();
      await client.append("INBOX", eml());
      await expect
        .poll(async () => (await ctx.deps.db.select().from(tickets)).length, { timeout: 5000, interval: 100 })
        .toBe(1);
    });
  });
});
