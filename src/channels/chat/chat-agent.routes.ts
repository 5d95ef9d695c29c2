import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { acceptChat } from "./accept-chat.ts";
import { authorizeChat } from "./chat.policy.ts";
import {
  AfterQuery,
  ChatDto,
  ChatMessageDto,
  ChatParams,
  MessageBody,
  presentChat,
  presentQueued,
  QueuedChatDto,
  STREAM_DESCRIPTION,
} from "./chat-dto.ts";
import { resumeFrom, sseSink } from "./chat.routes.ts";
import { chatStreams, presentChatMessage } from "./chat-streams.ts";
import { endChat } from "./end-chat.ts";
import { listChatQueue } from "./list-chat-queue.ts";
import { postChatMessage } from "./post-chat-message.ts";
import { openChatFor, readChat } from "./read-chat.ts";
import { sendChatTyping } from "./send-chat-typing.ts";
import { transferChat } from "./transfer-chat.ts";

const TransferBody = z.strictObject({
  agentId: z.uuid().optional().describe("Hand the chat to this agent (they hold it at once)"),
  groupId: z.uuid().optional().describe("Or put it back in this group's queue"),
});

/** The agents' side of web chat: the queue, taking, passing on, answering and ending chats (staff; chat.policy.ts). */
export async function chatAgentRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const streams = chatStreams(deps);
  app.addHook("preClose", async () => streams.closeAll());
  const tags = ["chat"];
  const agent = (request: Parameters<typeof actorOf>[0]) => ({ kind: "agent" as const, actor: actorOf(request) });

  app.get(
    "/api/v1/chats",
    {
      schema: {
        tags,
        summary:
          "The chat queue: chats waiting in your groups (oldest first, with their waiting time) and those you hold",
        response: { 200: z.object({ waiting: z.array(QueuedChatDto), mine: z.array(QueuedChatDto) }) },
      },
    },
    async (request) => {
      const queue = await listChatQueue(deps, actorOf(request));
      return { waiting: queue.waiting.map(presentQueued), mine: queue.mine.map(presentQueued) };
    },
  );

  app.get(
    "/api/v1/chats/queue/stream",
    {
      schema: {
        tags,
        summary: "The chat queue, live (server-sent events)",
        description:
          'Server-sent events: `event: queue` with `data: {"chatId","state"}` whenever a chat starts, is taken, passed on or ends, in any process; refetch GET /api/v1/chats.',
      },
    },
    async (request, reply) => {
      authorizeChat(actorOf(request), "chat.queue");
      const close = await streams.openQueue(sseSink(reply));
      reply.raw.on("close", close);
      if (reply.raw.destroyed || request.raw.destroyed) close();
    },
  );

  app.get(
    "/api/v1/chats/:id",
    {
      schema: {
        tags,
        summary: "A chat you hold or may take, with its messages after a server id",
        params: ChatParams,
        querystring: AfterQuery.omit({ token: true }),
        response: { 200: z.object({ chat: ChatDto, messages: z.array(ChatMessageDto) }) },
      },
    },
    async (request) => {
      const read = await readChat(deps, agent(request), request.params.id, request.query.after);
      return { chat: presentChat(read.chat), messages: read.messages.map(presentChatMessage) };
    },
  );

  app.post(
    "/api/v1/chats/:id/accept",
    {
      schema: {
        tags,
        summary: "Take a waiting chat (its ticket is assigned to you)",
        params: ChatParams,
        response: { 200: ChatDto },
      },
    },
    async (request) => presentChat(await acceptChat(deps, actorOf(request), request.params.id)),
  );

  app.post(
    "/api/v1/chats/:id/transfer",
    {
      schema: {
        tags,
        summary: "Pass a chat you hold to another agent or to a group's queue (exactly one of agentId, groupId)",
        params: ChatParams,
        body: TransferBody,
        response: { 200: ChatDto },
      },
    },
    async (request) => presentChat(await transferChat(deps, actorOf(request), request.params.id, request.body)),
  );

  app.post(
    "/api/v1/chats/:id/messages",
    {
      schema: {
        tags,
        summary:
          "Answer in a chat you hold (a public reply on its ticket: the first one is the ticket's first response)",
        params: ChatParams,
        body: MessageBody,
        response: { 201: ChatMessageDto },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentChatMessage(await postChatMessage(deps, request.params.id, agent(request), request.body))),
  );

  app.post(
    "/api/v1/chats/:id/typing",
    { schema: { tags, summary: "You are typing in a chat (not stored)", params: ChatParams } },
    async (request, reply) => {
      await sendChatTyping(deps, request.params.id, agent(request));
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/v1/chats/:id/end",
    {
      schema: {
        tags,
        summary: "End a chat you hold (its ticket stays to be resolved)",
        params: ChatParams,
        response: { 200: ChatDto },
      },
    },
    async (request) => presentChat(await endChat(deps, request.params.id, agent(request))),
  );

  app.get(
    "/api/v1/chats/:id/stream",
    {
      schema: {
        tags,
        summary: "A chat, live (server-sent events)",
        description: STREAM_DESCRIPTION,
        params: ChatParams,
        querystring: AfterQuery.omit({ token: true }),
      },
    },
    async (request, reply) => {
      const chat = await openChatFor(deps.db, agent(request), request.params.id);
      const close = await streams.open(chat, "agent", resumeFrom(request, request.query.after), sseSink(reply));
      reply.raw.on("close", close);
      if (reply.raw.destroyed || request.raw.destroyed) close();
    },
  );
}
