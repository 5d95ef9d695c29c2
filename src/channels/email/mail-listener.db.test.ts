import nodemailer from "nodemailer";
import { afterEach, expect, it } from "vitest";
import { describeEachEngine, type TestDeps } from "../../../test/support/db.ts";
import { eml } from "../../../test/support/eml.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import type { SmtpListener } from "../../platform/mail/smtp-listener.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { startMailListener } from "./mail-listener.ts";
import { inboundMails, mailboxes, mailQuarantine } from "./mail.tables.ts";

// A real SMTP conversation on loopback: nodemailer talks to the listener the mail role runs.
describeEachEngine("the SMTP listener", (ctx) => {
  let listener: SmtpListener | undefined;
  afterEach(async () => {
    await listener?.close();
    listener = undefined;
  });

  async function listen(deps: TestDeps = ctx.deps) {
    await ctx.deps.db.insert(mailboxes).values({ address: "support@frontline.example" });
    const config = { ...deps.config, SMTP_LISTEN_HOST: "127.0.0.1", SMTP_LISTEN_PORT: 0, MAIL_MAX_BYTES: 8192 };
    listener = await startMailListener({ ...deps, config });
    return nodemailer.createTransport({ host: "127.0.0.1", port: listener.port, secure: false, ignoreTLS: true });
  }
  const envelope = (to = "support@frontline.example") => ({ from: "ali.raza@indus-textiles.example", to: [to] });

  it("answers 250 only once the ticket is committed: it is there when the client hears it", async () => {
    const ws = await buildWorkspace(ctx.deps);
    const client = await listen();
    const info = await client.sendMail({ envelope: envelope("Support@Frontline.example"), raw: eml() });
    expect(info.response).toMatch(/^250/);
    expect(await getTicket(ctx.deps, ws.agent, "10001")).toMatchObject({
      channel: "email",
      subject: "Printer on floor 3 is offline",
    });
  });

  it("refuses a recipient that is no mailbox of ours with 550", async () => {
    const client = await listen();
    await expect(client.sendMail({ envelope: envelope("sales@frontline.example"), raw: eml() })).rejects.toMatchObject({
      responseCode: 550,
    });
    expect(await ctx.deps.db.select().from(inboundMails)).toHaveLength(0);
  });

  it("refuses a message over MAIL_MAX_BYTES with 552 during DATA and keeps nothing of it", async () => {
    await buildWorkspace(ctx.deps);
    const client = await listen();
    await expect(
      client.sendMail({ envelope: envelope(), raw: eml({ text: "x".repeat(20_000) }) }),
    ).rejects.toMatchObject({ responseCode: 552 });
    expect(await ctx.deps.db.select().from(inboundMails)).toHaveLength(0);
    expect(await ctx.deps.db.select().from(mailQuarantine)).toHaveLength(0);
  });

  it("answers 4xx when the transaction dies, so the sender keeps the mail and retries", async () => {
    await buildWorkspace(ctx.deps);
    const db = Object.create(ctx.deps.db, {
      transaction: { value: () => Promise.reject(new Error("connection terminated")) },
    }) as TestDeps["db"];
    const client = await listen({ ...ctx.deps, db });
    await expect(client.sendMail({ envelope: envelope(), raw: eml() })).rejects.toMatchObject({ responseCode: 451 });
    expect(await ctx.deps.db.select().from(inboundMails)).toHaveLength(0);
  });
});
