import type { Readable } from "node:stream";
import type { IngestOutcome } from "../channels/email/ingest-mail.ts";
import { UsageError } from "./usage-error.ts";

/** The one JSON line `frontline mail ingest` prints for an outcome (the contract a mail server's pipe reads). */
export function outcomeLine(outcome: IngestOutcome): string {
  switch (outcome.outcome) {
    case "created":
    case "replied":
      return JSON.stringify({ ticket: `#${outcome.ticketNumber}`, created: outcome.outcome === "created" });
    case "quarantined":
      return JSON.stringify({ quarantined: outcome.quarantineId, reason: outcome.reason });
    case "ignored":
      return JSON.stringify({ ignored: outcome.reason });
  }
}

/**
 * Reads one raw message from a stream, refusing (before the database opens) an empty one or one over `maxBytes`:
 * nothing is stored then, and the exit status tells the mail server to bounce or retry.
 */
export async function readMessage(input: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > maxBytes)
      throw new UsageError(`the message is larger than MAIL_MAX_BYTES (${maxBytes} bytes); nothing was stored`);
    chunks.push(buffer);
  }
  const raw = Buffer.concat(chunks);
  if (raw.toString("latin1").trim() === "") throw new UsageError("no message on stdin; nothing was stored");
  return raw;
}
