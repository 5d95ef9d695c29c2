// Reading Meta's webhook envelope (pure): every entry, every change, every message, status and group update, each kept
// whole for the worker. Anything this code does not know — other `field` values, odd shapes — is reported back as
// unknown, to be logged and acknowledged, never an error.
import { createHash } from "node:crypto";

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
    }
  | {
      kind: "group";
      dedupeKey: string;
      phoneNumberId: string;
      /** One entry of `value.groups`, with the webhook field it came under. */
      payload: { item: Record<string, unknown>; contact: null; field: GroupField };
    };

/** The Groups API's webhook fields (Meta's "Webhooks for Groups API"); each change carries `value.groups[]`. */
export const GROUP_FIELDS = [
  "group_lifecycle_update",
  "group_participants_update",
  "group_settings_update",
  "group_status_update",
] as const;
export type GroupField = (typeof GROUP_FIELDS)[number];
const isGroupField = (v: unknown): v is GroupField => (GROUP_FIELDS as readonly unknown[]).includes(v);

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
      if ((change.field !== "messages" && !isGroupField(change.field)) || !isObject(value)) {
        unknown.push(`field ${String(change.field)}`);
        continue;
      }
      const phoneNumberId = isObject(value.metadata) ? text(value.metadata.phone_number_id) : null;
      if (!phoneNumberId) {
        unknown.push(`${String(change.field)} without metadata.phone_number_id`);
        continue;
      }
      if (isGroupField(change.field)) {
        readGroupUpdates(change.field, phoneNumberId, value, items, unknown);
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

/**
 * The group updates of one change. An update has no id of its own, so a replay is known by its content: the same
 * field and the same JSON (Meta resends a notification byte for byte) is stored once.
 */
function readGroupUpdates(
  field: GroupField,
  phoneNumberId: string,
  value: Record<string, unknown>,
  items: WebhookItem[],
  unknown: string[],
): void {
  for (const item of list(value.groups)) {
    if (!isObject(item) || !text(item.group_id)) {
      unknown.push(`${field} without group_id`);
      continue;
    }
    const digest = createHash("sha256").update(field).update("\0").update(JSON.stringify(item)).digest("base64url");
    items.push({ kind: "group", dedupeKey: `g:${digest}`, phoneNumberId, payload: { item, contact: null, field } });
  }
  for (const key of Object.keys(value))
    if (!["messaging_product", "metadata", "groups"].includes(key)) unknown.push(`value.${key}`);
}
