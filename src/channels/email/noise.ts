/**
 * Which inbound mail is machine noise (auto-replies, bounces) or our own mail coming back (a loop): such mail never
 * opens a ticket and never gets an answer. Pure: it reads the headers it is given.
 */
export type Noise = "auto-reply" | "bounce" | "loop";

export type NoiseInput = {
  /** Header names in lower case; a header present twice keeps every value. */
  headers: ReadonlyMap<string, readonly string[]>;
  /** The sender's address (From), lower case, or null when there is none. */
  from: string | null;
  /** The MIME type of the whole message with its parameters, e.g. `multipart/report; report-type=delivery-status`. */
  contentType: string;
  /** Our own mailbox addresses, lower case. */
  ourAddresses: ReadonlySet<string>;
};

const BOUNCE_SENDERS = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;
const AUTO_PRECEDENCE = /^(bulk|junk|list|auto_reply)$/i;

const first = (input: NoiseInput, name: string) => input.headers.get(name)?.[0]?.trim();
const has = (input: NoiseInput, name: string) => (input.headers.get(name)?.length ?? 0) > 0;

/** The kind of noise the mail is, or null when a person wrote it. Bounces are told apart first: they are recorded. */
export function classifyNoise(input: NoiseInput): Noise | null {
  const loops = input.headers.get("x-loop") ?? [];
  if (loops.some((value) => [...input.ourAddresses].some((address) => value.toLowerCase().includes(address))))
    return "loop";
  if (input.from && input.ourAddresses.has(input.from)) return "loop";
  if (/^multipart\/report\b/i.test(input.contentType) && /report-type\s*=\s*"?delivery-status/i.test(input.contentType))
    return "bounce";
  if (input.from && BOUNCE_SENDERS.test(input.from)) return "bounce";
  const returnPath = input.headers.get("return-path");
  if (returnPath && returnPath.some((v) => /^<?\s*>?$/.test(v.trim()))) return "bounce";
  const autoSubmitted = first(input, "auto-submitted");
  if (autoSubmitted && !/^no\b/i.test(autoSubmitted)) return "auto-reply";
  const precedence = first(input, "precedence");
  if (precedence && AUTO_PRECEDENCE.test(precedence)) return "auto-reply";
  if (has(input, "x-autoreply") || has(input, "x-autorespond")) return "auto-reply";
  // Outlook sets it on its automatic replies (OOF, AutoReply, All); "None"-free values mean "do not answer me".
  const suppress = first(input, "x-auto-response-suppress");
  if (suppress && /\b(all|oof|autoreply)\b/i.test(suppress)) return "auto-reply";
  return null;
}
