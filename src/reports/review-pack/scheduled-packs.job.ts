import { z } from "zod";
import type { Deps } from "../../context.ts";
import { SYSTEM_ACTOR } from "../../identity/actor.ts";
import { enqueue } from "../../platform/jobs/jobs.store.ts";
import { PermanentJobError, type JobHandler } from "../../platform/jobs/run-jobs.ts";
import type { WorkerTask } from "../../platform/jobs/worker.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import { makeReviewPack } from "./make-review-pack.ts";
import { defaultSupportTimeZone } from "../../sla/published/published-sla.ts";
import { lastCompletedPeriod, periodInstants } from "./pack-period.ts";
import { claimPackRun, clientManagerAddressesUnscoped, listPackSchedulesUnscoped } from "./review-pack.store.ts";

/** The job that makes one organization's pack for a period and mails it to its managers (version 1). */
export const REVIEW_PACK_MAIL_JOB = "reports.review-pack.mail";

const Payload = z.object({
  organizationId: z.uuid(),
  from: z.iso.date(),
  to: z.iso.date(),
  recipients: z.array(z.email()),
  /** The zone whose midnights bound the period's days; jobs queued before periods had a zone were in UTC. */
  timeZone: z.string().default("UTC"),
});

// Schedules change rarely and periods end at month boundaries: looking once a minute is plenty.
const LOOK_EVERY_MS = 60_000;

/**
 * One pass over the pack schedules: for each organization whose last whole month or quarter — on the desk's support
 * calendar's wall clock — has no pack yet, claims it (review_pack_runs: one row per organization and period, whoever
 * inserts first) and, in the same transaction, queues the job that makes and mails it. Any number of workers may run
 * this; each period is packed once.
 */
export async function queueDuePacks(deps: Pick<Deps, "db" | "clock" | "cache">): Promise<number> {
  const now = deps.clock.now();
  // Client organizations keep no zone of their own: the desk's support hours are the calendar the review is held on.
  const timeZone = await defaultSupportTimeZone(deps);
  let queued = 0;
  for (const schedule of await listPackSchedulesUnscoped(deps.db)) {
    const period = lastCompletedPeriod(schedule.cadence, now, timeZone);
    const claimed = await deps.db.transaction(async (tx) => {
      const recipients = await clientManagerAddressesUnscoped(tx, schedule.organizationId);
      if (!(await claimPackRun(tx, schedule.organizationId, period, recipients, now))) return false;
      await enqueue(tx, {
        kind: REVIEW_PACK_MAIL_JOB,
        payload: { organizationId: schedule.organizationId, ...period, recipients, timeZone },
        idempotencyKey: `review-pack:${schedule.organizationId}:${period.from}`,
        runAt: now,
      });
      return true;
    });
    if (claimed) queued += 1;
  }
  return queued;
}

/** The schedule as a worker task: looks for due packs every minute. */
export function scheduledPacksTask(deps: Pick<Deps, "db" | "clock" | "cache">): WorkerTask {
  let nextLook = 0;
  return {
    name: "review-packs",
    run: async () => {
      const now = deps.clock.now().getTime();
      if (now < nextLook) return { more: false };
      nextLook = now + LOOK_EVERY_MS;
      await queueDuePacks(deps);
      return { more: false };
    },
    nextWakeAt: async () => new Date(nextLook),
  };
}

/**
 * Makes the pack (as Frontline itself: the whole organization's figures) and mails it as a PDF attachment to the
 * managers chosen when the period was claimed. Without SMTP_URL it fails for good, visibly, like other mail.
 */
export function reviewPackJobHandlers(
  deps: Pick<Deps, "db" | "clock" | "cache">,
  mailer: Mailer | undefined,
): Record<string, JobHandler> {
  return {
    [REVIEW_PACK_MAIL_JOB]: async (job) => {
      const parsed = Payload.safeParse(job.payload);
      if (!parsed.success) throw new PermanentJobError(`malformed ${job.kind} payload`);
      if (!mailer) throw new PermanentJobError("SMTP_URL is not configured");
      const { organizationId, from, to, recipients, timeZone } = parsed.data;
      if (recipients.length === 0) return;
      const request = { organizationId, ...periodInstants({ from, to }, timeZone), timeZone };
      const pack = await makeReviewPack(deps, SYSTEM_ACTOR, request);
      await mailer.send({
        to: recipients,
        subject: `Service review pack, ${from} to ${to}`,
        text: [
          "Attached is the service review pack for the period from " + `${from} to ${to} (the last day excluded):`,
          "the indicators against the published targets, trends, the worst breaches and escalations, and satisfaction.",
          "",
          "— Frontline",
        ].join("\n"),
        messageId: `<review-pack-${job.id}@frontline>`,
        headers: { "Auto-Submitted": "auto-generated" },
        attachments: [{ filename: pack.filename, contentType: "application/pdf", content: pack.pdf }],
      });
    },
  };
}
