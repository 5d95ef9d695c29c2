import { randomUUID } from "node:crypto";
import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { enqueue } from "../../platform/jobs/jobs.store.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { recordEvents } from "../../tickets/ticket/record-events.ts";
import { lockTicketByRef, rowToState } from "../../tickets/ticket/ticket.store.ts";
import { WHATSAPP_OUTBOUND_JOB } from "./whatsapp-public-replies.ts";
import { whatsappError } from "./whatsapp.errors.ts";
import { authorizeWhatsapp } from "./whatsapp.policy.ts";
import { conversationOfTicketUnscoped, findTemplateUnscoped, insertWhatsappMessage } from "./whatsapp.store.ts";

/**
 * Staff send an approved template to a ticket's WhatsApp customer — the one way to write to them once the 24-hour
 * window has closed — with one value per template parameter; queued for the worker like a reply. It is recorded on
 * the ticket's log as a `whatsapp_template` event of its own (not a reply, so no clock takes it for a response:
 * docs/decisions/0014) in the transaction that queues it, and the message row points at that event. A ticket that came
 * from a WhatsApp group is written to in the group (the member alone never wrote to us one-to-one).
 */
export async function sendWhatsappTemplate(
  deps: Deps,
  actor: Actor,
  ref: string,
  input: { templateId: string; parameters: string[] },
) {
  const ticket = await getTicket(deps, actor, ref);
  authorizeWhatsapp(actor, "whatsapp.send");
  const template = await findTemplateUnscoped(deps.db, input.templateId);
  if (!template || !template.active) throw whatsappError("WHATSAPP_TEMPLATE_NOT_FOUND", "body.templateId");
  if (input.parameters.length !== template.parameters.length)
    throw whatsappError("WHATSAPP_TEMPLATE_PARAMETERS", "body.parameters");
  const conversation = await conversationOfTicketUnscoped(deps.db, ticket.id);
  if (!conversation) throw whatsappError("WHATSAPP_NO_CONVERSATION", "params.id");
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const locked = await lockTicketByRef(tx, actor, ticket.id);
    const messageId = randomUUID();
    const sent = { name: template.name, language: template.language, parameters: input.parameters };
    const after = await recordEvents(deps, tx, locked, rowToState(locked), [
      { type: "whatsapp_template", at: now, actorId: actorIdOf(actor), data: { messageId, ...sent } },
    ]);
    const row = await insertWhatsappMessage(tx, {
      id: messageId,
      ticketId: ticket.id,
      phoneNumberId: conversation.phoneNumberId,
      direction: "out",
      waId: conversation.waId,
      // From a group it goes to the group, quoting the member's latest message, as a free-text answer does.
      groupId: conversation.groupId,
      contextWamid: conversation.groupId ? conversation.wamid : null,
      personId: actor.personId,
      eventSeq: after.version,
      body: `[${template.name}] ${input.parameters.join(" · ")}`.trim(),
      template: sent,
      status: "queued",
      createdAt: now,
    });
    await enqueue(tx, {
      kind: WHATSAPP_OUTBOUND_JOB,
      payload: { messageId: row.id },
      idempotencyKey: `whatsapp.outbound:${row.id}`,
      runAt: now,
    });
    return { id: row.id, status: row.status, eventSeq: after.version };
  });
}
