/** What became of one outgoing mail, as the console shows it on the reply it carries. */
export type Delivery =
  | { state: "queued"; detail: null }
  | { state: "sent"; detail: null }
  | { state: "retrying"; detail: string }
  | { state: "not-delivered"; detail: string };

export const DELIVERY_STATES = ["queued", "sent", "retrying", "not-delivered"] as const;

// The outbound job records failures as "not delivered: <why>" (the admin outbox shows the text as is).
const FAILURE_PREFIX = /^not delivered:\s*/;

/**
 * An outbox row's delivery: "queued" while it waits (with no SMTP_URL it stays in the local outbox), "sent", "retrying"
 * with the last failure while attempts remain, "not delivered" with the reason once they ran out.
 */
export function deliveryOf(row: { status: "queued" | "sent" | "failed"; lastError: string | null }): Delivery {
  if (row.status === "sent") return { state: "sent", detail: null };
  const why = (row.lastError ?? "").replace(FAILURE_PREFIX, "");
  if (row.status === "failed") return { state: "not-delivered", detail: why || "unknown reason" };
  if (row.lastError) return { state: "retrying", detail: why };
  return { state: "queued", detail: null };
}
