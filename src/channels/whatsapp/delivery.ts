import type { WhatsappDelivery } from "./whatsapp.tables.ts";

// Receipts arrive out of order and more than once; a message's state only moves forward. "failed" ends it unless it
// was already read or delivered (a late failure of a message the customer has is not believed).
const RANK: Record<WhatsappDelivery, number> = { queued: 0, sent: 1, delivered: 2, read: 3, failed: 4 };

/** The state after a receipt, or null when the receipt changes nothing (older, repeated or unknown). */
export function deliveryAfter(current: WhatsappDelivery, receipt: string): WhatsappDelivery | null {
  if (!(receipt in RANK)) return null;
  const next = receipt as WhatsappDelivery;
  if (current === "failed") return null;
  if (next === "failed") return current === "read" || current === "delivered" ? null : "failed";
  return RANK[next] > RANK[current] ? next : null;
}

/** Meta's 24-hour customer-service window: free text may be sent until this instant after the customer's last message. */
export const SERVICE_WINDOW_MS = 24 * 3_600_000;

/** When the customer-service window ends (null: the customer never wrote, so only templates may be sent). */
export function serviceWindowEnd(lastInboundAt: Date | null): Date | null {
  return lastInboundAt ? new Date(lastInboundAt.getTime() + SERVICE_WINDOW_MS) : null;
}

/** Whether free text may go out now. */
export function inServiceWindow(lastInboundAt: Date | null, now: Date): boolean {
  const end = serviceWindowEnd(lastInboundAt);
  return end !== null && now.getTime() < end.getTime();
}
