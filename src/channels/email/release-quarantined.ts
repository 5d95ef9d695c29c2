import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { judgeMailFiles, storeMailFiles } from "./keep-mail-files.ts";
import { mailError } from "./mail.errors.ts";
import { lockQuarantineUnscoped, resolveQuarantine } from "./mail.store.ts";
import { authorizeMail } from "./mail.policy.ts";
import { parseMail, type ParsedMessage } from "./parse-mail.ts";

/**
 * An admin releases a quarantined mail into a new ticket for the requester they name (the mail could not say whose it
 * was): the ticket is written down on the requester's behalf, with the original and the attachments the rules allow.
 * A mail mailparser cannot read becomes a ticket with its raw text.
 */
export async function releaseQuarantined(deps: Deps, actor: Actor, id: string, input: { requesterId: string }) {
  authorizeMail(actor, "mail.admin");
  return deps.db.transaction(async (tx) => {
    const inTx = { ...deps, db: tx };
    const row = await lockQuarantineUnscoped(tx, id);
    if (!row) throw mailError("QUARANTINE_NOT_FOUND", "params.id");
    if (row.resolvedAt) throw mailError("QUARANTINE_ALREADY_RESOLVED", "params.id");
    const mail: ParsedMessage | null = await parseMail(row.raw).catch(() => null);
    const text = (mail?.text.trim() || row.raw.toString("latin1").replace(/\u0000/g, "")).slice(0, 50_000);
    const files = mail ? await judgeMailFiles(deps, mail) : { accepted: [], notes: "" };
    const created = await createTicket(inTx, actor, {
      subject: (row.subject || "(no subject)").slice(0, 200),
      description: text + files.notes,
      type: "incident",
      impact: "person",
      urgency: "medium",
      channel: "email",
      requesterId: input.requesterId,
      onBehalfOfRequester: true,
    });
    await storeMailFiles(inTx, actor, created.id, row.raw, files);
    await resolveQuarantine(tx, id, { resolution: "released", resolvedAt: deps.clock.now(), ticketId: created.id });
    return { ticketId: created.id, number: created.number };
  });
}
