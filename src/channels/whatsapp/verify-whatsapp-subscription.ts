import { timingSafeEqual } from "node:crypto";
import type { Deps } from "../../context.ts";
import { whatsappError } from "./whatsapp.errors.ts";
import { activeWhatsappNumbers } from "./whatsapp-numbers.ts";

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Meta's webhook handshake: `hub.mode=subscribe` with a configured verify token answers the challenge exactly as
 * given; anything else is refused (403).
 */
export async function verifyWhatsappSubscription(
  deps: Deps,
  query: { "hub.mode"?: string; "hub.verify_token"?: string; "hub.challenge"?: string },
): Promise<string> {
  const token = query["hub.verify_token"] ?? "";
  const numbers = await activeWhatsappNumbers(deps);
  const known = numbers.some((n) => n.verifyToken !== "" && sameSecret(n.verifyToken, token));
  if (query["hub.mode"] !== "subscribe" || !known || query["hub.challenge"] === undefined)
    throw whatsappError("WHATSAPP_VERIFY_REFUSED", "query.hub.verify_token");
  return query["hub.challenge"];
}
