import { eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import pino from "pino";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { useSmtpSink } from "../../../test/support/smtp.ts";
import { jobs } from "../../platform/jobs/jobs.tables.ts";
import { runDueJobs } from "../../platform/jobs/run-jobs.ts";
import { createSmtpMailer } from "../../platform/mail/mailer.ts";
import { notifications } from "../../sla/sla.tables.ts";
import { createArticle } from "./create-article.ts";
import {
  articleReviewJobHandlers,
  KB_REVIEW_MAIL_JOB,
  KB_REVIEW_OVERDUE,
  remindOverdueReviews,
} from "./review-reminders.job.ts";
import { updateArticle } from "./update-article.ts";

const smtp = useSmtpSink();

// The test clock reads 2026-03-02T09:00Z: a review-by day of 2026-03-01 has passed, 2026-03-02 has not.
describeEachEngine("overdue article reviews told to their owners", (ctx) => {
  async function desk() {
    const w = await buildWorkspace(ctx.deps);
    const write = (title: string, reviewBy: string | null, ownerId: string | null = w.agent.personId) =>
      createArticle(ctx.deps, w.admin, {
        title,
        body: "Steps.",
        language: "en",
        audiences: ["current"],
        tags: [],
        visibility: "signed_in",
        status: "published",
        ownerId,
        reviewBy,
      });
    return { w, write };
  }
  const inbox = () => ctx.deps.db.select().from(notifications).where(eq(notifications.kind, KB_REVIEW_OVERDUE));

  it("notifies the owner of each overdue article once, in the inbox, and nobody for the others", async () => {
    const d = await desk();
    const overdue = await d.write("Reset your Outlook password", "2026-03-01");
    await d.write("Due today", "2026-03-02");
    await d.write("No review day", null);
    await d.write("Nobody owns this", "2026-02-01", null);

    expect(await remindOverdueReviews(ctx.deps)).toBe(1);
    expect(await inbox()).toMatchObject([
      {
        personId: d.w.agent.personId,
        articleId: overdue.id,
        ticketId: null,
        title: "Review overdue: Reset your Outlook password",
        body: expect.stringContaining("2026-03-01"),
        readAt: null,
      },
    ]);
    // Without SMTP_URL there is no mail to queue.
    expect(await ctx.deps.db.select().from(jobs).where(eq(jobs.kind, KB_REVIEW_MAIL_JOB))).toEqual([]);

    // Once per overdue period: the next passes, days later, tell nobody again.
    expect(await remindOverdueReviews(ctx.deps)).toBe(0);
    ctx.deps.clock.advance(3 * 86_400_000);
    expect(await remindOverdueReviews(ctx.deps)).toBe(1); // "Due today" has passed since
    expect(await inbox()).toHaveLength(2);
  });

  it("tells the owner again once a new review-by day has passed too", async () => {
    const d = await desk();
    const a = await d.write("Connect to the VPN", "2026-03-01");
    expect(await remindOverdueReviews(ctx.deps)).toBe(1);
    await updateArticle(ctx.deps, d.w.agent, a.id, { version: a.version, reviewBy: "2026-03-10" });
    expect(await remindOverdueReviews(ctx.deps)).toBe(0);
    ctx.deps.clock.set("2026-03-11T08:00:00Z");
    expect(await remindOverdueReviews(ctx.deps)).toBe(1);
    expect((await inbox()).map((n) => n.body)).toEqual([
      expect.stringContaining("2026-03-01"),
      expect.stringContaining("2026-03-10"),
    ]);
  });

  it("gives two workers racing over the same overdue articles one notification each", async () => {
    const d = await desk();
    for (let i = 0; i < 5; i++) await d.write(`Overdue article ${i}`, "2026-02-2" + i);
    const told = await Promise.all([remindOverdueReviews(ctx.deps), remindOverdueReviews(ctx.deps)]);
    expect(told[0]! + told[1]!).toBe(5);
    const rows = await inbox();
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r.articleId)).size).toBe(5);
  });

  it("mails the owner through the outbox when mail is configured, unless the review was done meanwhile", async () => {
    const d = await desk();
    const deps = {
      ...ctx.deps,
      config: { ...ctx.deps.config, SMTP_URL: smtp.url(), PUBLIC_URL: "https://help.example.test/" },
    };
    const mailed = await d.write("Reset your Outlook password", "2026-03-01");
    const reviewed = await d.write("Connect to the VPN", "2026-02-27");
    expect(await remindOverdueReviews(deps)).toBe(2);
    expect(await ctx.deps.db.select().from(jobs).where(eq(jobs.kind, KB_REVIEW_MAIL_JOB))).toHaveLength(2);
    // The second one's owner sets the next review day before the mail leaves: it is not sent.
    await updateArticle(ctx.deps, d.w.agent, reviewed.id, { version: reviewed.version, reviewBy: "2026-06-01" });

    const mailer = createSmtpMailer(smtp.url(), "desk@frontline.test");
    const before = smtp.mails.length;
    try {
      const options = { now: () => ctx.deps.clock.now(), log: pino({ level: "silent" }) };
      const ran = await runDueJobs(ctx.deps.db, articleReviewJobHandlers(deps, mailer), options);
      expect(ran).toMatchObject({ claimed: 2, done: 2 });
    } finally {
      mailer.close();
    }
    const sent = smtp.mails.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.rcptTo).toEqual([`${d.w.agent.name}@example.test`]);
    const mail = await simpleParser(sent[0]!.raw);
    expect(mail.subject).toBe("Review overdue: Reset your Outlook password");
    expect(mail.text).toContain(`https://help.example.test/console/kb/${mailed.id}/edit`);
  });
});
