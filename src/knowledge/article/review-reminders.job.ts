import { z } from "zod";
import type { Deps } from "../../context.ts";
import { enqueue } from "../../platform/jobs/jobs.store.ts";
import { PermanentJobError, type JobHandler } from "../../platform/jobs/run-jobs.ts";
import type { WorkerTask } from "../../platform/jobs/worker.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import { insertNotifications } from "../../sla/escalation/escalation.store.ts";
import { notificationMessages } from "../../tickets/live/live.ts";
import { publishLive } from "../../tickets/live/publish-live.ts";
import { reviewOverdue } from "./article-content.ts";
import { dayOf } from "./article.present.ts";
import {
  articleReviewStateUnscoped,
  claimOverdueReviewsUnscoped,
  reviewOwnerUnscoped,
  type OverdueReview,
} from "./article-review.store.ts";

/** The job that mails an article's owner that its review is overdue (version 1). */
export const KB_REVIEW_MAIL_JOB = "kb.review-reminder.mail";

/** The in-app notification's kind. */
export const KB_REVIEW_OVERDUE = "kb.review_overdue";

const Payload = z.object({ articleId: z.uuid(), ownerId: z.uuid(), reviewBy: z.iso.date() });

// Review-by dates are days: looking once a minute is plenty, and a pass that finds nothing costs one indexed query.
const LOOK_EVERY_MS = 60_000;
// Articles claimed per transaction, so a first run over a large backlog holds no lock for long.
const BATCH = 100;

type ReviewDeps = Pick<Deps, "db" | "clock" | "config">;

function notificationOf(a: OverdueReview, at: Date) {
  return {
    personId: a.ownerId,
    articleId: a.id,
    kind: KB_REVIEW_OVERDUE,
    title: `Review overdue: ${a.title}`,
    body: `The review-by day was ${a.reviewBy}. Re-read the article, then set its next review-by day.`,
    createdAt: at,
  };
}

/**
 * Tells each article's owner, once per review-by day, that the day has passed: the article is claimed
 * (`review_notified_at`, exactly once across processes: article-review.store.ts) and, in the same transaction, an
 * in-app notification, its live announcement and — when mail is configured (SMTP_URL) — a mail job for the owner.
 * A new review-by day clears the claim (save-article-version.ts), so the next overdue period is told again.
 * Answers how many owners were told.
 */
export async function remindOverdueReviews(deps: ReviewDeps): Promise<number> {
  const now = deps.clock.now();
  let told = 0;
  for (;;) {
    const claimed = await deps.db.transaction(async (tx) => {
      const due = await claimOverdueReviewsUnscoped(tx, dayOf(now), now, BATCH);
      const rows = due.map((a) => notificationOf(a, now));
      await insertNotifications(tx, rows);
      if (deps.config.SMTP_URL)
        for (const a of due)
          await enqueue(tx, {
            kind: KB_REVIEW_MAIL_JOB,
            payload: { articleId: a.id, ownerId: a.ownerId, reviewBy: a.reviewBy },
            idempotencyKey: `kb-review:${a.id}:${a.reviewBy}:${now.getTime()}`,
            runAt: now,
          });
      await publishLive(tx, notificationMessages(rows, now));
      return due.length;
    });
    told += claimed;
    if (claimed < BATCH) return told;
  }
}

/** Overdue reviews as a worker task: looks every minute. */
export function articleReviewsTask(deps: ReviewDeps): WorkerTask {
  let nextLook = 0;
  return {
    name: "kb-review-reminders",
    run: async () => {
      const now = deps.clock.now().getTime();
      if (now < nextLook) return { more: false };
      nextLook = now + LOOK_EVERY_MS;
      await remindOverdueReviews(deps);
      return { more: false };
    },
    nextWakeAt: async () => new Date(nextLook),
  };
}

function reminderMail(language: "en" | "ur", title: string, reviewBy: string, url: string | null) {
  if (language === "ur")
    return {
      subject: `جائزہ باقی ہے: ${title}`,
      text: `مضمون "${title}" کے جائزے کی تاریخ ${reviewBy} گزر چکی ہے۔ اسے دوبارہ پڑھیں اور جائزے کی اگلی تاریخ مقرر کریں۔${url ? `\n\n${url}` : ""}\n\n— Frontline`,
    };
  return {
    subject: `Review overdue: ${title}`,
    text: `The review-by day of "${title}" was ${reviewBy}. Re-read the article, then set its next review-by day.${url ? `\n\n${url}` : ""}\n\n— Frontline`,
  };
}

/**
 * Mails the owner that an article's review is overdue, in their language, with a link to its editor when the desk
 * has a PUBLIC_URL. Nothing is sent when the article has changed hands, been reviewed (a new day) or gone meanwhile.
 */
export function articleReviewJobHandlers(deps: ReviewDeps, mailer: Mailer | undefined): Record<string, JobHandler> {
  return {
    [KB_REVIEW_MAIL_JOB]: async (job) => {
      const parsed = Payload.safeParse(job.payload);
      if (!parsed.success) throw new PermanentJobError(`malformed ${job.kind} payload`);
      if (!mailer) throw new PermanentJobError("SMTP_URL is not configured");
      const { articleId, ownerId, reviewBy } = parsed.data;
      const article = await articleReviewStateUnscoped(deps.db, articleId);
      if (!article || article.ownerId !== ownerId || article.reviewBy !== reviewBy) return;
      if (!reviewOverdue(article.reviewBy, dayOf(deps.clock.now()))) return;
      const owner = await reviewOwnerUnscoped(deps.db, ownerId);
      if (!owner) return;
      const base = deps.config.PUBLIC_URL?.replace(/\/+$/, "");
      const mail = reminderMail(
        owner.locale === "ur" ? "ur" : "en",
        article.title,
        reviewBy,
        base ? `${base}/console/kb/${articleId}/edit` : null,
      );
      await mailer.send({
        to: [owner.email],
        subject: mail.subject,
        text: mail.text,
        messageId: `<kb-review-${job.id}@frontline>`,
        headers: { "Auto-Submitted": "auto-generated" },
      });
    },
  };
}
