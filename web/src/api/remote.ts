import { useQuery } from "@tanstack/react-query";
import { client, type ApiBody, type Schema } from "./client.ts";

export type RemoteSession = Schema<"RemoteSession">;
export type RemoteTool = Schema<"RemoteTool">;

export const remoteSessionsKey = (ticketRef: string) => ["ticket", ticketRef, "remote-sessions"] as const;

/** A ticket's remote sessions with the time they ran. */
export function useRemoteSessions(ticketRef: string) {
  return useQuery({
    queryKey: remoteSessionsKey(ticketRef),
    queryFn: () => client.get("/api/v1/tickets/{id}/remote-sessions", { path: { id: ticketRef } }),
  });
}

/** The remote-access tools (staff: the active ones). */
export function useRemoteTools(enabled: boolean) {
  return useQuery({
    queryKey: ["remote-tools"],
    queryFn: () => client.get("/api/v1/remote-tools").then((r) => r.items),
    enabled,
  });
}

export function requestRemoteSession(ticketId: string, body: ApiBody<"/api/v1/tickets/{id}/remote-sessions", "post">) {
  return client.post("/api/v1/tickets/{id}/remote-sessions", { path: { id: ticketId }, body });
}

export function consentRemoteSession(id: string) {
  return client.post("/api/v1/remote-sessions/{id}/consent", { path: { id } });
}

export function startRemoteSession(id: string) {
  return client.post("/api/v1/remote-sessions/{id}/start", { path: { id } });
}

export function endRemoteSession(id: string, body: ApiBody<"/api/v1/remote-sessions/{id}/end", "post">) {
  return client.post("/api/v1/remote-sessions/{id}/end", { path: { id }, body });
}
