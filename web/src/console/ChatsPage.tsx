import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  CHATS_KEY,
  openChatQueueStream,
  openChatStream,
  sendChatMessage,
  sendChatTyping,
  useChat,
  useChatAction,
  useChatQueue,
  type ChatMessage,
  type QueuedChat,
} from "../api/chats.ts";
import { Problem } from "../ui/Problem.tsx";

/** /console/chats: the chat queue (waiting chats with their waiting time, live) and every chat the agent holds. */
export default function ChatsPage() {
  const { t } = useTranslation("console");
  const queue = useChatQueue();
  const act = useChatAction();
  const queryClient = useQueryClient();
  const [, tick] = useState(0);
  useEffect(() => {
    const events = openChatQueueStream();
    events.addEventListener("queue", () => void queryClient.invalidateQueries({ queryKey: CHATS_KEY }));
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => {
      events.close();
      clearInterval(timer);
    };
  }, [queryClient]);
  const fetchedAt = queue.dataUpdatedAt;
  const waited = (c: QueuedChat) => (c.waitingSeconds ?? 0) + Math.floor((Date.now() - fetchedAt) / 1000);
  return (
    <section className="page" aria-labelledby="chats-title">
      <h1 id="chats-title">{t("chats.title")}</h1>
      <Problem error={queue.error ?? act.error} />
      <h2>{t("chats.waiting")}</h2>
      {queue.data && queue.data.waiting.length === 0 ? <p className="empty">{t("chats.noneWaiting")}</p> : null}
      <ul aria-live="polite">
        {(queue.data?.waiting ?? []).map((c) => (
          <li key={c.id}>
            <bdi>{c.visitorName}</bdi> —{" "}
            {t("chats.waited", { minutes: Math.floor(waited(c) / 60), seconds: waited(c) % 60 })}{" "}
            <button type="button" disabled={act.isPending} onClick={() => act.mutate({ id: c.id, action: "accept" })}>
              {t("chats.accept")}
            </button>
          </li>
        ))}
      </ul>
      <h2>{t("chats.mine")}</h2>
      <div className="chats">
        {(queue.data?.mine ?? []).map((c) => (
          <ChatPanel key={c.id} chat={c} />
        ))}
      </div>
    </section>
  );
}

function ChatPanel({ chat }: { chat: QueuedChat }) {
  const { t } = useTranslation("console");
  const initial = useChat(chat.id);
  const act = useChatAction();
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [typing, setTyping] = useState("");
  const [draft, setDraft] = useState("");
  const [target, setTarget] = useState("");
  const [error, setError] = useState<unknown>(null);
  const lastTyping = useRef(0);
  useEffect(() => {
    if (!initial.data) return;
    setMessages(initial.data.messages);
    const after = initial.data.messages.at(-1)?.id ?? 0;
    const events = openChatStream(chat.id, after);
    events.addEventListener("message", (e) => {
      const m = JSON.parse((e as MessageEvent<string>).data) as ChatMessage;
      setMessages((all) => (all.some((x) => x.id === m.id) ? all : [...all, m]));
    });
    events.addEventListener("typing", (e) => {
      setTyping((JSON.parse((e as MessageEvent<string>).data) as { name: string }).name);
      setTimeout(() => setTyping(""), 4000);
    });
    return () => events.close();
  }, [chat.id, initial.data]);
  const send = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.trim()) return;
    sendChatMessage(chat.id, draft).then(() => setDraft(""), setError);
  };
  const onType = (value: string) => {
    setDraft(value);
    if (Date.now() - lastTyping.current > 3000) {
      lastTyping.current = Date.now();
      void sendChatTyping(chat.id).catch(() => undefined);
    }
  };
  const uuid = /^[0-9a-f-]{36}$/i;
  return (
    <article className="card" aria-label={t("chats.with", { name: chat.visitorName })}>
      <h3>
        <bdi>{chat.visitorName}</bdi> · <Link to={`/console/tickets/${chat.ticketNumber}`}>#{chat.ticketNumber}</Link>
      </h3>
      <Problem error={initial.error ?? act.error ?? error} />
      <ol role="log" aria-live="polite" aria-label={t("chats.log")}>
        {messages.map((m) => (
          <li key={m.id}>
            <b>
              <bdi>{m.senderName}</bdi>:
            </b>{" "}
            <bdi>{m.body}</bdi>
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="muted">
        {typing ? t("chats.typing", { name: typing }) : ""}
      </p>
      <form onSubmit={send}>
        <label htmlFor={`chat-${chat.id}`}>{t("chats.message")}</label>
        <textarea
          id={`chat-${chat.id}`}
          rows={2}
          maxLength={5000}
          value={draft}
          onChange={(e) => onType(e.target.value)}
        />
        <button type="submit">{t("chats.send")}</button>
      </form>
      <div className="row">
        <label htmlFor={`transfer-${chat.id}`}>{t("chats.transferTo")}</label>
        <input id={`transfer-${chat.id}`} value={target} onChange={(e) => setTarget(e.target.value)} />
        <button
          type="button"
          disabled={!uuid.test(target)}
          onClick={() => act.mutate({ id: chat.id, action: "transfer", agentId: target })}
        >
          {t("chats.toAgent")}
        </button>
        <button
          type="button"
          disabled={!uuid.test(target)}
          onClick={() => act.mutate({ id: chat.id, action: "transfer", groupId: target })}
        >
          {t("chats.toGroup")}
        </button>
        <button type="button" onClick={() => act.mutate({ id: chat.id, action: "end" })}>
          {t("chats.end")}
        </button>
      </div>
    </article>
  );
}
