import { z } from "zod";
import type { Deps } from "../context.ts";
import type { JobRecord } from "../platform/jobs/jobs.store.ts";
import { PermanentJobError, type JobHandler } from "../platform/jobs/run-jobs.ts";
import type { Mailer } from "../platform/mail/mailer.ts";
import { CONFIRMATION_LINK_HOURS, confirmationToken } from "./confirm-consultation.ts";
import { findConsultationUnscoped, findRequesterByEmail } from "./consultation.store.ts";

/** The receipt of a public consultation request, mailed to the address as typed (version 1). */
export const CONSULTATION_MAIL_JOB = "consultation.confirmation";

const Payload = z.object({ consultationId: z.uuid(), title: z.string() });
export type ConsultationMailPayload = z.infer<typeof Payload>;

/** The page a confirmation link opens (it asks before confirming, so a mail scanner opening links confirms nothing). */
export function confirmationUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/consultation/confirm#token=${token}`;
}

/**
 * Mails the receipt to the address the visitor typed. When that address belongs to an active requester and links
 * can be made (PUBLIC_URL set), it carries the signed link that lets them confirm the request as theirs; staff
 * addresses and unknown ones get the receipt alone, and an agent matches the request (docs/decisions/0004).
 */
export function consultationJobHandlers(
  deps: Pick<Deps, "db" | "config" | "log" | "clock">,
  mailer: Mailer | undefined,
): Record<string, JobHandler> {
  return {
    [CONSULTATION_MAIL_JOB]: async (job: JobRecord) => {
      const parsed = Payload.safeParse(job.payload);
      if (!parsed.success) throw new PermanentJobError(`malformed ${job.kind} payload`);
      if (!mailer) throw new PermanentJobError("SMTP_URL is not configured");
      const request = await findConsultationUnscoped(deps.db, parsed.data.consultationId);
      if (!request) throw new PermanentJobError("the consultation request is gone");
      const lines = [parsed.data.title, "", `Reference: #${request.number}`, `Topic: ${request.topic}`, ""];
      const owner = request.linkedPersonId ? undefined : await findRequesterByEmail(deps.db, request.email);
      if (owner && deps.config.PUBLIC_URL) {
        const token = await confirmationToken(deps, request.id, owner.id, deps.clock.now());
        lines.push(
          "This address belongs to an account at our service desk. To add this request to your account, open this link",
          `(valid for ${CONFIRMATION_LINK_HOURS} hours) and confirm:`,
          confirmationUrl(deps.config.PUBLIC_URL, token),
          "",
          "If you did not ask for a consultation, ignore this message: nothing is added to your account.",
          "",
        );
      }
      lines.push("— Frontline");
      await mailer.send({
        to: [request.email],
        subject: parsed.data.title,
        text: lines.join("\n"),
        messageId: `<job-${job.id}@frontline>`,
      });
    },
  };
}
