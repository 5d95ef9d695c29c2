import net from "node:net";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { eml } from "../../../test/support/eml.ts";
import { buildPerson, buildWorkspace } from "../../../test/support/factories.ts";
import { useSmtpSink } from "../../../test/support/smtp.ts";
import { runDueJobs } from "../../platform/jobs/run-jobs.ts";
import { createSmtpMailer, type Mailer } from "../../platform/mail/mailer.ts";
import { addNote } from "../../tickets/conversation/add-note.ts";
import { replyToTicket } from "../../tickets/conversation/reply-to-ticket.ts";
import { loadEventsUnscoped } from "../../tickets/ticket/ticket.store.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { getTicketMail } from "./get-ticket-mail.ts";
import { ingestMail } from "./ingest-mail.ts";
import { bouncingAddresses, mailboxes, outboundMails } from "./mail.tables.ts";
import { outboundMailJobHandlers } from "./outbound-mail.job.ts";

/** A loopback port that was free a moment ago: nothing listens there. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// A header of a raw message, unfolded (long References wrap onto continuation lines).
const header = (raw: string, name: string) =>
  new RegExp(`^${name}: (.*)$`, "mi").exec(raw.replace(/\r?\n[ \t]+/g, " "))?.[1]?.trim();

describeEachEngine("mail out", (ctx) => {
  const sink = useSmtpSink();

  async function desk() {
    const ws = await buildWorkspace(ctx.deps);
    await ctx.deps.db.insert(mailboxes).values({ address: "support@frontline.example", senderName: "IT Service Desk" });
    await buildPerson(ctx.deps, ws.client.id, "requester", {
      email: "ali.raza@indus-textiles.example",
      name: "Ali Raza",
    });
    return ws;
  }
  const send = async (mailer: Mailer | undefined) => {
    const result = await runDueJobs(ctx.deps.db, outboundMailJobHandlers(ctx.deps, mailer), {
      now: () => ctx.deps.clock.now(),
      log: ctx.deps.log,
    });
    mailer?.close();
    return result;
  };
  const lastMail = () => sink.mails.at(-1)!.raw;

  it("acknowledges a new mail request, threaded to it, as an automatic reply with the ticket token", async () => {
    await desk();
    const before = sink.mails.length;
    await ingestMail(ctx.deps, { raw: eml({ messageId: "<req-1@indus-textiles.example>" }) });
    expect(await send(createSmtpMailer(sink.url(), "Frontline <frontline@localhost>"))).toMatchObject({ done: 1 });
    expect(sink.mails).toHaveLength(before + 1);
    const raw = lastMail();
    expect(sink.mails.at(-1)!.rcptTo).toEqual(["ali.raza@indus-textiles.example"]);
    expect(header(raw, "Subject")).toBe("[#10001] Printer on floor 3 is offline");
    expect(header(raw, "In-Reply-To")).toBe("<req-1@indus-textiles.example>");
    expect(header(raw, "Auto-Submitted")).toBe("auto-replied");
    expect(header(raw, "X-Loop")).toBe("support@frontline.example");
    expect(header(raw, "From")).toBe("IT Service Desk <support@frontline.example>");
    expect(header(raw, "Message-ID")).toMatch(/^<ft\.10001\./);
    expect(raw).toContain("Its number is #10001.");
    const [row] = await ctx.deps.db.select().from(outboundMails);
    expect(row).toMatchObject({ kind: "acknowledgement", status: "sent" });
  });

  it("mails the desk's public reply (never a note) threaded to the conversation, and the answer to it joins the ticket", async () => {
    const ws = await desk();
    await ingestMail(ctx.deps, { raw: eml({ messageId: "<req-2@indus-textiles.example>" }) });
    const ticket = await getTicket(ctx.deps, ws.agent, "10001");
    await addNote(ctx.deps, ws.agent, ticket.id, { body: "Checking the spooler." });
    await replyToTicket(ctx.deps, ws.agent, ticket.id, { body: "Restarted the spooler; try again please." });
    const before = sink.mails.length;
    expect(await send(createSmtpMailer(sink.url(), "Frontline <frontline@localhost>"))).toMatchObject({ done: 2 });
    expect(sink.mails).toHaveLength(before + 2);
    const reply = sink.mails
      .slice(before)
      .map((m) => m.raw)
      .find((raw) => raw.includes("Restarted the spooler"))!;
    expect(reply).not.toContain("Checking the spooler");
    expect(header(reply, "Auto-Submitted")).toBeUndefined();
    expect(header(reply, "References")).toMatch(/^<req-2@indus-textiles\.example> <ft\.10001\./);
    const ourId = header(reply, "Message-ID")!;
    const answer = eml({ subject: "Re: Printer on floor 3 is offline", inReplyTo: ourId, text: "Works now, thanks." });
    expect(await ingestMail(ctx.deps, { raw: answer })).toMatchObject({ outcome: "replied", ticketNumber: 10001 });
  });

  it("keeps mail in the local outbox, queued, when no mail server is configured", async () => {
    await desk();
    await ingestMail(ctx.deps, { raw: eml() });
    expect(await send(undefined)).toMatchObject({ done: 1 });
    const [row] = await ctx.deps.db.select().from(outboundMails);
    expect(row).toMatchObject({ kind: "acknowledgement", status: "queued", sentAt: null });
  });

  it("shows on the reply that its mail is retrying after a failure, and not delivered once the attempts ran out", async () => {
    const ws = await desk();
    await ingestMail(ctx.deps, { raw: eml() });
    const ticket = await getTicket(ctx.deps, ws.agent, "10001");
    await replyToTicket(ctx.deps, ws.agent, ticket.id, { body: "Restarted the spooler." });
    const replySeq = (await loadEventsUnscoped(ctx.deps.db, ticket.id)).find((e) => e.type === "replied")!.seq;
    // A real SMTP client against a loopback port nobody listens on: the connection is refused.
    const nowhere = `smtp://127.0.0.1:${await closedPort()}`;
    const deliveryOfReply = async () =>
      (await getTicketMail(ctx.deps, ws.agent, ticket.id)).outbound.find((m) => m.eventSeq === replySeq)?.delivery;
    expect(await deliveryOfReply()).toEqual({ state: "queued", detail: null });
    await send(createSmtpMailer(nowhere, "Frontline <frontline@localhost>"));
    expect(await deliveryOfReply()).toEqual({ state: "retrying", detail: expect.stringContaining("ECONNREFUSED") });
    for (let attempt = 0; attempt < 10; attempt += 1) {
      ctx.deps.clock.advance(24 * 3_600_000);
      await send(createSmtpMailer(nowhere, "Frontline <frontline@localhost>"));
    }
    expect(await deliveryOfReply()).toEqual({
      state: "not-delivered",
      detail: expect.stringContaining("ECONNREFUSED"),
    });
  });

  it("acknowledges at most MAIL_ACK_PER_HOUR requests per sender", async () => {
    await desk();
    ctx.deps.config = { ...ctx.deps.config, MAIL_ACK_PER_HOUR: 1 };
    await ingestMail(ctx.deps, { raw: eml() });
    await ingestMail(ctx.deps, { raw: eml({ subject: "Another thing" }) });
    expect(await ctx.deps.db.select().from(outboundMails)).toHaveLength(1);
  });

  it("records a bounce of our mail against its ticket, marks the address bouncing and acknowledges it no more", async () => {
    await desk();
    await ingestMail(ctx.deps, { raw: eml() });
    const [ack] = await ctx.deps.db.select().from(outboundMails);
    const boundary = "bounce-1";
    const bounce = Buffer.from(
      [
        "From: Mail Delivery System <MAILER-DAEMON@mx.indus-textiles.example>",
        "To: support@frontline.example",
        "Subject: Undelivered Mail Returned to Sender",
        "Message-ID: <bounce-1@mx.indus-textiles.example>",
        `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
        "",
        `--${boundary}`,
        "Content-Type: text/plain",
        "",
        "Your message could not be delivered.",
        `--${boundary}`,
        "Content-Type: message/delivery-status",
        "",
        "Final-Recipient: rfc822; ali.raza@indus-textiles.example",
        "Action: failed",
        "Status: 5.1.1",
        `--${boundary}`,
        "Content-Type: text/rfc822-headers",
        "",
        `Message-ID: ${ack!.messageId}`,
        `--${boundary}--`,
        "",
      ].join("\r\n"),
    );
    expect(await ingestMail(ctx.deps, { raw: bounce })).toEqual({ outcome: "ignored", reason: "bounce" });
    const [bouncing] = await ctx.deps.db.select().from(bouncingAddresses);
    expect(bouncing).toMatchObject({ address: "ali.raza@indus-textiles.example", ticketId: ack!.ticketId });
    await ingestMail(ctx.deps, { raw: eml({ subject: "Another thing" }) });
    expect(await ctx.deps.db.select().from(outboundMails)).toHaveLength(1);
  });
});
