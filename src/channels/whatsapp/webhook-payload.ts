// Reading Meta's webhook envelope (pure): every entry, every change, every message and status, each kept whole for the
// worker. Anything this code does not know — other `field` values (group updates included), odd shapes — is reported
// back as unknown, to be logged and acknowledged, never an error.

export type WebhookItem =
  | {
      kind: "message";
      dedupeKey: string;
      phoneNumberId: string;
      payload: { item: Record<string, unknown>; contact: Record<string, unknown> | null };
    }
  | {
      kind: "status";
      dedupeKey: string;
      phoneNumberId: string;
      payload: { item: Record<string, unknown>; contact: null };
    };

export type ReadWebhook = { items: WebhookItem[]; unknown: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | null => (typeof v === "string" && v.length > 0 && v.length <= 512 ? v : null);

/** The contact Meta sent for a message's sender (matched by wa_id, or the only one). */
function contactOf(contacts: unknown[], from: string | null): Record<string, unknown> | null {
  const all = contacts.filter(isObject);
  return all.find((c) => from !== null && c.wa_id === from) ?? (all.length === 1 ? all[0]! : null);
}

/** The messages and statuses of a parsed webhook body, with what was not understood (for the log). */
export function readWebhook(body: unknown): ReadWebhook {
  const items: WebhookItem[] = [];
  const unknown: string[] = [];
  if (!isObject(body) || body.object !== "whatsapp_business_account") {
    unknown.push(`object ${String(isObject(body) ? body.object : typeof body)}`);
    return { items, unknown };
  }
  for (const entry of list(body.entry).filter(isObject)) {
    for (const change of list(entry.changes).filter(isObject)) {
      const value = change.value;
      if (change.field !== "messages" || !isObject(value)) {
        unknown.push(`field ${String(change.field)}`);
        continue;
      }
      const phoneNumberId = isObject(value.metadata) ? text(value.metadata.phone_number_id) : null;
      if (!phoneNumberId) {
        unknown.push("messages without metadata.phone_number_id");
        continue;
      }
      for (const item of list(value.messages)) {
        const id = isObject(item) ? text(item.id) : null;
        if (!isObject(item) || !id) {
          unknown.push("message without id");
          continue;
        }
        const contact = contactOf(list(value.contacts), text(item.from));
        items.push({ kind: "message", dedupeKey: `m:${id}`, phoneNumberId, payload: { item, contact } });
      }
      for (const item of list(value.statuses)) {
        const id = isObject(item) ? text(item.id) : null;
        const status = isObject(item) ? text(item.status) : null;
        if (!isObject(item) || !id || !status) {
          unknown.push("status without id or status");
          continue;
        }
        // A receipt is stored once per (message, state): the same receipt again is a replay.
        items.push({ kind: "status", dedupeKey: `s:${id}:${status}`, phoneNumberId, payload: { item, contact: null } });
      }
      for (const key of Object.keys(value))
        if (!["messaging_product", "metadata", "contacts", "messages", "statuses", "errors"].includes(key))
          unknown.push(`value.${key}`);
    }
  }
  return { items, unknown };
}
