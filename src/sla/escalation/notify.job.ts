import { z } from "zod";
import type { Deps } from "../../context.ts";
import type { JobRecord } from "../../platform/jobs/jobs.store.ts";
import { PermanentJobError, type JobHandler } from "../../platform/jobs/run-jobs.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import { postWebhook } from "../../platform/webhooks/post-webhook.ts";
import { mailRecipients } from "./escalation.store.ts";

/** What fireThreshold enqueues for an email or webhook notification (version 1). */
const NotifyPayload = z.object({
  ticketId: z.string(),
  number: z.number().int(),
  subject: z.string(),
  title: z.string(),
  recipients: z.array(z.string()),
  threshold: z.string(),
  url: z.string().nullable(),
});
type NotifyPayload = z.infer<typeof NotifyPayload>;

function payloadOf(job: JobRecord): NotifyPayload {
  const parsed = NotifyPayload.safeParse(job.payload);
  if (!parsed.success)
    throw new PermanentJobError(
      `malformed ${job.kind} payload: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return parsed.data;
}

/** The webhook body: what crossed which threshold on which ticket, and who was told. */
export function webhookBody(job: JobRecord, p: NotifyPayload) {
  return {
    event: "sla.threshold",
    deliveryId: String(job.id),
    threshold: p.threshold,
    title: p.title,
    ticket: { id: p.ticketId, number: p.number, subject: p.subject },
    recipients: p.recipients,
  };
}

/**
 * The handlers for SLA notifications the worker's job queue runs: `notify.email` mails the recipients
 * (through `mailer`; without one every email job fails for good, saying SMTP_URL is not configured) and
 * `notify.webhook` POSTs a JSON body to the action's URL, signed when WEBHOOK_SECRET is set.
 */
export function notifyJobHandlers(
  deps: Pick<Deps, "db" | "config" | "log">,
  mailer: Mailer | undefined,
): Record<string, JobHandler> {
  return {
    "notify.email": async (job) => {
      const p = payloadOf(job);
      if (!mailer) throw new PermanentJobError("SMTP_URL is not configured");
      const to = (await mailRecipients(deps.db, p.recipients)).map((r) => r.email);
      if (to.length === 0) {
        deps.log.info({ jobId: job.id, ticketId: p.ticketId }, "no one with an email address to notify");
        return;
      }
      const text = `${p.title}\n\nTicket #${p.number}: ${p.subject}\n\n— Frontline`;
      await mailer.send({ to, subject: `${p.title} (${p.subject})`, text, messageId: `<job-${job.id}@frontline>` });
    },
    "notify.webhook": async (job) => {
      const p = payloadOf(job);
      if (!p.url) throw new PermanentJobError("the escalation action has no webhookUrl");
      await postWebhook(p.url, webhookBody(job, p), {
        timeoutMs: deps.config.WEBHOOK_TIMEOUT_MS,
        deliveryId: String(job.id),
        ...(deps.config.WEBHOOK_SECRET ? { secret: deps.config.WEBHOOK_SECRET } : {}),
      });
    },
  };
}
