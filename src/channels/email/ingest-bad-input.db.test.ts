import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { eml } from "../../../test/support/eml.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { listAttachmentsUnscoped } from "../../tickets/attachments/attachment.store.ts";
import { ingestMail } from "./ingest-mail.ts";
import { inboundMails, mailboxes, mailQuarantine } from "./mail.tables.ts";

// Hostile and broken mail: each has a clear outcome, and none is a crash.
describeEachEngine("ingest bad mail", (ctx) => {
  async function desk() {
    const ws = await buildWorkspace(ctx.deps);
    await ctx.deps.db.insert(mailboxes).values({ address: "support@frontline.example" });
    return ws;
  }
  const ingest = (raw: Buffer) => ingestMail(ctx.deps, { raw, recipients: ["support@frontline.example"] });

  it("quarantines a mail with a header line of 1 MB (mailparser will not read it), keeping its bytes; a long one is cut", async () => {
    const ws = await desk();
    const raw = eml({ subject: "A".repeat(1_048_576) });
    expect(await ingest(raw)).toMatchObject({
      outcome: "quarantined",
      reason: "unparseable: Max header size for a MIME node exceeded",
    });
    const [kept] = await ctx.deps.db.select().from(mailQuarantine);
    expect(kept?.size).toBe(raw.length);
    expect(await ingest(eml({ subject: "B".repeat(5_000) }))).toMatchObject({ outcome: "created" });
    expect((await getTicket(ctx.deps, ws.agent, "10001")).subject).toHaveLength(200);
  });

  it("takes a mail to 10,000 recipients, keeping the first hundred of them", async () => {
    await desk();
    const to = [
      "support@frontline.example",
      ...Array.from({ length: 10_000 }, (_, i) => `person${i}@client.example`),
    ].join(", ");
    expect(await ingest(eml({ to }))).toMatchObject({ outcome: "created" });
    const [row] = await ctx.deps.db.select().from(inboundMails);
    expect(row?.toAddresses).toHaveLength(100);
  });

  it("reads malformed MIME (an unclosed multipart) as far as it goes", async () => {
    const ws = await desk();
    const raw = Buffer.from(
      'From: ali@client.example\r\nTo: support@frontline.example\r\nSubject: Broken\r\nContent-Type: multipart/mixed; boundary="zz"\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nStill readable\r\n',
    );
    expect(await ingest(raw)).toMatchObject({ outcome: "created" });
    expect((await getTicket(ctx.deps, ws.agent, "10001")).description).toContain("Still readable");
  });

  it("keeps an attachment over ATTACHMENT_MAX_BYTES only inside the original, and names it", async () => {
    const ws = await desk();
    ctx.deps.config = { ...ctx.deps.config, ATTACHMENT_MAX_BYTES: 2048 };
    const big = {
      filename: "scan.pdf",
      contentType: "application/pdf",
      content: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(4096, 32)]),
    };
    const zip = {
      filename: `${"../".repeat(50)}${"bomb".repeat(100)}.zip`,
      contentType: "application/zip",
      content: Buffer.from("PK\x05\x06" + "\0".repeat(18)),
    };
    expect(await ingest(eml({ attachments: [big, zip] }))).toMatchObject({ outcome: "created" });
    const ticket = await getTicket(ctx.deps, ws.agent, "10001");
    expect(ticket.description).toContain("scan.pdf: larger than 2048 bytes");
    const names = (await listAttachmentsUnscoped(ctx.deps.db, ticket.id)).map((f) => f.filename);
    expect(names).toContain("original.eml");
    expect(names.every((n) => !n.includes("/") && n.length <= 200)).toBe(true);
  });
});
