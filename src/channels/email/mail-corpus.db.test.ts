import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { ingestMail, type IngestOutcome } from "./ingest-mail.ts";
import { inboundMails, mailboxes, mailQuarantine } from "./mail.tables.ts";

const CORPUS = fileURLToPath(new URL("../../../test/fixtures/mail/mikel-mail/", import.meta.url));
const FILES = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".eml"))
  .sort();

// Real-world mail (the Ruby mail library's fixtures, broken ones included), each delivered to our mailbox as the SMTP
// envelope would: every one becomes a ticket, a reply, a quarantine entry with a reason, or is ignored on purpose.
describeEachEngine("the mail corpus", (ctx) => {
  it(`gives each of the ${FILES.length} corpus mails an outcome, and loses none`, { timeout: 180_000 }, async () => {
    await buildWorkspace(ctx.deps);
    // One mailbox per file: the fixtures reuse each other's Message-IDs, and each mail is to be read, not deduplicated.
    await ctx.deps.db.insert(mailboxes).values(FILES.map((_, i) => ({ address: `box-${i}@frontline.example` })));
    const outcomes = new Map<string, IngestOutcome>();
    for (const [i, file] of FILES.entries()) {
      outcomes.set(
        file,
        await ingestMail(ctx.deps, {
          raw: readFileSync(`${CORPUS}${file}`),
          recipients: [`box-${i}@frontline.example`],
        }),
      );
    }
    for (const [file, outcome] of outcomes) {
      if (outcome.outcome === "quarantined") expect(outcome.reason, file).not.toBe("");
      expect(["created", "replied", "quarantined", "ignored"], file).toContain(outcome.outcome);
    }
    const kinds = (o: IngestOutcome) =>
      o.outcome === "ignored" || o.outcome === "quarantined" ? `${o.outcome}: ${o.reason}` : o.outcome;
    const tally: Record<string, number> = {};
    for (const outcome of outcomes.values()) tally[kinds(outcome)] = (tally[kinds(outcome)] ?? 0) + 1;
    expect(tally).toEqual({
      created: 43,
      "ignored: auto-reply": 1,
      "ignored: bounce": 3,
      "quarantined: no sender address (From)": 1,
    });
    // Every mail left a row: nothing vanished between parsing and commit.
    expect(await ctx.deps.db.select().from(inboundMails)).toHaveLength(FILES.length);
    expect(await ctx.deps.db.select().from(mailQuarantine)).toHaveLength(1);
    expect(outcomes.get("error_emails__bad_date_header.eml")).toEqual({ outcome: "ignored", reason: "auto-reply" });
    expect(outcomes.get("multipart_report_emails__multi_address_bounce1.eml")).toEqual({
      outcome: "ignored",
      reason: "bounce",
    });
  });
});
