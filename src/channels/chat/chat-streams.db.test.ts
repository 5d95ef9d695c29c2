import { beforeEach, expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { acceptChat } from "./accept-chat.ts";
import { findChatUnscoped } from "./chat.store.ts";
import { chatStreams, type ChatSink } from "./chat-streams.ts";
import { ensureChatChannels } from "./ensure-chat-channels.ts";
import { postChatMessage } from "./post-chat-message.ts";
import { startChat } from "./start-chat.ts";

/** A sink that keeps what a stream wrote, and the message ids in the order they came. */
function collect() {
  const chunks: string[] = [];
  const sink: ChatSink = {
    begin: () => undefined,
    write: (c) => void chunks.push(c),
    buffered: () => 0,
    end: () => undefined,
  };
  const ids = () => [...chunks.join("").matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
  return { sink, chunks, ids };
}

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describeEachEngine("chat streams", (ctx) => {
  beforeEach(() => ensureChatChannels(ctx.deps));
  it("sends what is stored after the client's last id, then each message as it is committed, none twice", async () => {
    const w = await buildWorkspace(ctx.deps);
    const started = await startChat(ctx.deps, null, {
      channel: "website",
      name: "Sana",
      email: "sana@example.com",
      message: "hi",
    });
    await acceptChat(ctx.deps, w.agent, started.chatId);
    const visitor = { kind: "visitor" } as const;
    const agent = { kind: "agent", actor: w.agent } as const;
    const first = await postChatMessage(ctx.deps, started.chatId, visitor, { body: "one" });
    const streams = chatStreams(ctx.deps);
    const chat = (await findChatUnscoped(ctx.deps.db, started.chatId))!;

    const fromStart = collect();
    const closeA = await streams.open(chat, "agent", 0, fromStart.sink);
    const resumed = collect();
    const closeB = await streams.open(chat, "visitor", first.id, resumed.sink);
    const later = await Promise.all([
      postChatMessage(ctx.deps, started.chatId, agent, { body: "two" }),
      postChatMessage(ctx.deps, started.chatId, visitor, { body: "three" }),
    ]);
    const all = [first.id, ...later.map((m) => m.id)];
    await until(() => fromStart.ids().length >= 5 && resumed.ids().length >= 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(fromStart.ids()).toHaveLength(5); // "hi", "joined", one, two, three
    expect(fromStart.ids()).toEqual([...fromStart.ids()].sort((a, b) => a - b));
    expect(resumed.ids()).toEqual(all.slice(1).sort((a, b) => a - b));
    expect(fromStart.chunks.join("")).toContain("event: state");
    closeA();
    closeB();
    expect(streams.count()).toBe(0);
  });

  it("passes typing on to the other side only, and refuses a flood of streams of one chat", async () => {
    await buildWorkspace(ctx.deps);
    const started = await startChat(ctx.deps, null, { channel: "website", name: "Sana", email: "sana@example.com" });
    const chat = (await findChatUnscoped(ctx.deps.db, started.chatId))!;
    const streams = chatStreams(ctx.deps, { maxPerChat: 2 });
    const own = collect();
    const closes = [
      await streams.open(chat, "visitor", 0, own.sink),
      await streams.open(chat, "visitor", 0, collect().sink),
    ];
    await expect(streams.open(chat, "visitor", 0, collect().sink)).rejects.toMatchObject({
      code: "CHAT_STREAMS_EXCEEDED",
    });
    const { sendChatTyping } = await import("./send-chat-typing.ts");
    await sendChatTyping(ctx.deps, chat.id, { kind: "visitor" });
    await new Promise((r) => setTimeout(r, 200));
    expect(own.chunks.join("")).not.toContain("event: typing");
    closes.forEach((c) => c());
  });

  it("tells the queue's streams when a chat starts and when it is taken", async () => {
    const w = await buildWorkspace(ctx.deps);
    const streams = chatStreams(ctx.deps);
    const queue = collect();
    const close = await streams.openQueue(queue.sink);
    const started = await startChat(ctx.deps, null, { channel: "website", name: "Sana", email: "sana@example.com" });
    await acceptChat(ctx.deps, w.agent, started.chatId);
    await until(() => queue.chunks.join("").includes('"state":"active"'));
    expect(queue.chunks.join("")).toContain(`{"chatId":"${started.chatId}","state":"waiting"}`);
    close();
  });
});
