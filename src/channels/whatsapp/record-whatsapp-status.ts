import type { Deps } from "../../context.ts";
import { deliveryAfter } from "./delivery.ts";
import { findWhatsappMessageByWamid, updateWhatsappMessage } from "./whatsapp.store.ts";

type Json = Record<string, unknown>;

/** Why Meta says a message failed, in words for the agent (code 131047: the customer-service window had closed). */
function failureOf(status: Json): string | null {
  const [first] = Array.isArray(status.errors) ? (status.errors as Json[]) : [];
  if (!first) return null;
  const details = typeof first.error_data === "object" && first.error_data ? (first.error_data as Json).details : null;
  const text = [first.code, first.title, details].filter((x) => x !== undefined && x !== null && x !== "").join(" — ");
  return text.slice(0, 1000) || null;
}

/**
 * Applies one receipt (sent, delivered, read, failed) to the outbound message it names, in the caller's transaction,
 * only ever forward: a `read` before its `delivered` stays read. Answers the event's outcome for the log.
 */
export async function recordWhatsappStatus(deps: Pick<Deps, "db">, status: Json): Promise<string> {
  const wamid = typeof status.id === "string" ? status.id : "";
  const message = await findWhatsappMessageByWamid(deps.db, wamid);
  if (!message) return "ignored: a receipt for no message of ours";
  const next = deliveryAfter(message.status, String(status.status));
  if (!next) return `ignored: ${String(status.status)} after ${message.status}`;
  const seconds = Number(status.timestamp);
  await updateWhatsappMessage(deps.db, message.id, {
    status: next,
    ...(Number.isFinite(seconds) && seconds > 0 ? { statusAt: new Date(seconds * 1000) } : {}),
    ...(next === "failed" ? { lastError: failureOf(status) ?? "failed" } : {}),
  });
  return `status ${next}`;
}
