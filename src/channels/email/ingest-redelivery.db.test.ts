import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { eml } from "../../../test/support/eml.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { ingestMail, unparsedKey } from "./ingest-mail.ts";
import { mailboxes, mailQuarantine } from "./mail.tables.ts";

// A mail server redelivers what it could not hand over; a mail we cannot parse must still be quarantined only once.
describeEachEngine("redelivery of unparseable mail", (ctx) => {
  const ingest = (raw: Buffer) => ingestMail(ctx.deps, { raw, recipients: ["support@frontline.example"] });
  const unparseable = (messageId: string | null) => eml({ messageId, subject: "A".repeat(1_048_576) });

  it("quarantines the same unparseable mail once, by its Message-ID, else by the hash of its bytes", async () => {
    await buildWorkspace(ctx.deps);
    await ctx.deps.db.insert(mailboxes).values({ address: "support@frontline.example" });
    const withId = unparseable("<broken-1@client.example>");
    expect(await ingest(withId)).toMatchObject({ outcome: "quarantined" });
    expect(await ingest(withId)).toEqual({ outcome: "ignored", reason: "duplicate" });
    const withoutId = unparseable(null);
    expect(await ingest(withoutId)).toMatchObject({ outcome: "quarantined" });
    expect(await ingest(withoutId)).toEqual({ outcome: "ignored", reason: "duplicate" });
    // Different bytes without a Message-ID are different mail.
    expect(await ingest(Buffer.concat([withoutId, Buffer.from("\r\nmore")]))).toMatchObject({ outcome: "quarantined" });
    const rows = await ctx.deps.db.select({ key: mailQuarantine.dedupeKey }).from(mailQuarantine);
    expect(rows.map((r) => r.key).sort()).toEqual([
      "message-id:<broken-1@client.example>",
      expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    ]);
  });

  it("reads the key from the header block only", () => {
    expect(unparsedKey(Buffer.from("Subject: x\r\nMessage-ID:  <a@b>\r\n\r\nbody"))).toBe("message-id:<a@b>");
    expect(unparsedKey(Buffer.from("Subject: x\r\n\r\nMessage-ID: <in-body@b>\r\n"))).toMatch(/^sha256:/);
  });
});
