import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// Our outgoing Message-IDs name the ticket and carry an HMAC of it under a key only the server holds:
// <ft.10001.nonce.mac@domain>. A reply naming such an id joins ticket 10001; an id in that shape whose MAC
// does not check out was forged (or made for another installation) and is refused.

const SHAPE = /^<?ft\.(\d{1,12})\.([A-Za-z0-9_-]{8,32})\.([A-Za-z0-9_-]{16,64})@([^>\s]+)>?$/;

function mac(key: string, number: string, nonce: string): string {
  return createHmac("sha256", key).update(`${number}.${nonce}`).digest("base64url").slice(0, 22);
}

/** A fresh Message-ID for mail about ticket `number`, signed with `key`. */
export function signedMessageId(key: string, number: number, domain: string): string {
  const nonce = randomBytes(9).toString("base64url");
  return `<ft.${number}.${nonce}.${mac(key, String(number), nonce)}@${domain}>`;
}

export type MessageIdCheck = { kind: "ours"; ticketNumber: number } | { kind: "forged" } | { kind: "foreign" };

/** Whether a Message-ID is one we signed (and for which ticket), one in our shape that fails its MAC, or another's. */
export function checkMessageId(key: string, id: string): MessageIdCheck {
  const match = SHAPE.exec(id.trim());
  if (!match) return { kind: "foreign" };
  const [, number, nonce, given] = match as unknown as [string, string, string, string];
  const expected = mac(key, number, nonce);
  const ok = given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  return ok ? { kind: "ours", ticketNumber: Number(number) } : { kind: "forged" };
}

/** The domain part of an address, for Message-IDs (`support@frontline.example` → `frontline.example`). */
export function domainOf(address: string): string {
  return (
    address
      .split("@")
      .pop()
      ?.replace(/[^A-Za-z0-9.-]/g, "") || "frontline.invalid"
  );
}
