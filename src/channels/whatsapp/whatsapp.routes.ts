import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { storableText } from "../../shared/storable-text.ts";
import { TicketRef } from "../../tickets/ticket/ticket.routes.ts";
import { createWhatsappTemplate } from "./create-whatsapp-template.ts";
import { getTicketWhatsapp } from "./get-ticket-whatsapp.ts";
import { listWhatsappNumbers } from "./list-whatsapp-numbers.ts";
import { listWhatsappTemplates } from "./list-whatsapp-templates.ts";
import { receiveWhatsappWebhook } from "./receive-whatsapp-webhook.ts";
import { deleteWhatsappTemplate } from "./delete-whatsapp-template.ts";
import { createWhatsappNumber, deleteWhatsappNumber, updateWhatsappNumber } from "./save-whatsapp-number.ts";
import { sendWhatsappTemplate } from "./send-whatsapp-template.ts";
import { updateWhatsappTemplate } from "./update-whatsapp-template.ts";
import { verifyWhatsappSubscription } from "./verify-whatsapp-subscription.ts";
import { bindWhatsappGroup, listWhatsappGroups } from "./whatsapp-groups.ts";
import { WHATSAPP_DELIVERY, WHATSAPP_GROUP_STATES } from "./whatsapp.tables.ts";

const NumberDto = z
  .object({
    id: z.uuid(),
    phoneNumberId: z.string(),
    number: z.string(),
    displayName: z.string(),
    defaultGroupId: z.uuid().nullable(),
    defaultOrganizationId: z.uuid().nullable(),
    active: z.boolean(),
    accessTokenSet: z.boolean().describe("Secrets never leave; only whether each is set"),
    appSecretSet: z.boolean(),
    verifyTokenSet: z.boolean(),
    createdAt: z.date(),
  })
  .meta({ id: "WhatsappNumber" });

const TemplateDto = z
  .object({
    id: z.uuid(),
    name: z.string(),
    language: z.string(),
    parameters: z.array(z.string()).describe("The body's parameters in order ({{1}}, {{2}}, …)"),
    active: z.boolean(),
    createdAt: z.date(),
  })
  .meta({ id: "WhatsappTemplate" });

const WhatsappMessageDto = z
  .object({
    id: z.uuid(),
    direction: z.enum(["in", "out"]),
    wamid: z.string().nullable().describe("Meta's message id; null while queued"),
    eventSeq: z
      .number()
      .int()
      .nullable()
      .describe("Outbound: the ticket event it carries (a public reply, or the whatsapp_template event)"),
    body: z.string().describe("Outbound: what was sent"),
    template: z.object({ name: z.string(), language: z.string(), parameters: z.array(z.string()) }).nullable(),
    status: z
      .enum(WHATSAPP_DELIVERY)
      .describe(
        "queued, sent, delivered, read or failed; receipts only move it forward (read before delivered stays read)",
      ),
    statusAt: z.date().nullable(),
    lastError: z.string().nullable().describe("failed: Meta's reason (131047: the 24-hour window had closed)"),
    createdAt: z.date(),
  })
  .meta({ id: "WhatsappMessage" });

const GroupDto = z
  .object({
    groupId: z.string().describe("Meta's group id"),
    phoneNumberId: z.string().describe("The desk's number that is in the group"),
    subject: z.string(),
    description: z.string(),
    inviteLink: z.string().nullable(),
    state: z.enum(WHATSAPP_GROUP_STATES).describe("active, suspended (by WhatsApp) or deleted"),
    participants: z.array(z.string()).describe("The members' WhatsApp ids, as the webhooks and messages named them"),
    participantCount: z.number().int(),
    organizationId: z
      .uuid()
      .nullable()
      .describe("The client organization the group is bound to; members met for the first time are placed there"),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "WhatsappGroup" });
const GroupBinding = z.strictObject({
  organizationId: z.uuid().nullable().describe("null: unbind (new members go to the number's default organization)"),
});

const PhoneNumberId = z.string().regex(/^\d{1,32}$/, "Meta's numeric phone number id");
const Secret = storableText().min(1).max(1000);
const NumberBody = z.strictObject({
  phoneNumberId: PhoneNumberId,
  number: z.string().regex(/^\+?\d{5,15}$/, "the number in international form, digits only"),
  displayName: storableText().trim().max(200).default(""),
  defaultGroupId: z.uuid().nullable().default(null),
  defaultOrganizationId: z
    .uuid()
    .nullable()
    .default(null)
    .describe("Where strangers who write are placed as requesters; null: Unassigned senders"),
  accessToken: Secret.describe("Graph API bearer token; listed back only as set"),
  appSecret: Secret.describe("Signs the webhooks (X-Hub-Signature-256)"),
  verifyToken: Secret.describe("Answers the webhook handshake"),
  active: z.boolean().default(true),
});
const NumberPatch = z.strictObject({
  phoneNumberId: PhoneNumberId.optional(),
  number: z
    .string()
    .regex(/^\+?\d{5,15}$/)
    .optional(),
  displayName: storableText().trim().max(200).optional(),
  defaultGroupId: z.uuid().nullable().optional(),
  defaultOrganizationId: z.uuid().nullable().optional(),
  accessToken: Secret.optional().describe("Left out: kept"),
  appSecret: Secret.optional(),
  verifyToken: Secret.optional(),
  active: z.boolean().optional(),
});
const TemplateBody = z.strictObject({
  name: z.string().regex(/^[a-z0-9_]{1,512}$/, "Meta's template name: lower-case letters, digits, underscores"),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, "a language code such as en or en_US")
    .default("en"),
  parameters: z.array(storableText().trim().min(1).max(100)).max(20).default([]),
});
const TemplatePatch = z.strictObject({
  name: TemplateBody.shape.name.optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, "a language code such as en or en_US")
    .optional(),
  parameters: z.array(storableText().trim().min(1).max(100)).max(20).optional(),
  active: z.boolean().optional().describe("false: agents no longer see or send it"),
});
const SendTemplateBody = z.strictObject({
  templateId: z.uuid(),
  parameters: z.array(storableText().trim().min(1).max(1000)).max(20).default([]),
});
const HandshakeQuery = z.object({
  "hub.mode": storableText().max(100).optional(),
  "hub.verify_token": storableText().max(1000).optional(),
  "hub.challenge": storableText().max(1000).optional(),
});

/**
 * The WhatsApp Business Cloud API channel: Meta's webhook (handshake and signed events), the numbers and templates
 * admins manage, and a ticket's WhatsApp conversation with its delivery and window.
 */
export async function whatsappRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["whatsapp"];
  app.get(
    "/webhooks/whatsapp",
    {
      schema: {
        tags,
        summary:
          "Meta's verification handshake: the challenge, as plain text, when mode and verify token match (else 403)",
        querystring: HandshakeQuery,
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const challenge = await verifyWhatsappSubscription(deps, request.query);
      return reply.type("text/plain; charset=utf-8").send(challenge);
    },
  );

  // Its own scope: the body is kept as the raw bytes it arrived as, since the signature covers exactly those.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      "*",
      { parseAs: "buffer", bodyLimit: deps.config.WHATSAPP_MAX_BODY_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      "/webhooks/whatsapp",
      {
        bodyLimit: deps.config.WHATSAPP_MAX_BODY_BYTES,
        schema: {
          tags,
          summary:
            "Meta's webhook: signed (X-Hub-Signature-256 over the raw body) messages and statuses, stored once each and worked through by the outbox",
          response: {
            200: z.object({ stored: z.number().int(), replayed: z.number().int(), ignored: z.number().int() }),
          },
        },
      },
      async (request) => {
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const signature = request.headers["x-hub-signature-256"];
        return receiveWhatsappWebhook(deps, raw, typeof signature === "string" ? signature : undefined);
      },
    );
  });

  app.get(
    "/api/v1/whatsapp/numbers",
    {
      schema: {
        tags,
        summary: "The WhatsApp numbers (admins); secrets never leave",
        response: {
          200: z.object({
            items: z.array(NumberDto),
            environmentPhoneNumberId: z.string().nullable().describe("The number WHATSAPP_* settings configure"),
          }),
        },
      },
    },
    async (request) => listWhatsappNumbers(deps, actorOf(request)),
  );

  app.post(
    "/api/v1/whatsapp/numbers",
    {
      schema: {
        tags,
        summary: "Add a WhatsApp number (admins; audited)",
        body: NumberBody,
        response: { 201: NumberDto },
      },
    },
    async (request, reply) => reply.status(201).send(await createWhatsappNumber(deps, actorOf(request), request.body)),
  );

  app.patch(
    "/api/v1/whatsapp/numbers/:id",
    {
      schema: {
        tags,
        summary: "Change a WhatsApp number (admins; audited; secrets left out are kept)",
        params: z.object({ id: z.uuid() }),
        body: NumberPatch,
        response: { 200: NumberDto },
      },
    },
    async (request) => updateWhatsappNumber(deps, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/whatsapp/numbers/:id",
    {
      schema: {
        tags,
        summary: "Remove a WhatsApp number (admins; audited); its tickets and conversations stay",
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteWhatsappNumber(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/whatsapp/templates",
    {
      schema: {
        tags,
        summary: "Approved templates (staff), the only messages WhatsApp takes outside the 24-hour window",
        response: { 200: z.object({ items: z.array(TemplateDto) }) },
      },
    },
    async (request) => listWhatsappTemplates(deps, actorOf(request)),
  );

  app.post(
    "/api/v1/whatsapp/templates",
    {
      schema: {
        tags,
        summary: "Record a template Meta approved (admins; audited)",
        body: TemplateBody,
        response: { 201: TemplateDto },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createWhatsappTemplate(deps, actorOf(request), request.body)),
  );

  app.patch(
    "/api/v1/whatsapp/templates/:id",
    {
      schema: {
        tags,
        summary: "Change a template or set it aside (admins; audited)",
        params: z.object({ id: z.uuid() }),
        body: TemplatePatch,
        response: { 200: TemplateDto },
      },
    },
    async (request) => updateWhatsappTemplate(deps, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/whatsapp/templates/:id",
    {
      schema: {
        tags,
        summary: "Remove a template (admins; audited); messages sent with it keep their copy",
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteWhatsappTemplate(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/whatsapp/groups",
    {
      schema: {
        tags,
        summary: "The WhatsApp groups the desk's numbers are in (admins), with the organization each is bound to",
        response: { 200: z.object({ items: z.array(GroupDto) }) },
      },
    },
    async (request) => listWhatsappGroups(deps, actorOf(request)),
  );

  app.patch(
    "/api/v1/whatsapp/groups/:groupId",
    {
      schema: {
        tags,
        summary: "Bind a WhatsApp group to a client organization, or unbind it (admins; audited)",
        params: z.object({ groupId: storableText().min(1).max(200) }),
        body: GroupBinding,
        response: { 200: GroupDto },
      },
    },
    async (request) => bindWhatsappGroup(deps, actorOf(request), request.params.groupId, request.body),
  );

  app.get(
    "/api/v1/tickets/:id/whatsapp",
    {
      schema: {
        tags,
        summary:
          "A ticket's WhatsApp conversation (staff): each message's delivery, and the 24-hour customer-service window",
        params: TicketRef,
        response: {
          200: z.object({
            windowEndsAt: z
              .date()
              .nullable()
              .describe("Free text may be sent until then; null: the customer never wrote"),
            windowOpen: z.boolean(),
            messages: z.array(WhatsappMessageDto),
          }),
        },
      },
    },
    async (request) => getTicketWhatsapp(deps, actorOf(request), request.params.id),
  );

  app.post(
    "/api/v1/tickets/:id/whatsapp/templates",
    {
      schema: {
        tags,
        summary: "Send an approved template to the ticket's WhatsApp customer (staff; works outside the window)",
        params: TicketRef,
        body: SendTemplateBody,
        response: {
          202: z.object({
            id: z.uuid(),
            status: z.enum(WHATSAPP_DELIVERY),
            eventSeq: z.number().int().describe("The ticket's whatsapp_template event that records it"),
          }),
        },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await sendWhatsappTemplate(deps, actorOf(request), request.params.id, request.body)),
  );
}
