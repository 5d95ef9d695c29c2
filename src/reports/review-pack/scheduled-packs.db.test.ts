import { eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import pino from "pino";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { pdfPages } from "../../../test/support/pdf.ts";
import { buildReviewScenario } from "../../../test/support/review-scenario.ts";
import { useSmtpSink } from "../../../test/support/smtp.ts";
import { findAuditEntries } from "../../identity/audit.store.ts";
import { runDueJobs } from "../../platform/jobs/run-jobs.ts";
import { jobs } from "../../platform/jobs/jobs.tables.ts";
import { createSmtpMailer } from "../../platform/mail/mailer.ts";
import { listPackRuns } from "./review-pack.store.ts";
import { queueDuePacks, REVIEW_PACK_MAIL_JOB, reviewPackJobHandlers } from "./scheduled-packs.job.ts";

const smtp = useSmtpSink();

describeEachEngine("review packs on a schedule", (ctx) => {
  const http = withApp(ctx);

  async function scheduled() {
    const s = await buildReviewScenario(ctx.deps);
    const admin = await sessionFor(ctx.deps, s.w.admin.personId);
    const res = await call(http.app, {
      method: "PUT",
      url: `/api/v1/reports/review-pack/schedules/${s.w.client.id}`,
      as: admin,
      body: { cadence: "monthly" },
    });
    expect(res.statusCode, res.body).toBe(200);
    return { s, admin };
  }

  it("lets admins alone set an organization's cadence, audited", async () => {
    const { s, admin } = await scheduled();
    const list = await call(http.app, { method: "GET", url: "/api/v1/reports/review-pack/schedules", as: admin });
    expect(list.json().items).toMatchObject([{ organizationId: s.w.client.id, cadence: "monthly" }]);
    const boss = await sessionFor(ctx.deps, s.manager.personId);
    const byManager = await call(http.app, {
      method: "PUT",
      url: `/api/v1/reports/review-pack/schedules/${s.w.client.id}`,
      as: boss,
      body: { cadence: "quarterly" },
    });
    expect(byManager.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const byClient = await call(http.app, {
      method: "GET",
      url: "/api/v1/reports/review-pack/schedules",
      as: await sessionFor(ctx.deps, s.clientManager.personId),
    });
    expect(byClient.statusCode).toBe(404);
    const audit = await findAuditEntries(ctx.deps.db, s.w.admin, { entity: "review_pack_schedule" });
    expect(audit.items).toMatchObject([
      {
        action: "review_pack_schedule.updated",
        entityId: s.w.client.id,
        changes: { cadence: { from: null, to: "monthly" } },
      },
    ]);
  });

  it("makes exactly one pack per period across two workers, and mails it to the client's managers as a PDF", async () => {
    const { s } = await scheduled();
    // April the 1st, half past midnight where the desk works (Karachi, UTC+5; still March 31 in UTC): March is
    // over. Two workers look at once, then again.
    ctx.deps.clock.set("2026-03-31T19:30:00Z");
    const first = await Promise.all([queueDuePacks(ctx.deps), queueDuePacks(ctx.deps)]);
    expect(first[0] + first[1]).toBe(1);
    expect(await queueDuePacks(ctx.deps)).toBe(0);
    const runs = await listPackRuns(ctx.deps.db, s.w.client.id);
    expect(runs).toMatchObject([{ periodFrom: "2026-03-01", periodTo: "2026-04-01" }]);
    expect(runs[0]!.recipients).toEqual([s.clientManagerEmail]);
    const [queuedJob] = await ctx.deps.db.select().from(jobs).where(eq(jobs.kind, REVIEW_PACK_MAIL_JOB));
    expect(queuedJob!.payload).toMatchObject({ from: "2026-03-01", to: "2026-04-01", timeZone: "Asia/Karachi" });

    const mailer = createSmtpMailer(smtp.url(), "desk@frontline.test");
    const before = smtp.mails.length;
    try {
      const handlers = reviewPackJobHandlers(ctx.deps, mailer);
      const options = { now: () => ctx.deps.clock.now(), log: pino({ level: "silent" }) };
      const ran = await runDueJobs(ctx.deps.db, handlers, options);
      expect(ran).toMatchObject({ claimed: 1, done: 1 });
      expect(await runDueJobs(ctx.deps.db, handlers, options)).toMatchObject({ claimed: 0 });
    } finally {
      mailer.close();
    }
    const sent = smtp.mails.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.rcptTo).toEqual([s.clientManagerEmail]);
    const mail = await simpleParser(sent[0]!.raw);
    expect(mail.subject).toBe("Service review pack, 2026-03-01 to 2026-04-01");
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({ contentType: "application/pdf" });
    const text = (await pdfPages(mail.attachments[0]!.content)).join(" ");
    expect(text).toContain(`Service review pack: ${s.w.client.name}`);
    expect(text).toContain("3 tickets created, 2 resolved, 1 open at the end of the period.");

    // A month on, April's pack is due, once.
    ctx.deps.clock.set("2026-05-01T06:00:00Z");
    expect(await Promise.all([queueDuePacks(ctx.deps), queueDuePacks(ctx.deps)])).toContain(1);
    expect((await listPackRuns(ctx.deps.db, s.w.client.id)).map((r) => r.periodFrom)).toEqual([
      "2026-04-01",
      "2026-03-01",
    ]);
  });
});
