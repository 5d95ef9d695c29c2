import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { eml } from "../../../test/support/eml.ts";
import { buildOrg, buildPerson, buildWorkspace } from "../../../test/support/factories.ts";
import { people } from "../../identity/identity.tables.ts";
import { getTicket, getTicketHistory } from "../../tickets/ticket/get-ticket.ts";
import { listAttachmentsUnscoped } from "../../tickets/attachments/attachment.store.ts";
import { updateTicket } from "../../tickets/ticket/update-ticket.ts";
import { ingestMail } from "./ingest-mail.ts";
import { inboundMails, mailboxes, mailQuarantine, organizationEmailDomains } from "./mail.tables.ts";
import { messageIdKey } from "./mail.store.ts";
import { signedMessageId } from "./message-id.ts";

describeEachEngine("ingest a mail", (ctx) => {
  async function desk() {
    const ws = await buildWorkspace(ctx.deps);
    await ctx.deps.db.insert(mailboxes).values({ address: "Support@Frontline.example", inboundKind: "smtp" });
    const requester = await buildPerson(ctx.deps, ws.client.id, "requester", {
      email: "Ali.Raza@indus-textiles.example",
      name: "Ali Raza",
    });
    await ctx.deps.db
      .insert(organizationEmailDomains)
      .values({ domain: "indus-textiles.example", organizationId: ws.client.id });
    return { ...ws, requesterRow: requester };
  }
  const ingest = (raw: Buffer, recipients?: string[]) =>
    ingestMail(ctx.deps, { raw, ...(recipients ? { recipients } : {}) });

  it("opens an email ticket for a known sender (address matched in any case), keeping the original", async () => {
    const ws = await desk();
    const outcome = await ingest(eml({ from: "Ali Raza <ali.raza@INDUS-TEXTILES.example>" }));
    expect(outcome).toMatchObject({ outcome: "created", ticketNumber: 10001 });
    const ticket = await getTicket(ctx.deps, ws.agent, "10001");
    expect(ticket).toMatchObject({
      subject: "Printer on floor 3 is offline",
      channel: "email",
      requesterId: ws.requesterRow.id,
      status: "new",
    });
    expect(ticket.description).toContain("Nobody on the floor can print");
    const files = await listAttachmentsUnscoped(ctx.deps.db, ticket.id);
    expect(files.map((f) => f.filename)).toEqual(["original.eml"]);
  });

  it("stores the same Message-ID once per mailbox", async () => {
    await desk();
    const raw = eml({ messageId: "<same@client.example>" });
    expect((await ingest(raw)).outcome).toBe("created");
    expect(await ingest(raw)).toEqual({ outcome: "ignored", reason: "duplicate" });
    expect(await ctx.deps.db.select().from(inboundMails)).toHaveLength(1);
  });

  it("makes an unknown sender a requester of the organization owning the domain, else of Unassigned senders", async () => {
    const ws = await desk();
    await ingest(eml({ from: "Bushra <bushra@indus-textiles.example>" }));
    const [bushra] = await ctx.deps.db.select().from(people).where(eq(people.email, "bushra@indus-textiles.example"));
    expect(bushra).toMatchObject({ role: "requester", organizationId: ws.client.id, name: "Bushra" });
    await ingest(eml({ from: "stranger@nowhere.example" }));
    const [stranger] = await ctx.deps.db.select().from(people).where(eq(people.email, "stranger@nowhere.example"));
    expect(stranger?.organizationId).not.toBe(ws.client.id);
  });

  it("joins a reply to its ticket by the subject token, by our signed Message-ID, and by a References chain", async () => {
    const ws = await desk();
    const first = await ingest(eml({ messageId: "<first@client.example>" }));
    expect(first).toMatchObject({ outcome: "created", ticketNumber: 10001 });
    expect(await ingest(eml({ subject: "Re: [#10001] Printer on floor 3 is offline" }))).toMatchObject({
      outcome: "replied",
      ticketNumber: 10001,
    });
    const ours = signedMessageId(await messageIdKey(ctx.deps.db), 10001, "frontline.example");
    expect(await ingest(eml({ subject: "Re: something else", inReplyTo: ours }))).toMatchObject({
      outcome: "replied",
      ticketNumber: 10001,
    });
    expect(
      await ingest(eml({ subject: "RE: Printer on floor 3 is offline", references: "<first@client.example>" })),
    ).toMatchObject({
      outcome: "replied",
      ticketNumber: 10001,
    });
    const { events } = await getTicketHistory(ctx.deps, ws.agent, "10001");
    expect(events.filter((e) => e.type === "replied")).toHaveLength(3);
  });

  it("refuses a forged Message-ID and starts a new ticket for a forward of our mail", async () => {
    await desk();
    await ingest(eml());
    const key = await messageIdKey(ctx.deps.db);
    const forged = signedMessageId(`${key}x`, 10001, "frontline.example");
    expect(await ingest(eml({ subject: "Re: hello", inReplyTo: forged }))).toMatchObject({
      outcome: "created",
      ticketNumber: 10002,
    });
    const ours = signedMessageId(key, 10001, "frontline.example");
    expect(
      await ingest(eml({ subject: "Fwd: [#10001] Printer on floor 3 is offline", references: ours })),
    ).toMatchObject({ outcome: "created", ticketNumber: 10003 });
  });

  it("opens a new ticket when the ticket replied to is closed", async () => {
    const ws = await desk();
    await ingest(eml());
    const ticket = await getTicket(ctx.deps, ws.agent, "10001");
    const resolved = await updateTicket(ctx.deps, ws.admin, ticket.id, { status: "resolved", version: ticket.version });
    await updateTicket(ctx.deps, ws.admin, ticket.id, { status: "closed", version: resolved.version });
    expect(await ingest(eml({ subject: "Re: [#10001] Printer on floor 3 is offline" }))).toMatchObject({
      outcome: "created",
      ticketNumber: 10002,
    });
  });

  it("quarantines a reply to a ticket its sender may not see, with the reason and the bytes", async () => {
    const ws = await desk();
    await ingest(eml());
    const outsider = await buildPerson(ctx.deps, (await buildOrg(ctx.deps)).id, "requester", {
      email: "eve@other.example",
    });
    const raw = eml({ from: outsider.email, subject: "Re: [#10001] mine now" });
    const outcome = await ingest(raw);
    expect(outcome).toMatchObject({ outcome: "quarantined" });
    const [row] = await ctx.deps.db.select().from(mailQuarantine);
    expect(row?.reason).toBe("could not be placed: the sender may not reply on ticket #10001");
    expect(Buffer.compare(row!.raw, raw)).toBe(0);
    expect(
      (await getTicketHistory(ctx.deps, ws.agent, "10001")).events.filter((e) => e.type === "replied"),
    ).toHaveLength(0);
  });

  it("lets an agent answer by mail on a ticket, as a staff reply", async () => {
    const ws = await desk();
    await ingest(eml());
    const [agent] = await ctx.deps.db.select().from(people).where(eq(people.id, ws.agent.personId));
    expect(await ingest(eml({ from: agent!.email, subject: "Re: [#10001] Printer" }))).toMatchObject({
      outcome: "replied",
    });
    expect(await getTicket(ctx.deps, ws.agent, "10001")).toMatchObject({ status: "open" });
  });

  it("ignores auto-replies and loops, and quarantines mail without a sender or for no mailbox of ours", async () => {
    await desk();
    expect(await ingest(eml({ headers: { "Auto-Submitted": "auto-replied" } }))).toEqual({
      outcome: "ignored",
      reason: "auto-reply",
    });
    expect(await ingest(eml({ headers: { "X-Loop": "support@frontline.example" } }))).toEqual({
      outcome: "ignored",
      reason: "loop",
    });
    expect(await ingest(eml({ from: null }))).toMatchObject({
      outcome: "quarantined",
      reason: "no sender address (From)",
    });
    expect(await ingest(eml({ to: "sales@frontline.example" }))).toMatchObject({
      outcome: "quarantined",
      reason: "addressed to no mailbox of ours",
    });
    expect(await ingest(eml({ to: "sales@frontline.example" }), ["support@frontline.example"])).toMatchObject({
      outcome: "created",
    });
  });

  it("sanitises HTML, refuses programs as attachments and survives NUL bytes and a missing Message-ID", async () => {
    const ws = await desk();
    const html =
      '<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:alert(2)">click</a> <a href="https://ok.example">ok</a></p>';
    const outcome = await ingest(
      eml({
        messageId: null,
        text: "Hello\u0000 there",
        html,
        attachments: [
          {
            filename: "photo.png",
            contentType: "image/png",
            content: Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
          },
          { filename: "invoice.exe", contentType: "application/octet-stream", content: Buffer.from("MZ\x90\x00") },
        ],
      }),
    );
    expect(outcome).toMatchObject({ outcome: "created" });
    const ticket = await getTicket(ctx.deps, ws.agent, "10001");
    expect(ticket.description).toContain("Hello there");
    expect(ticket.description).toContain("invoice.exe");
    const files = await listAttachmentsUnscoped(ctx.deps.db, ticket.id);
    expect(files.map((f) => f.filename).sort()).toEqual(["original.eml", "photo.png"]);
    const [mail] = await ctx.deps.db.select().from(inboundMails);
    expect(mail?.messageId).toMatch(/^<[0-9a-f]{64}@missing>$/);
    expect(mail?.bodyHtml).not.toMatch(/script|onclick|javascript/);
    expect(mail?.bodyHtml).toContain('href="https://ok.example"');
  });
});
