import type { Deps } from "../context.ts";
import type { Db } from "../platform/db/database.ts";
import type { DeferredWrites } from "../platform/db/deferred-writes.ts";
import { enqueue } from "../platform/jobs/jobs.store.ts";
import { queueTicketMail, type KnownThread, type TicketMail } from "./email/queue-ticket-mail.ts";
import { deliveryChannel, whatsappFallback, type DeliveryChannel, type RequesterChannel } from "./requester-channel.ts";
import { SERVICE_WINDOW_MS } from "./whatsapp/delivery.ts";
import { WHATSAPP_OUTBOUND_JOB } from "./whatsapp/whatsapp-public-replies.ts";
import { insertWhatsappMessage, latestInboundOfPersonUnscoped } from "./whatsapp/whatsapp.store.ts";

/** Who a notice goes to: the ticket's requester and the channel they prefer (people.preferred_channel). */
export type NoticeRequester = { id: string; preferredChannel: RequesterChannel };

/** Where a notice went: the channel, and the outbound mail's or WhatsApp message's id (none for the portal). */
export type Delivered = { channel: DeliveryChannel; id: string | undefined };

type Dispatcher = (
  deps: Deps,
  tx: Db,
  requester: NoticeRequester,
  notice: TicketMail,
  known?: KnownThread,
  later?: DeferredWrites,
) => Promise<Delivered>;

const byMail: Dispatcher = async (deps, tx, _requester, notice, known, later) => ({
  channel: "email",
  id: await queueTicketMail({ ...deps, db: tx }, notice, known, later),
});

// One sender per delivery channel.
const DISPATCHERS: Record<DeliveryChannel, Dispatcher> = {
  email: byMail,
  // The portal shows the ticket's history; nothing leaves.
  portal: async () => ({ channel: "portal", id: undefined }),
  // WhatsApp takes free text only within 24 hours of the person's last message to us: then the notice goes through
  // the WhatsApp outbox (the `whatsapp.outbound` job posts it), on the number they wrote to. Otherwise it goes by mail
  // and the mail says why (outbound_mails.fallback, shown with it on the ticket).
  whatsapp: async (deps, tx, requester, notice, known, later) => {
    const now = deps.clock.now();
    const last = await latestInboundOfPersonUnscoped(tx, requester.id);
    const fallback = whatsappFallback(last ? new Date(last.at) : null, now, SERVICE_WINDOW_MS);
    if (fallback !== null || !last)
      return byMail(deps, tx, requester, { ...notice, fallback: fallback! }, known, later);
    const message = await insertWhatsappMessage(tx, {
      ticketId: notice.ticketId,
      phoneNumberId: last.phoneNumberId,
      direction: "out",
      waId: last.waId,
      eventSeq: notice.eventSeq ?? null,
      body: `${notice.subject}\n\n${notice.body}`,
      status: "queued",
      createdAt: now,
    });
    await enqueue(tx, {
      kind: WHATSAPP_OUTBOUND_JOB,
      payload: { messageId: message.id },
      idempotencyKey: `whatsapp.outbound:${message.id}`,
      runAt: now,
    });
    return { channel: "whatsapp", id: message.id };
  },
};

/**
 * Sends a notification to a ticket's requester on the channel they prefer (requester-channel.ts), in the caller's
 * transaction: replies, acknowledgements and survey invitations all come through here. `known` is what the caller
 * knows of the mail thread (ingestion), used when it goes by mail.
 */
export async function notifyRequester(
  deps: Deps,
  tx: Db,
  requester: NoticeRequester,
  notice: TicketMail,
  known?: KnownThread,
  /** The transaction's deferred writes (ingestion's), to queue a mail's outbox row on instead of writing it now. */
  later?: DeferredWrites,
): Promise<Delivered> {
  return DISPATCHERS[deliveryChannel(requester.preferredChannel)](deps, tx, requester, notice, known, later);
}
