import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { storableText } from "../../shared/storable-text.ts";
import type { ChatChannelRow } from "./chat-channel.store.ts";
import { listChatChannels } from "./list-chat-channels.ts";
import { createChatChannel, updateChatChannel } from "./save-chat-channel.ts";

const ChatChannelDto = z
  .object({
    id: z.uuid(),
    key: z.string().describe("What an embedding puts in data-channel"),
    name: z.string(),
    groupId: z.uuid().nullable().describe("The support group whose chat queue gets its chats; null: routing decides"),
    active: z.boolean(),
    isDefault: z.boolean().describe("The channel of a widget without data-channel, and of the portal"),
    createdAt: z.string(),
  })
  .meta({ id: "ChatChannel" });

const present = (c: ChatChannelRow): z.infer<typeof ChatChannelDto> => ({
  id: c.id,
  key: c.key,
  name: c.name,
  groupId: c.groupId,
  active: c.active,
  isDefault: c.isDefault,
  createdAt: c.createdAt.toISOString(),
});

const Fields = {
  key: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "1–40 lowercase letters, digits or dashes")
    .describe("The embedding's data-channel key: 1–40 lowercase letters, digits or dashes"),
  name: storableText().trim().min(1).max(120),
  groupId: z.uuid().nullable(),
  active: z.boolean(),
  isDefault: z.boolean().describe("true: this channel becomes the default (the previous one stops being it)"),
};
const NewChannel = z.strictObject({
  ...Fields,
  groupId: Fields.groupId.default(null),
  active: Fields.active.optional(),
  isDefault: Fields.isDefault.optional(),
});
const ChannelPatch = z.strictObject({
  key: Fields.key.optional(),
  name: Fields.name.optional(),
  groupId: Fields.groupId.optional(),
  active: Fields.active.optional(),
  isDefault: Fields.isDefault.optional(),
});

/** The chat channels admins manage: each embedding's key and the group whose queue its chats wait in. */
export async function chatChannelRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["chat"];
  app.get(
    "/api/v1/chat/channels",
    {
      schema: {
        tags,
        summary: "The chat channels (admins): keys the widget may use, their queues, the default",
        response: { 200: z.object({ items: z.array(ChatChannelDto) }) },
      },
    },
    async (request) => ({ items: (await listChatChannels(deps, actorOf(request))).map(present) }),
  );

  app.post(
    "/api/v1/chat/channels",
    {
      schema: {
        tags,
        summary: "Add a chat channel (admins; audited)",
        body: NewChannel,
        response: { 201: ChatChannelDto },
      },
    },
    async (request, reply) =>
      reply.status(201).send(present(await createChatChannel(deps, actorOf(request), request.body))),
  );

  app.patch(
    "/api/v1/chat/channels/:id",
    {
      schema: {
        tags,
        summary: "Change a chat channel, switch it off or make it the default (admins; audited)",
        params: z.strictObject({ id: z.uuid() }),
        body: ChannelPatch,
        response: { 200: ChatChannelDto },
      },
    },
    async (request) => present(await updateChatChannel(deps, actorOf(request), request.params.id, request.body)),
  );
}
