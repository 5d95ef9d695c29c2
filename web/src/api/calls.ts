import type { ApiOptions } from "../app/api.ts";
import { client, type ApiAnswer, type ApiBody } from "./client.ts";

/** A person whose number matched, with their open tickets. */
export type CallerMatch = ApiAnswer<"/api/v1/calls/lookup", "get">["matches"][number];

/** The people whose phone number matches, with their open tickets (a call is answered knowing who it is). */
export function lookupCaller(number: string) {
  return client.get("/api/v1/calls/lookup", { query: { number } });
}

/** Logs a call: a new ticket, one resolved on the call, or an update to an existing one. */
export function logCall(body: ApiBody<"/api/v1/calls", "post">, options: ApiOptions = {}) {
  return client.post("/api/v1/calls", { body, ...options });
}

/** Logs by hand a chat held outside the desk: a ticket asked at askedAt and, when given, answered at answeredAt. */
export function logChatInteraction(body: ApiBody<"/api/v1/chat-interactions", "post">, options: ApiOptions = {}) {
  return client.post("/api/v1/chat-interactions", { body, ...options });
}
