import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { eml } from "../../../test/support/eml.ts";
import { buildPerson, buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { people } from "../../identity/identity.tables.ts";
import { jobs } from "../../platform/jobs/jobs.tables.ts";
import { replyToTicket } from "../../tickets/conversation/reply-to-ticket.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { WHATSAPP_OUTBOUND_JOB } from "../whatsapp/whatsapp-public-replies.ts";
import { whatsappMessages } from "../whatsapp/whatsapp.tables.ts";
import { ingestMail } from "./ingest-mail.ts";
import { mailboxes, outboundMails } from "./mail.tables.ts";

type Preference = "email" | "whatsapp" | "portal";

describeEachEngine("requesters hear back on their preferred channel", (ctx) => {
  const HOUR = 3_600_000;

  /** A requester (Ali Raza, who mails in) and, if given, their last WhatsApp message to us this long ago. */
  async function requester(preferredChannel: Preference, wroteOnWhatsappAgoMs?: number) {
    const ws = await buildWorkspace(ctx.deps);
    await ctx.deps.db.insert(mailboxes).values({ address: "support@frontline.example", senderName: "IT Service Desk" });
    const person = await buildPerson(ctx.deps, ws.client.id, "requester", {
      email: "ali.raza@indus-textiles.example",
      preferredChannel,
    });
    if (wroteOnWhatsappAgoMs !== undefined) {
      const earlier = await buildTicket(ctx.deps, ws.agent, { requesterId: person.id, channel: "whatsapp" });
      await ctx.deps.db.insert(whatsappMessages).values({
        ticketId: earlier.id,
        phoneNumberId: "1098765",
        direction: "in",
        wamid: "wamid.from-ali",
        waId: "923001234567",
        personId: person.id,
        body: "Hello",
        createdAt: new Date(ctx.deps.clock.now().getTime() - wroteOnWhatsappAgoMs),
      });
    }
    return { ws, person };
  }
  const sent = async () => ({
    mails: (await ctx.deps.db.select().from(outboundMails))
      .map((m) => `${m.kind}${m.fallback ? ` (${m.fallback})` : ""}`)
      .sort(),
    whatsapp: (await ctx.deps.db.select().from(whatsappMessages).where(eq(whatsappMessages.direction, "out"))).map(
      (m) => ({ waId: m.waId, phoneNumberId: m.phoneNumberId, body: m.body.split("\n")[0] }),
    ),
    jobs: (await ctx.deps.db.select().from(jobs).where(eq(jobs.kind, WHATSAPP_OUTBOUND_JOB))).length,
  });
  async function mailTicketThenReply(preferredChannel: Preference, wroteOnWhatsappAgoMs?: number) {
    const { ws } = await requester("email", wroteOnWhatsappAgoMs);
    const ingested = await ingestMail(ctx.deps, { raw: eml() });
    await ctx.deps.db
      .update(people)
      .set({ preferredChannel })
      .where(eq(people.email, "ali.raza@indus-textiles.example"));
    const ticket = await getTicket(ctx.deps, ws.agent, String("ticketNumber" in ingested ? ingested.ticketNumber : ""));
    await replyToTicket(ctx.deps, ws.agent, ticket.id, { body: "Restarted the spooler." });
    return sent();
  }

  it("mails the reply to someone who prefers email", async () => {
    expect((await mailTicketThenReply("email")).mails).toEqual(["acknowledgement", "reply"]);
  });

  it("sends nothing to someone who reads their tickets in the portal", async () => {
    expect((await mailTicketThenReply("portal")).mails).toEqual(["acknowledgement"]);
  });

  it("sends the reply through the WhatsApp outbox inside the person's 24-hour window, on the number they wrote to", async () => {
    const out = await mailTicketThenReply("whatsapp", 2 * HOUR);
    expect(out.mails).toEqual(["acknowledgement"]);
    expect(out.whatsapp).toEqual([
      { waId: "923001234567", phoneNumberId: "1098765", body: "Printer on floor 3 is offline" },
    ]);
    expect(out.jobs).toBe(1);
  });

  it("falls back to email for WhatsApp when the window has closed, and the mail says why", async () => {
    const closed = await mailTicketThenReply("whatsapp", 25 * HOUR);
    expect(closed.mails).toEqual(["acknowledgement", "reply (whatsapp_window_closed)"]);
    expect(closed.whatsapp).toEqual([]);
  });

  it("falls back to email, saying so, for someone who prefers WhatsApp but never wrote there", async () => {
    const never = await mailTicketThenReply("whatsapp");
    expect(never.mails).toEqual(["acknowledgement", "reply (whatsapp_no_conversation)"]);
  });

  it("acknowledges a mailed request on WhatsApp when that is the preference and the window is open", async () => {
    await requester("whatsapp", HOUR);
    await ingestMail(ctx.deps, { raw: eml() });
    const out = await sent();
    expect(out.mails).toEqual([]);
    expect(out.whatsapp).toHaveLength(1);
    expect(out.whatsapp[0]!.body).toContain("#10002");
    expect(out.jobs).toBe(1);
  });
});
