import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { eml } from "../../../test/support/eml.ts";
import { buildPerson, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { replyToTicket } from "../../tickets/conversation/reply-to-ticket.ts";
import { loadEventsUnscoped } from "../../tickets/ticket/ticket.store.ts";
import { ingestMail } from "./ingest-mail.ts";
import { bouncingAddresses, mailboxes, outboundMails } from "./mail.tables.ts";

// What the admin pages and the console's mail view read and change.
describeEachEngine("mail views", (ctx) => {
  const http = withApp(ctx);

  async function desk() {
    const ws = await buildWorkspace(ctx.deps);
    const [box] = await ctx.deps.db.insert(mailboxes).values({ address: "support@frontline.example" }).returning();
    // Sana is the requester of the mail ticket below: she sees it, but not its mail envelopes.
    const sana = await buildPerson(ctx.deps, ws.client.id, "requester", { email: "sana@indus-textiles.example" });
    const as = {
      admin: await sessionFor(ctx.deps, ws.admin.personId),
      agent: await sessionFor(ctx.deps, ws.agent.personId),
      requester: await sessionFor(ctx.deps, sana.id),
    };
    return { ...ws, box: box!, as };
  }

  it("edits a mailbox, naming the field of a bad change", async () => {
    const ws = await desk();
    const url = `/api/v1/mail/mailboxes/${ws.box.id}`;
    const changed = await call(http.app, {
      method: "PATCH",
      url,
      body: { senderName: "IT Service Desk", defaultPriority: "high", defaultGroupId: ws.group.id },
      as: ws.as.admin,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      senderName: "IT Service Desk",
      defaultPriority: "high",
      defaultGroupId: ws.group.id,
    });
    const bad = await call(http.app, { method: "PATCH", url, body: { address: "not an address" }, as: ws.as.admin });
    expect(bad.statusCode).toBe(422);
    expect(JSON.stringify(bad.json())).toContain("address");
    const missing = await call(http.app, {
      method: "PATCH",
      url: "/api/v1/mail/mailboxes/00000000-0000-4000-8000-000000000000",
      body: { active: false },
      as: ws.as.admin,
    });
    expect(missing.statusCode).toBe(404);
    expect((await call(http.app, { method: "PATCH", url, body: { active: false }, as: ws.as.agent })).statusCode).toBe(
      403,
    );
  });

  it("shows admins a quarantined mail's original bytes as text, and the bouncing addresses", async () => {
    const ws = await desk();
    const q = await ingestMail(ctx.deps, { raw: eml({ from: null, subject: "Who <script>am</script> I" }) });
    const id = (q as { quarantineId: string }).quarantineId;
    const original = await call(http.app, {
      method: "GET",
      url: `/api/v1/mail/quarantine/${id}/original`,
      as: ws.as.admin,
    });
    expect(original.statusCode).toBe(200);
    expect(original.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(original.body).toContain("Subject: Who <script>am</script> I");
    expect(
      (await call(http.app, { method: "GET", url: `/api/v1/mail/quarantine/${id}/original`, as: ws.as.agent }))
        .statusCode,
    ).toBe(403);
    await ctx.deps.db
      .insert(bouncingAddresses)
      .values({ address: "gone@x.example", reason: "delivery failed (bounce)", lastBounceAt: new Date() });
    const bouncing = await call(http.app, { method: "GET", url: "/api/v1/mail/bouncing", as: ws.as.admin });
    expect(bouncing.json().items).toEqual([expect.objectContaining({ address: "gone@x.example", number: null })]);
  });

  it("lets an admin clear a bouncing address, audited, so mail goes to it again", async () => {
    const ws = await desk();
    await ctx.deps.db
      .insert(bouncingAddresses)
      .values({ address: "gone@x.example", reason: "delivery failed (bounce)", lastBounceAt: new Date() });
    const acknowledgementsTo = async (address: string) =>
      (await ctx.deps.db.select().from(outboundMails)).filter((m) => m.toAddresses.includes(address)).length;
    await ingestMail(ctx.deps, { raw: eml({ from: "gone@x.example", subject: "While bouncing" }) });
    expect(await acknowledgementsTo("gone@x.example")).toBe(0);

    const url = `/api/v1/mail/bouncing/${encodeURIComponent("Gone@X.example")}`;
    expect((await call(http.app, { method: "DELETE", url, as: ws.as.agent })).statusCode).toBe(403);
    expect((await call(http.app, { method: "DELETE", url, as: ws.as.admin })).statusCode).toBe(204);
    const list = await call(http.app, { method: "GET", url: "/api/v1/mail/bouncing", as: ws.as.admin });
    expect(list.json().items).toEqual([]);
    const audit = await call(http.app, {
      method: "GET",
      url: "/api/v1/audit?entity=bouncing_address",
      as: ws.as.admin,
    });
    expect(audit.json().items).toEqual([
      expect.objectContaining({
        action: "bouncing_address.cleared",
        entityId: "gone@x.example",
        changes: expect.objectContaining({ reason: { from: "delivery failed (bounce)", to: null } }),
      }),
    ]);
    await ingestMail(ctx.deps, { raw: eml({ from: "gone@x.example", subject: "After clearing" }) });
    expect(await acknowledgementsTo("gone@x.example")).toBe(1);

    const again = await call(http.app, { method: "DELETE", url, as: ws.as.admin });
    expect(again.statusCode).toBe(404);
    expect(again.headers["content-type"]).toContain("application/problem+json");
    const bad = await call(http.app, {
      method: "DELETE",
      url: "/api/v1/mail/bouncing/not-an-address",
      as: ws.as.admin,
    });
    expect(bad.statusCode).toBe(422);
    expect(JSON.stringify(bad.json())).toContain("address");
  });

  it("gives staff a ticket's mail: sender, recipients, Cc, the body apart from its quotes, and the replies' delivery", async () => {
    const ws = await desk();
    const raw = readFileSync(new URL("../../../test/fixtures/mail/quoted/gmail-quote.eml", import.meta.url));
    const created = await ingestMail(ctx.deps, { raw });
    const ticketId = (created as { ticketId: string }).ticketId;
    await replyToTicket(ctx.deps, ws.agent, ticketId, { body: "Which VPN profile do you use?" });
    const mail = await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticketId}/mail`, as: ws.as.agent });
    expect(mail.statusCode).toBe(200);
    const [inbound] = mail.json().inbound;
    expect(inbound).toMatchObject({
      fromAddress: "sana@indus-textiles.example",
      toAddresses: ["support@frontline.example"],
      ccAddresses: [],
    });
    expect(inbound.bodyText).toContain("Still dropping");
    expect(inbound.quotedHtml).toContain("Please try the new profile");
    expect(inbound.attachmentId).toEqual(expect.any(String));
    expect(
      mail
        .json()
        .outbound.map((m: { kind: string; status: string }) => [m.kind, m.status])
        .sort(),
    ).toEqual([
      ["acknowledgement", "queued"],
      ["reply", "queued"],
    ]);
    // The reply's mail names the reply's event, so the conversation shows "queued" on that reply (no SMTP_URL here).
    const reply = mail.json().outbound.find((m: { kind: string }) => m.kind === "reply");
    const events = await loadEventsUnscoped(ctx.deps.db, ticketId);
    const replySeq = events.find((e) => e.type === "replied")!.seq;
    expect(reply).toMatchObject({ eventSeq: replySeq, delivery: { state: "queued", detail: null } });
    expect(mail.json().outbound.find((m: { kind: string }) => m.kind === "acknowledgement").eventSeq).toBeNull();
    expect(
      (await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticketId}/mail`, as: ws.as.requester }))
        .statusCode,
    ).toBe(403);
  });
});
