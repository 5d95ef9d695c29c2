import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { eml } from "../../../test/support/eml.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { claimImapLease } from "./imap-lease.store.ts";
import { imapLeases } from "./imap-lease.tables.ts";
import { ingestMail } from "./ingest-mail.ts";
import { inboundMails, mailboxes, mailQuarantine } from "./mail.tables.ts";

describeEachEngine("IMAP mailboxes (admin API)", (ctx) => {
  const http = withApp(ctx);
  const imap = { host: "imap.frontline.example", user: "support", secret: "s3cret-imap" };

  it("adds a polled mailbox with defaults filled in, and never gives its secret back", async () => {
    const ws = await buildWorkspace(ctx.deps);
    const as = await sessionFor(ctx.deps, ws.admin.personId);
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/mail/mailboxes",
      body: { address: "it@frontline.example", inboundKind: "imap", imap },
      as,
    });
    expect(created.statusCode).toBe(201);
    const shown = { ...imap, port: 993, tls: true, folder: "INBOX", afterImport: "flag", secret: "********" };
    expect(created.json()).toMatchObject({ inboundKind: "imap", imap: shown });
    expect((await call(http.app, { method: "GET", url: "/api/v1/mail/mailboxes", as })).json().items).toEqual([
      expect.objectContaining({ imap: shown }),
    ]);
    const [stored] = await ctx.deps.db.select().from(mailboxes);
    expect(stored?.imap?.secret).toBe("s3cret-imap");
  });

  it("refuses an imap mailbox without its settings, and a move without its folder, naming the field", async () => {
    const ws = await buildWorkspace(ctx.deps);
    const as = await sessionFor(ctx.deps, ws.admin.personId);
    const post = (body: object) =>
      call(http.app, {
        method: "POST",
        url: "/api/v1/mail/mailboxes",
        body: { address: "it@frontline.example", ...body },
        as,
      });
    const missing = await post({ inboundKind: "imap" });
    expect(missing.statusCode).toBe(422);
    expect(JSON.stringify(missing.json())).toContain("imap");
    const noFolder = await post({ inboundKind: "imap", imap: { ...imap, afterImport: "move" } });
    expect(noFolder.statusCode).toBe(422);
    expect(JSON.stringify(noFolder.json())).toContain("moveTo");
    expect((await post({ inboundKind: "imap", imap: { ...imap, port: 0 } })).statusCode).toBe(422);
  });

  it("refuses switching a mailbox to imap without complete settings, naming the missing field", async () => {
    const ws = await buildWorkspace(ctx.deps);
    const as = await sessionFor(ctx.deps, ws.admin.personId);
    const [box] = await ctx.deps.db.insert(mailboxes).values({ address: "it@frontline.example" }).returning();
    const patch = (body: object) =>
      call(http.app, { method: "PATCH", url: `/api/v1/mail/mailboxes/${box!.id}`, body, as });
    const bare = await patch({ inboundKind: "imap" });
    expect(bare.statusCode).toBe(422);
    expect(bare.headers["content-type"]).toContain("application/problem+json");
    expect(JSON.stringify(bare.json())).toContain("imap.host");
    const noSecret = await patch({ inboundKind: "imap", imap: { host: "imap.frontline.example", user: "support" } });
    expect(noSecret.statusCode).toBe(422);
    expect(JSON.stringify(noSecret.json())).toContain("imap.secret");
    const noFolder = await patch({ inboundKind: "imap", imap: { ...imap, afterImport: "move" } });
    expect(JSON.stringify(noFolder.json())).toContain("imap.moveTo");
    const [unchanged] = await ctx.deps.db.select().from(mailboxes);
    expect(unchanged).toMatchObject({ inboundKind: "smtp", imap: null });

    const done = await patch({ inboundKind: "imap", imap: { ...imap, port: 143, tls: false } });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      inboundKind: "imap",
      imap: {
        host: "imap.frontline.example",
        port: 143,
        tls: false,
        folder: "INBOX",
        afterImport: "flag",
        secret: "********",
      },
    });
  });

  it("edits IMAP settings without the secret, keeping the stored one (write-only)", async () => {
    const ws = await buildWorkspace(ctx.deps);
    const as = await sessionFor(ctx.deps, ws.admin.personId);
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/mail/mailboxes",
      body: { address: "it@frontline.example", inboundKind: "imap", imap },
      as,
    });
    const url = `/api/v1/mail/mailboxes/${created.json().id}`;
    const moved = await call(http.app, {
      method: "PATCH",
      url,
      body: { imap: { folder: "Support", afterImport: "move", moveTo: "Imported" } },
      as,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().imap).toMatchObject({ folder: "Support", moveTo: "Imported", secret: "********" });
    const [stored] = await ctx.deps.db.select().from(mailboxes);
    expect(stored?.imap).toMatchObject({ host: "imap.frontline.example", secret: "s3cret-imap", folder: "Support" });
  });

  it("audits adding and changing a mailbox by its address, the IMAP secret only as changed", async () => {
    const ws = await buildWorkspace(ctx.deps);
    const as = await sessionFor(ctx.deps, ws.admin.personId);
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/mail/mailboxes",
      body: { address: "IT@frontline.example", inboundKind: "imap", imap, senderName: "IT Desk" },
      as,
    });
    const id = created.json().id;
    const url = `/api/v1/mail/mailboxes/${id}`;
    const patch = (body: object) => call(http.app, { method: "PATCH", url, body, as });
    expect((await patch({ imap: { secret: "n3w-imap-secret" }, senderName: "IT Service Desk" })).statusCode).toBe(200);
    expect((await patch({ imap: { folder: "Support" } })).statusCode).toBe(200);
    expect((await patch({ senderName: "IT Service Desk" })).statusCode).toBe(200); // nothing changed: no row

    const log = await call(http.app, { method: "GET", url: `/api/v1/audit?entity=mailbox&entityId=${id}`, as });
    expect(log.statusCode).toBe(200);
    const [folder, secret, added, ...rest] = log.json().items;
    expect(rest).toEqual([]);
    expect(added).toMatchObject({
      action: "mailbox.created",
      entity: "mailbox",
      entityLabel: "it@frontline.example",
      actorId: ws.admin.personId,
      changes: {
        address: { from: null, to: "it@frontline.example" },
        inboundKind: { from: null, to: "imap" },
        senderName: { from: null, to: "IT Desk" },
        imap: { from: null, to: { host: "imap.frontline.example", user: "support", folder: "INBOX" } },
        imapSecret: "[changed]",
      },
    });
    expect(secret).toMatchObject({
      action: "mailbox.updated",
      entityLabel: "it@frontline.example",
      changes: { senderName: { from: "IT Desk", to: "IT Service Desk" }, imapSecret: "[changed]" },
    });
    expect(Object.keys(secret.changes).sort()).toEqual(["imapSecret", "senderName"]);
    expect(folder.changes).toEqual({
      imap: {
        from: expect.objectContaining({ folder: "INBOX" }),
        to: expect.objectContaining({ folder: "Support" }),
      },
    });
    const shown = JSON.stringify(log.json());
    expect(shown).not.toContain("s3cret-imap");
    expect(shown).not.toContain("n3w-imap-secret");
  });

  it("deletes a mailbox: it takes no more mail, its lease goes, its tickets keep their mail, audited by its address", async () => {
    const ws = await buildWorkspace(ctx.deps);
    const as = await sessionFor(ctx.deps, ws.admin.personId);
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/mail/mailboxes",
      body: { address: "it@frontline.example", inboundKind: "imap", imap },
      as,
    });
    const id = created.json().id as string;
    const ticket = await ingestMail(ctx.deps, { raw: eml({ to: "it@frontline.example" }) });
    expect(ticket.outcome).toBe("created");
    expect((await ingestMail(ctx.deps, { raw: eml({ to: "it@frontline.example", from: null }) })).outcome).toBe(
      "quarantined",
    );
    const now = ctx.deps.clock.now();
    expect(await claimImapLease(ctx.deps.db, { mailboxId: id, holder: "poller-1", now, ttlMs: 60_000 })).toBe(true);

    const agent = await sessionFor(ctx.deps, ws.agent.personId);
    const url = `/api/v1/mail/mailboxes/${id}`;
    expect((await call(http.app, { method: "DELETE", url, as: agent })).statusCode).toBe(403);
    expect((await call(http.app, { method: "DELETE", url, as })).statusCode).toBe(204);

    expect(await ctx.deps.db.select().from(mailboxes)).toEqual([]);
    expect(await ctx.deps.db.select().from(imapLeases)).toEqual([]);
    const kept = await ctx.deps.db.select().from(inboundMails);
    expect(kept.map((m) => [m.outcome, m.mailboxId]).sort()).toEqual([
      ["created", null],
      ["quarantined", null],
    ]);
    expect((await ctx.deps.db.select().from(mailQuarantine)).map((q) => q.mailboxId)).toEqual([null]);
    if (ticket.outcome !== "created") return;
    const mail = await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticket.ticketId}/mail`, as });
    expect(mail.json().inbound).toEqual([expect.objectContaining({ subject: "Printer on floor 3 is offline" })]);
    // Mail for it now has no mailbox of ours.
    const after = await ingestMail(ctx.deps, { raw: eml({ to: "it@frontline.example" }) });
    expect(after).toMatchObject({ outcome: "quarantined", reason: "addressed to no mailbox of ours" });

    const log = await call(http.app, { method: "GET", url: `/api/v1/audit?entity=mailbox&entityId=${id}`, as });
    const [deleted, added] = log.json().items;
    expect(deleted).toMatchObject({
      action: "mailbox.deleted",
      entityLabel: "it@frontline.example",
      actorId: ws.admin.personId,
      changes: { address: { from: "it@frontline.example", to: null }, inboundKind: { from: "imap", to: null } },
    });
    expect(added).toMatchObject({ action: "mailbox.created", entityLabel: "it@frontline.example" });
    expect(JSON.stringify(log.json())).not.toContain("s3cret-imap");
  });

  it("answers 404 naming the id for a mailbox that is not there (or already deleted)", async () => {
    const ws = await buildWorkspace(ctx.deps);
    const as = await sessionFor(ctx.deps, ws.admin.personId);
    const url = "/api/v1/mail/mailboxes/00000000-0000-4000-8000-000000000000";
    const missing = await call(http.app, { method: "DELETE", url, as });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: "MAILBOX_NOT_FOUND" });
    expect(JSON.stringify(missing.json())).toContain("params.id");
    const bad = await call(http.app, { method: "DELETE", url: "/api/v1/mail/mailboxes/not-an-id", as });
    expect(bad.statusCode).toBe(422);
  });
});
