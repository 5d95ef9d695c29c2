import { z } from "zod";
import type { Deps } from "../../context.ts";
import { enqueue, type JobRecord } from "../../platform/jobs/jobs.store.ts";
import { PermanentJobError, type JobHandler } from "../../platform/jobs/run-jobs.ts";
import { DomainError } from "../../shared/errors.ts";
import { insertAttachment } from "../../tickets/attachments/attachment.store.ts";
import { UnplaceableSender } from "../email/place-sender.ts";
import { applyWhatsappGroupUpdate } from "./apply-whatsapp-group-update.ts";
import { fetchMedia, type FetchedMedia } from "./fetch-media.ts";
import { readInboundMessage } from "./inbound-message.ts";
import { ingestWhatsappMessage, type MessageFiles } from "./ingest-whatsapp-message.ts";
import { recordWhatsappStatus } from "./record-whatsapp-status.ts";
import type { GroupField } from "./webhook-payload.ts";
import { whatsappNumberFor } from "./whatsapp-numbers.ts";
import { lockPendingEvents, markEvent, type WhatsappEventRow } from "./whatsapp.store.ts";

/** The job that turns stored webhook events into ticket work (version 1: payload { eventIds }). */
export const WHATSAPP_INBOUND_JOB = "whatsapp.inbound";
/** The job that retries a media download that failed (version 1: payload MediaPayload). */
export const WHATSAPP_MEDIA_JOB = "whatsapp.media";

const InboundPayload = z.object({ eventIds: z.array(z.number().int()).min(1).max(1000) });
const MediaPayload = z.object({
  ticketId: z.uuid(),
  personId: z.uuid(),
  phoneNumberId: z.string(),
  media: z.object({ mediaId: z.string(), mimeType: z.string(), filename: z.string().nullable(), kind: z.string() }),
});

type Item = { event: WhatsappEventRow; media: FetchedMedia | null };

/**
 * Works through the events one webhook stored, in order, each in a transaction of its own that also marks it done: a
 * message becomes a ticket or a reply, a status moves its message's delivery forward, a group update changes its
 * group's row. Media is downloaded before the transaction; a failed download keeps the message with a note and a
 * `whatsapp.media` job retries it. A message that cannot be placed is marked with why (it stays stored, as received); anything else fails the job, which the runner
 * retries — events already done are not done again.
 */
export function whatsappInboundJobHandlers(deps: Deps): Record<string, JobHandler> {
  return {
    [WHATSAPP_INBOUND_JOB]: async (job: JobRecord) => {
      const parsed = InboundPayload.safeParse(job.payload);
      if (!parsed.success) throw new PermanentJobError(`malformed ${job.kind} payload`);
      let failure: unknown = null;
      for (const id of parsed.data.eventIds) {
        try {
          await processEvent(deps, id);
        } catch (error) {
          deps.log.error({ err: error, eventId: id }, "whatsapp event could not be processed; retried");
          failure ??= error;
        }
      }
      if (failure) throw failure;
    },
    [WHATSAPP_MEDIA_JOB]: async (job: JobRecord) => {
      const parsed = MediaPayload.safeParse(job.payload);
      if (!parsed.success) throw new PermanentJobError(`malformed ${job.kind} payload`);
      const { ticketId, personId, phoneNumberId, media } = parsed.data;
      const number = await whatsappNumberFor(deps, phoneNumberId);
      if (!number) throw new PermanentJobError(`no WhatsApp number ${phoneNumberId} is configured`);
      const fetched = await fetchMedia(deps, number.accessToken, media);
      if (fetched.kind === "failed") throw new Error(fetched.note);
      if (fetched.kind === "refused") throw new PermanentJobError(fetched.note);
      const stored = await deps.storage.put(fetched.file.bytes);
      await insertAttachment(deps.db, {
        ticketId,
        filename: fetched.file.filename,
        contentType: fetched.file.contentType,
        size: fetched.file.bytes.length,
        sha256: stored.sha256,
        storageKey: stored.key,
        uploadedBy: personId,
        createdAt: deps.clock.now(),
      });
    },
  };
}

async function processEvent(deps: Deps, id: number): Promise<void> {
  const [peek] = await lockPendingEvents(deps.db, [id]);
  if (!peek) return;
  const number = await whatsappNumberFor(deps, peek.phoneNumberId);
  const payload = peek.payload as { item: Record<string, unknown>; contact: Record<string, unknown> | null };
  const message = peek.kind === "message" ? readInboundMessage(payload.item, payload.contact) : null;
  if (message?.unknownType)
    deps.log.info({ type: message.unknownType, wamid: message.id }, "whatsapp message type unknown; kept as a note");
  // Outside the transaction: no row lock waits on the Graph API.
  const media = message?.media && number ? await fetchMedia(deps, number.accessToken, message.media) : null;
  await deps.db.transaction(async (tx) => {
    const [event] = await lockPendingEvents(tx, [id]);
    if (!event) return; // another worker did it meanwhile
    const inTx = { ...deps, db: tx };
    const now = deps.clock.now();
    if (!number) return markEvent(tx, id, `ignored: no WhatsApp number ${event.phoneNumberId} is configured`, now);
    if (event.kind === "status") return markEvent(tx, id, await recordWhatsappStatus(inTx, payload.item), now);
    if (event.kind === "group") {
      const { field } = event.payload as { field: GroupField };
      const outcome = await applyWhatsappGroupUpdate(tx, {
        field,
        item: payload.item,
        phoneNumberId: event.phoneNumberId,
        at: event.receivedAt,
      });
      if (outcome.startsWith("ignored")) deps.log.info({ field, outcome }, "whatsapp group update not applied");
      return markEvent(tx, id, outcome, now);
    }
    const files: MessageFiles = { files: [], notes: [] };
    if (media?.kind === "file") files.files.push(media.file);
    else if (media) files.notes.push(media.note);
    try {
      const done = await tx.transaction(async (savepoint) =>
        ingestWhatsappMessage(
          { ...deps, db: savepoint },
          { message: message!, number, receivedAt: event.receivedAt, files },
        ),
      );
      if (media?.kind === "failed" && message?.media)
        await enqueue(tx, {
          kind: WHATSAPP_MEDIA_JOB,
          payload: {
            ticketId: done.ticketId,
            personId: done.personId,
            phoneNumberId: number.phoneNumberId,
            media: message.media,
          },
          idempotencyKey: `whatsapp.media:${message.id}`,
          runAt: now,
        });
      await markEvent(tx, id, `${done.outcome} #${done.ticketNumber}`, now);
    } catch (error) {
      if (!(error instanceof UnplaceableSender || error instanceof DomainError)) throw error;
      deps.log.warn(
        { wamid: message?.id, reason: error.message },
        "whatsapp message could not be placed; kept as received",
      );
      await markEvent(tx, id, `ignored: ${error.message}`, now);
    }
  });
}
