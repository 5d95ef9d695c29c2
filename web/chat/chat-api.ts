// The widget's own small client of the chat's visitor endpoints (src/channels/chat/chat.routes.ts): chat.js runs on
// other sites, so it carries no part of the web app. The chat token is the only key; it goes in X-Chat-Token.

export type ChatMessage = {
  id: number;
  sender: "visitor" | "agent" | "system";
  senderName: string;
  body: string;
  attachments: Array<{ id: string; filename: string }>;
  createdAt: string;
};
export type Hours = { open: boolean; opensAt: string | null; timeZone: string };
export type Started = { chatId: string; token: string; ticketNumber: number };
export type Session = Started & { last: number };

export class ChatApiError extends Error {}

export function chatApi(base: string, portal: { csrf: string } | null) {
  const url = (path: string) => `${base}/api/v1/public/chat/${path}`;
  async function send<T>(path: string, init: RequestInit & { token?: string }): Promise<T> {
    const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
    if (init.token) headers["x-chat-token"] = init.token;
    if (typeof init.body === "string") headers["content-type"] = "application/json";
    const res = await fetch(path.startsWith("/") ? `${base}${path}` : url(path), { ...init, headers });
    if (!res.ok) {
      const problem = (await res.json().catch(() => ({}))) as { detail?: string };
      throw new ChatApiError(problem.detail ?? `HTTP ${res.status}`);
    }
    return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
  }
  return {
    hours: () => send<Hours>("hours", {}),
    start: (body: { channel?: string; name?: string; email?: string; message?: string }) =>
      portal
        ? send<Started>("/api/v1/chat/sessions", {
            method: "POST",
            credentials: "same-origin",
            headers: { "x-csrf-token": portal.csrf },
            body: JSON.stringify({ channel: body.channel, message: body.message }),
          })
        : send<Started>("sessions", { method: "POST", body: JSON.stringify(body) }),
    leave: (body: { channel?: string; name: string; email: string; message: string }) =>
      send<{ ticketNumber: number }>("messages", { method: "POST", body: JSON.stringify(body) }),
    say: (s: Session, body: string, attachmentIds: string[]) =>
      send<ChatMessage>(`sessions/${s.chatId}/messages`, {
        method: "POST",
        token: s.token,
        body: JSON.stringify(attachmentIds.length ? { body, attachmentIds } : { body }),
      }),
    typing: (s: Session) => send<void>(`sessions/${s.chatId}/typing`, { method: "POST", token: s.token }),
    end: (s: Session) => send<unknown>(`sessions/${s.chatId}/end`, { method: "POST", token: s.token }),
    upload: (s: Session, file: File) => {
      const form = new FormData();
      form.append("file", file);
      return send<{ id: string }>(`sessions/${s.chatId}/attachments`, { method: "POST", token: s.token, body: form });
    },
    /** Where a file sent in the chat downloads from (a link cannot send the header: the token rides in the query). */
    fileUrl: (s: Session, attachmentId: string) =>
      url(`sessions/${s.chatId}/attachments/${attachmentId}?token=${encodeURIComponent(s.token)}`),
    /** The live stream; EventSource resends Last-Event-ID by itself when it reconnects, so nothing is lost. */
    stream: (s: Session) =>
      new EventSource(url(`sessions/${s.chatId}/stream?after=${s.last}&token=${encodeURIComponent(s.token)}`)),
  };
}
