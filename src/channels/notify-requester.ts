import type { Deps } from "../context.ts";
import type { Db } from "../platform/db/database.ts";
import { queueTicketMail, type TicketMail } from "./email/queue-ticket-mail.ts";
import { deliveryChannel, type DeliveryChannel, type RequesterChannel } from "./requester-channel.ts";

type Dispatcher = (deps: Deps, tx: Db, notice: TicketMail) => Promise<void>;

// One sender per delivery channel: the seam a new channel (WhatsApp) plugs into.
const DISPATCHERS: Record<DeliveryChannel, Dispatcher> = {
  email: async (deps, tx, notice) => {
    await queueTicketMail({ ...deps, db: tx }, notice);
  },
  // The portal shows the ticket's history; nothing leaves.
  portal: async () => undefined,
};

/**
 * Sends a notification to a ticket's requester on the channel they prefer (requester-channel.ts), in the caller's
 * transaction. Returns the channel it went out on.
 */
export async function notifyRequester(
  deps: Deps,
  tx: Db,
  preference: RequesterChannel,
  notice: TicketMail,
): Promise<DeliveryChannel> {
  const channel = deliveryChannel(preference);
  await DISPATCHERS[channel](deps, tx, notice);
  return channel;
}
