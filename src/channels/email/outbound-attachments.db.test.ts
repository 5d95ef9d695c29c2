import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { eml } from "../../../test/support/eml.ts";
import { buildPerson, buildWorkspace } from "../../../test/support/factories.ts";
import { useSmtpSink } from "../../../test/support/smtp.ts";
import { runDueJobs } from "../../platform/jobs/run-jobs.ts";
import { createSmtpMailer } from "../../platform/mail/mailer.ts";
import { uploadAttachment } from "../../tickets/attachments/upload-attachment.ts";
import { replyToTicket } from "../../tickets/conversation/reply-to-ticket.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { ingestMail } from "./ingest-mail.ts";
import { parseMail } from "./parse-mail.ts";
import { mailboxes, outboundMails } from "./mail.tables.ts";
import { outboundMailJobHandlers } from "./outbound-mail.job.ts";

describeEachEngine("mail out with files", (ctx) => {
  const sink = useSmtpSink();

  it("sends a public reply's files with its mail, as the requester would download them", async () => {
    const ws = await buildWorkspace(ctx.deps);
    await ctx.deps.db.insert(mailboxes).values({ address: "support@frontline.example" });
    await buildPerson(ctx.deps, ws.client.id, "requester", { email: "ali.raza@indus-textiles.example" });
    await ingestMail(ctx.deps, { raw: eml() });
    const ticket = await getTicket(ctx.deps, ws.agent, "10001");
    const guide = Buffer.from("1. Open Settings\n2. Choose the floor 3 printer\n");
    const file = await uploadAttachment(ctx.deps, ws.agent, ticket.id, {
      filename: "printer-guide.txt",
      bytes: guide,
      declaredType: "text/plain",
    });
    await replyToTicket(ctx.deps, ws.agent, ticket.id, { body: "The guide is attached.", attachmentIds: [file.id] });
    const reply = (await ctx.deps.db.select().from(outboundMails)).find((m) => m.kind === "reply");
    expect(reply?.attachmentIds).toEqual([file.id]);

    const before = sink.mails.length;
    const mailer = createSmtpMailer(sink.url(), "Frontline <frontline@localhost>");
    await runDueJobs(ctx.deps.db, outboundMailJobHandlers(ctx.deps, mailer), {
      now: () => ctx.deps.clock.now(),
      log: ctx.deps.log,
    });
    mailer.close();
    const sent = sink.mails.slice(before).find((m) => m.raw.includes("The guide is attached."))!;
    const parsed = await parseMail(Buffer.from(sent.raw));
    expect(parsed.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([
      ["printer-guide.txt", guide.toString()],
    ]);
    const ack = sink.mails.slice(before).find((m) => !m.raw.includes("The guide is attached."))!;
    expect((await parseMail(Buffer.from(ack.raw))).attachments).toEqual([]);
  });
});
