import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildPerson, buildWorkspace } from "../../../test/support/factories.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { ingestMail } from "./ingest-mail.ts";
import { inboundMails, mailboxes } from "./mail.tables.ts";

describeEachEngine("ingest a mail with quoted history", (ctx) => {
  it("stores the new text and the quoted history apart for the view, and the ticket keeps the whole text", async () => {
    const ws = await buildWorkspace(ctx.deps);
    await ctx.deps.db.insert(mailboxes).values({ address: "support@frontline.example" });
    await buildPerson(ctx.deps, ws.client.id, "requester", { email: "sana@indus-textiles.example" });
    const raw = readFileSync(new URL("../../../test/fixtures/mail/quoted/gmail-quote.eml", import.meta.url));
    expect(await ingestMail(ctx.deps, { raw })).toMatchObject({ outcome: "created" });
    const [mail] = await ctx.deps.db.select().from(inboundMails);
    expect(mail).toMatchObject({
      bodyText: expect.stringContaining("Still dropping"),
      quotedText: expect.stringContaining("> Please try"),
    });
    expect(mail?.bodyHtml).not.toContain("Please try");
    expect(mail?.quotedHtml).toContain("Please try the new profile attached.");
    const ticket = await getTicket(ctx.deps, ws.agent, "10001");
    expect(ticket.description).toContain("Still dropping");
    expect(ticket.description).toContain("Please try the new profile attached.");
  });
});
