import { useCallback, useState } from "react";

/**
 * A fresh random key for one intended action. crypto.randomUUID exists only in secure contexts (HTTPS, localhost);
 * a desk reached over plain HTTP on an intranet still has getRandomValues, so the same version-4 UUID is built from it.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The Idempotency-Key of a form's current submission: made when the form opens, kept across every retry of that
 * submission (a refused 4xx frees the key on the server, so a corrected resend may reuse it), renewed once it succeeded.
 */
export function useIdempotencyKey(): { key: string; renew: () => void } {
  const [key, setKey] = useState(newIdempotencyKey);
  const renew = useCallback(() => setKey(newIdempotencyKey()), []);
  return { key, renew };
}
