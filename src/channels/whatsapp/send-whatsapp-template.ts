import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { enqueue } from "../../platform/jobs/jobs.store.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { WHATSAPP_OUTBOUND_JOB } from "./whatsapp-public-replies.ts";
import { whatsappError } from "./whatsapp.errors.ts";
import { authorizeWhatsapp } from "./whatsapp.policy.ts";
import { conversationOfTicketUnscoped, findTemplateUnscoped, insertWhatsappMessage } from "./whatsapp.store.ts";

/**
 * Staff send an approved template to a ticket's WhatsApp customer — the one way to write to them once the 24-hour
 * window has closed — with one value per template parameter; queued for the worker like a reply.
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
    const row = await insertWhatsappMessage(tx, {
      ticketId: ticket.id,
      phoneNumberId: conversation.phoneNumberId,
      direction: "out",
      waId: conversation.waId,
      personId: actor.personId,
      body: `[${template.name}] ${input.parameters.join(" · ")}`.trim(),
      template: { name: template.name, language: template.language, parameters: input.parameters },
      status: "queued",
      createdAt: now,
    });
    await enqueue(tx, {
      kind: WHATSAPP_OUTBOUND_JOB,
      payload: { messageId: row.id },
      idempotencyKey: `whatsapp.outbound:${row.id}`,
      runAt: now,
    });
    return { id: row.id, status: row.status };
  });
}
