import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { eml } from "../../../test/support/eml.ts";
import { buildPerson, buildWorkspace } from "../../../test/support/factories.ts";
import { people } from "../../identity/identity.tables.ts";
import { replyToTicket } from "../../tickets/conversation/reply-to-ticket.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { ingestMail } from "./ingest-mail.ts";
import { mailboxes, outboundMails } from "./mail.tables.ts";

describeEachEngine("replies on the requester's preferred channel", (ctx) => {
  async function mailTicket(preferredChannel: "email" | "whatsapp" | "portal") {
    const ws = await buildWorkspace(ctx.deps);
    await ctx.deps.db.insert(mailboxes).values({ address: "support@frontline.example", senderName: "IT Service Desk" });
    const requester = await buildPerson(ctx.deps, ws.client.id, "requester", {
      email: "ali.raza@indus-textiles.example",
    });
    await ingestMail(ctx.deps, { raw: eml() });
    await ctx.deps.db.update(people).set({ preferredChannel }).where(eq(people.id, requester.id));
    const ticket = await getTicket(ctx.deps, ws.agent, "10001");
    await replyToTicket(ctx.deps, ws.agent, ticket.id, { body: "Restarted the spooler." });
    return (await ctx.deps.db.select().from(outboundMails)).map((m) => m.kind).sort();
  }

  it("mails the reply to someone who prefers email", async () => {
    expect(await mailTicket("email")).toEqual(["acknowledgement", "reply"]);
  });

  it("falls back to email for WhatsApp", async () => {
    expect(await mailTicket("whatsapp")).toEqual(["acknowledgement", "reply"]);
  });

  it("sends nothing to someone who reads their tickets in the portal", async () => {
    expect(await mailTicket("portal")).toEqual(["acknowledgement"]);
  });
});
