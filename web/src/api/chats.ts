import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { client, type ApiBody, type Schema } from "./client.ts";
import type { paths } from "./schema";

/** A chat in the agent's queue, and one message of a chat. */
export type QueuedChat = Schema<"QueuedChat">;
export type ChatMessage = Schema<"ChatMessage">;

export const CHATS_KEY = ["chats"] as const;

/** The chat queue: waiting chats of the agent's groups (with their waiting time) and the chats they hold. */
export function useChatQueue() {
  return useQuery({ queryKey: CHATS_KEY, queryFn: () => client.get("/api/v1/chats"), staleTime: 0 });
}

/** A chat's messages (the stream adds the later ones). */
export function useChat(id: string) {
  return useQuery({
    queryKey: ["chat", id],
    queryFn: () => client.get("/api/v1/chats/{id}", { path: { id }, query: { after: 0 } }),
  });
}

export type ChatAction =
  { id: string; action: "accept" | "end" } | { id: string; action: "transfer"; agentId?: string; groupId?: string };

/** Accept, pass on or end a chat; the queue is fetched again after each. */
export function useChatAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (a: ChatAction) => {
      if (a.action === "transfer")
        return client.post("/api/v1/chats/{id}/transfer", {
          path: { id: a.id },
          body: a.agentId ? { agentId: a.agentId } : { groupId: a.groupId },
        });
      if (a.action === "accept") return client.post("/api/v1/chats/{id}/accept", { path: { id: a.id } });
      return client.post("/api/v1/chats/{id}/end", { path: { id: a.id } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CHATS_KEY }),
  });
}

/** Sends the agent's message in a chat they hold (a public reply on its ticket). */
export function sendChatMessage(id: string, body: string) {
  return client.post("/api/v1/chats/{id}/messages", { path: { id }, body: { body } });
}

/** Tells the visitor the agent is typing. */
export function sendChatTyping(id: string) {
  return client.post("/api/v1/chats/{id}/typing", { path: { id } });
}

const QUEUE_STREAM: keyof paths = "/api/v1/chats/queue/stream";

/** The queue's live stream (`event: queue`): a stream, not JSON, so the typed client does not fetch it. */
export function openChatQueueStream(): EventSource {
  return new EventSource(QUEUE_STREAM);
}

/** One chat's live stream after a server id (`event: message`, `typing`, `state`). */
export function openChatStream(id: string, after: number): EventSource {
  const path: keyof paths = "/api/v1/chats/{id}/stream";
  return new EventSource(`${path.replace("{id}", encodeURIComponent(id))}?after=${after}`);
}

/** A chat channel: the key an embedding puts in data-channel, its group's queue, and whether it is the default. */
export type ChatChannel = Schema<"ChatChannel">;
export type NewChatChannel = ApiBody<"/api/v1/chat/channels", "post">;
export type ChatChannelChange = ApiBody<"/api/v1/chat/channels/{id}", "patch">;

const CHAT_CHANNELS_KEY = ["chat", "channels"] as const;

/** The chat channels (admins), the default first. */
export const useChatChannels = () =>
  useQuery({
    queryKey: CHAT_CHANNELS_KEY,
    queryFn: () => client.get("/api/v1/chat/channels").then((r) => r.items),
  });

/** The admin page's writes; each refreshes the list (making one the default changes another). */
export function useChatChannelWrites() {
  const queryClient = useQueryClient();
  const opts = { onSuccess: () => queryClient.invalidateQueries({ queryKey: CHAT_CHANNELS_KEY }) };
  return {
    create: useMutation({
      mutationFn: (body: NewChatChannel) => client.post("/api/v1/chat/channels", { body }),
      ...opts,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: ChatChannelChange }) =>
        client.patch("/api/v1/chat/channels/{id}", { path: { id }, body }),
      ...opts,
    }),
  };
}
