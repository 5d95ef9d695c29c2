import { z } from "zod";
import type { Deps } from "../../context.ts";
import type { JobRecord } from "../../platform/jobs/jobs.store.ts";
import { PermanentJobError, type JobHandler } from "../../platform/jobs/run-jobs.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import { listAttachmentsUnscoped } from "../../tickets/attachments/attachment.store.ts";
import { findOutboundUnscoped, updateOutbound } from "./outbound.store.ts";
import { OUTBOUND_MAIL_JOB } from "./queue-ticket-mail.ts";

const Payload = z.object({ outboundId: z.uuid() });

/**
 * Sends an outbox row by SMTP with its Message-ID, In-Reply-To and References; automatic mail carries Auto-Submitted,
 * and all of it X-Loop with our address, so robots do not answer and we never answer ourselves. A failure is kept on
 * the row ("not delivered: …") and retried with backoff; without SMTP_URL the row stays in the local outbox, "queued".
 */
export function outboundMailJobHandlers(
  deps: Pick<Deps, "db" | "clock" | "storage">,
  mailer: Mailer | undefined,
): Record<string, JobHandler> {
  return {
    [OUTBOUND_MAIL_JOB]: async (job: JobRecord) => {
      const parsed = Payload.safeParse(job.payload);
      if (!parsed.success) throw new PermanentJobError(`malformed ${job.kind} payload`);
      const mail = await findOutboundUnscoped(deps.db, parsed.data.outboundId);
      if (!mail || mail.status === "sent" || !mailer) return;
      const address = /<([^>]+)>/.exec(mail.fromAddress)?.[1] ?? mail.fromAddress;
      try {
        // Read at sending time (not in the reply's transaction): the files stay in attachment storage until then.
        const files =
          mail.attachmentIds.length > 0
            ? await listAttachmentsUnscoped(deps.db, mail.ticketId, mail.attachmentIds)
            : [];
        const attachments = await Promise.all(
          files.map(async (f) => ({
            filename: f.filename,
            contentType: f.contentType,
            content: await deps.storage.get(f.storageKey),
          })),
        );
        // The invitation also travels as a file, for clients that read only attachments.
        if (mail.calendar)
          attachments.push({
            filename: "invitation.ics",
            contentType: `text/calendar; charset=utf-8; method=${mail.calendar.method}`,
            content: Buffer.from(mail.calendar.content, "utf8"),
          });
        await mailer.send({
          from: mail.fromAddress,
          to: mail.toAddresses,
          subject: mail.subject,
          text: mail.body,
          messageId: mail.messageId,
          ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
          references: mail.references,
          headers: {
            "X-Loop": address,
            ...(mail.kind === "acknowledgement" ? { "Auto-Submitted": "auto-replied" } : {}),
            // A survey is sent by us, not in answer to a mail (RFC 3834): vacation responders leave it alone.
            ...(mail.kind === "survey" || mail.kind === "visit" ? { "Auto-Submitted": "auto-generated" } : {}),
          },
          attachments,
          // A visit's invitation: nodemailer sends it as the text/calendar alternative calendar clients act on.
          ...(mail.calendar ? { icalEvent: { method: mail.calendar.method, content: mail.calendar.content } } : {}),
        });
      } catch (error) {
        const lastError = `not delivered: ${(error as Error).message}`.slice(0, 1000);
        await updateOutbound(deps.db, mail.id, {
          lastError,
          ...(job.attempts >= job.maxAttempts ? { status: "failed" as const } : {}),
        });
        throw error;
      }
      await updateOutbound(deps.db, mail.id, { status: "sent", sentAt: deps.clock.now(), lastError: null });
    },
  };
}
