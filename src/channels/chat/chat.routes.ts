import type { FastifyReply, FastifyRequest } from "fastify";
import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { problem } from "../../platform/http/problem.ts";
import { CHAT_WIDGET } from "../../platform/package-root.ts";
import { storableText } from "../../shared/storable-text.ts";
import { contentDisposition } from "../../tickets/attachments/attachment-file.ts";
import { presentAttachment, readUpload } from "../../tickets/attachments/attachment.routes.ts";
import { chatError } from "./chat.errors.ts";
import {
  AfterQuery,
  ChatDto,
  ChatMessageDto,
  ChatParams,
  MessageBody,
  presentChat,
  STREAM_DESCRIPTION,
  VisitorFields,
} from "./chat-dto.ts";
import { chatStreams, presentChatMessage } from "./chat-streams.ts";
import { chatOfToken } from "./chat-token.ts";
import { downloadChatAttachment } from "./download-chat-attachment.ts";
import { endChat } from "./end-chat.ts";
import { leaveChatMessage } from "./leave-chat-message.ts";
import { postChatMessage } from "./post-chat-message.ts";
import { openChatFor, readChat } from "./read-chat.ts";
import { sendChatTyping } from "./send-chat-typing.ts";
import { chatHours, startChat } from "./start-chat.ts";
import { uploadChatAttachment } from "./upload-chat-attachment.ts";

const PREFIX = "/api/v1/public/chat/";
const VISITOR = { kind: "visitor" } as const;

const StartBody = z.strictObject({
  ...VisitorFields,
  message: storableText().trim().max(5_000).optional().describe("The visitor's first words (optional)"),
});
const LeaveBody = z.strictObject({ ...VisitorFields, message: storableText().trim().min(1).max(5_000) });
const Started = z.object({
  chatId: z.uuid(),
  token: z.string().describe("Send it as the X-Chat-Token header (or ?token= on the stream): it alone opens this chat"),
  ticketNumber: z.number().int(),
  state: z.literal("waiting"),
});
const Hours = z.object({ open: z.boolean(), opensAt: z.string().nullable(), timeZone: z.string() });
const TokenHeader = z.object({
  "x-chat-token": z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,2000}$/, "expected a chat token")
    .optional(),
});

/** Whether a browser page on `origin` may call the chat's visitor endpoints (CHAT_ALLOWED_ORIGINS). */
export function originAllowed(allowed: string, origin: string): boolean {
  const list = allowed.split(",").map((o) => o.trim().replace(/\/$/, ""));
  return list.includes("*") || list.includes(origin.replace(/\/$/, ""));
}

/** The chat a visitor's request opens: its token (header, or `?token=` for EventSource) must name this chat. */
async function visitorChat(deps: Deps, request: FastifyRequest, chatId: string): Promise<string> {
  const header = request.headers["x-chat-token"];
  const query = (request.query as { token?: string } | undefined)?.token;
  return chatOfToken(deps, typeof header === "string" ? header : query, chatId);
}

/** The server-sent events answer, shared by visitors' and agents' streams. */
export function sseSink(reply: FastifyReply, extraHeaders: Record<string, string> = {}) {
  const res = reply.raw;
  return {
    begin: () => {
      reply.hijack();
      res.writeHead(200, {
        ...extraHeaders,
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache",
        connection: "keep-alive",
        "x-content-type-options": "nosniff",
        "x-accel-buffering": "no",
      });
    },
    write: (chunk: string) => void res.write(chunk),
    buffered: () => res.writableLength,
    end: () => res.end(),
  };
}

/** Where a reconnecting EventSource says it was: the `Last-Event-ID` header wins over `?after=`. */
export function resumeFrom(request: FastifyRequest, after: number): number {
  const header = request.headers["last-event-id"];
  const id = typeof header === "string" && /^\d{1,15}$/.test(header) ? Number(header) : undefined;
  return id ?? after;
}

/**
 * The web chat's visitor side (no sign-in; the signed chat token opens one chat), the portal's start for signed-in
 * people, and CORS for the sites allowed to embed chat.js. Anonymous use is rate-limited per client address.
 */
export async function chatRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const streams = chatStreams(deps);
  app.addHook("preClose", async () => streams.closeAll());
  const tags = ["chat"];
  const messageLimit = { max: deps.config.CHAT_MESSAGE_RATE_LIMIT_PER_MINUTE, timeWindow: "1 minute" };
  const startLimit = { max: deps.config.CHAT_START_RATE_LIMIT_PER_HOUR, timeWindow: "1 hour" };

  // Cross-origin: pages on the allowed sites call these endpoints from the embedded widget.
  app.addHook("onRequest", async (request, reply) => {
    const origin = request.headers.origin;
    if (!request.url.startsWith(PREFIX) || typeof origin !== "string") return;
    if (!originAllowed(deps.config.CHAT_ALLOWED_ORIGINS, origin))
      throw chatError("CHAT_ORIGIN_FORBIDDEN", "header.origin");
    void reply
      .header("access-control-allow-origin", origin)
      .header("vary", "Origin")
      .header("access-control-allow-headers", "content-type, x-chat-token, last-event-id, idempotency-key")
      .header("access-control-allow-methods", "GET, POST, OPTIONS")
      .header("access-control-max-age", "600");
  });
  app.options(`${PREFIX}*`, { config: { public: true }, schema: { hide: true } }, async (_request, reply) =>
    reply.status(204).send(),
  );

  // The embeddable widget (bin/chat-build.js), gzipped when the browser takes it; any page may load it.
  app.get("/chat.js", { schema: { hide: true } }, async (request, reply) => {
    const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    const bytes = await readFile(gzip ? `${CHAT_WIDGET}.gz` : CHAT_WIDGET).catch(() => null);
    if (!bytes)
      return reply
        .status(404)
        .type("application/problem+json")
        .send(problem(404, "ROUTE_NOT_FOUND", "The chat widget is not built: run `npm run build`."));
    if (gzip) void reply.header("content-encoding", "gzip");
    return reply
      .header("content-type", "text/javascript; charset=utf-8")
      .header("cache-control", "public, max-age=300")
      .header("vary", "Accept-Encoding")
      .header("cross-origin-resource-policy", "cross-origin")
      .send(bytes);
  });

  app.get(
    `${PREFIX}hours`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: "Whether chats are answered now, and when support opens next",
        security: [],
        response: { 200: Hours },
      },
    },
    async () => chatHours(deps),
  );

  app.post(
    `${PREFIX}sessions`,
    {
      config: { public: true, rateLimit: startLimit },
      schema: {
        tags,
        summary: "Start a web chat as a visitor (name and email required); it is a chat ticket from now on",
        security: [],
        body: StartBody.refine((b) => b.name !== undefined, { path: ["name"], message: "required" }).refine(
          (b) => b.email !== undefined,
          { path: ["email"], message: "required" },
        ),
        response: { 201: Started },
      },
    },
    async (request, reply) => reply.status(201).send(await startChat(deps, null, request.body)),
  );

  app.post(
    "/api/v1/chat/sessions",
    {
      schema: {
        tags,
        summary:
          "Start a web chat as the signed-in person (the portal's chat): the answer's token opens it as for visitors",
        body: StartBody.omit({ name: true, email: true }),
        response: { 201: Started },
      },
    },
    async (request, reply) => reply.status(201).send(await startChat(deps, actorOf(request), request.body)),
  );

  app.post(
    `${PREFIX}messages`,
    {
      config: { public: true, rateLimit: startLimit },
      schema: {
        tags,
        summary: "Outside support hours: leave a message (opens a chat ticket, answered when support opens)",
        security: [],
        body: LeaveBody.refine((b) => b.name !== undefined, { path: ["name"], message: "required" }).refine(
          (b) => b.email !== undefined,
          { path: ["email"], message: "required" },
        ),
        response: { 201: z.object({ ticketNumber: z.number().int() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await leaveChatMessage(deps, null, request.body)),
  );

  app.get(
    `${PREFIX}sessions/:id`,
    {
      config: { public: true, rateLimit: messageLimit },
      schema: {
        tags,
        summary: "The visitor's chat and its messages after a server id",
        security: [],
        params: ChatParams,
        querystring: AfterQuery,
        headers: TokenHeader,
        response: { 200: z.object({ chat: ChatDto, messages: z.array(ChatMessageDto) }) },
      },
    },
    async (request) => {
      const read = await readChat(
        deps,
        VISITOR,
        await visitorChat(deps, request, request.params.id),
        request.query.after,
      );
      return { chat: presentChat(read.chat), messages: read.messages.map(presentChatMessage) };
    },
  );

  app.post(
    `${PREFIX}sessions/:id/messages`,
    {
      config: { public: true, rateLimit: messageLimit },
      schema: {
        tags,
        summary: "Send a message in the visitor's chat",
        security: [],
        params: ChatParams,
        headers: TokenHeader,
        body: MessageBody,
        response: { 201: ChatMessageDto },
      },
    },
    async (request, reply) => {
      const chatId = await visitorChat(deps, request, request.params.id);
      return reply.status(201).send(presentChatMessage(await postChatMessage(deps, chatId, VISITOR, request.body)));
    },
  );

  app.post(
    `${PREFIX}sessions/:id/attachments`,
    {
      config: { public: true, rateLimit: messageLimit },
      schema: {
        tags,
        summary: "Upload a file (multipart/form-data, field `file`) to send with the visitor's next message",
        security: [],
        params: ChatParams,
        headers: TokenHeader,
        response: {
          201: z.object({
            id: z.uuid(),
            filename: z.string(),
            contentType: z.string(),
            size: z.number().int(),
            sha256: z.string(),
            createdAt: z.string(),
          }),
        },
      },
    },
    async (request, reply) => {
      const chatId = await visitorChat(deps, request, request.params.id);
      await openChatFor(deps.db, VISITOR, chatId);
      const file = await readUpload(request);
      return reply.status(201).send(presentAttachment(await uploadChatAttachment(deps, chatId, VISITOR, file)));
    },
  );

  app.get(
    `${PREFIX}sessions/:id/attachments/:attachmentId`,
    {
      config: { public: true, rateLimit: messageLimit },
      schema: {
        tags,
        summary: "Download a file sent in the visitor's chat (by the agent or the visitor); always a download",
        description:
          "The chat token opens only its own chat's files: another chat's token, or a file never sent in this chat, is 404. A link cannot send headers, so `?token=` is taken too.",
        security: [],
        params: ChatParams.extend({ attachmentId: z.uuid() }),
        querystring: z.strictObject({ token: AfterQuery.shape.token }),
        headers: TokenHeader,
      },
    },
    async (request, reply) => {
      const header = request.headers["x-chat-token"];
      const token = typeof header === "string" ? header : request.query.token;
      const file = await downloadChatAttachment(deps, token, request.params.id, request.params.attachmentId);
      const bytes = await deps.storage.get(file.storageKey);
      // Never rendered inline: uploaded HTML or SVG must not run in our origin.
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", contentDisposition(file.filename))
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, no-store")
        .send(bytes);
    },
  );

  app.post(
    `${PREFIX}sessions/:id/typing`,
    {
      config: { public: true, rateLimit: messageLimit },
      schema: {
        tags,
        summary: "The visitor is typing (not stored)",
        security: [],
        params: ChatParams,
        headers: TokenHeader,
      },
    },
    async (request, reply) => {
      await sendChatTyping(deps, await visitorChat(deps, request, request.params.id), VISITOR);
      return reply.status(204).send();
    },
  );

  app.post(
    `${PREFIX}sessions/:id/end`,
    {
      config: { public: true, rateLimit: messageLimit },
      schema: {
        tags,
        summary: "The visitor leaves the chat",
        security: [],
        params: ChatParams,
        headers: TokenHeader,
        response: { 200: ChatDto },
      },
    },
    async (request) => presentChat(await endChat(deps, await visitorChat(deps, request, request.params.id), VISITOR)),
  );

  app.get(
    `${PREFIX}sessions/:id/stream`,
    {
      config: { public: true, rateLimit: messageLimit },
      schema: {
        tags,
        summary: "The visitor's chat, live (server-sent events)",
        description: STREAM_DESCRIPTION,
        security: [],
        params: ChatParams,
        querystring: AfterQuery,
        headers: TokenHeader,
      },
    },
    async (request, reply) => {
      const chat = await openChatFor(deps.db, VISITOR, await visitorChat(deps, request, request.params.id));
      const cors = reply.getHeaders() as Record<string, string>;
      const close = await streams.open(chat, "visitor", resumeFrom(request, request.query.after), sseSink(reply, cors));
      reply.raw.on("close", close);
      if (reply.raw.destroyed || request.raw.destroyed) close();
    },
  );
}
