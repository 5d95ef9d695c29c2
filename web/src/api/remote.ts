import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { client, type ApiBody, type Schema } from "./client.ts";

export type RemoteSession = Schema<"RemoteSession">;
export type RemoteTool = Schema<"RemoteTool">;
export type RemoteToolInput = ApiBody<"/api/v1/remote-tools", "post">;

export const remoteSessionsKey = (ticketRef: string) => ["ticket", ticketRef, "remote-sessions"] as const;

/** A ticket's remote sessions with the time they ran. */
export function useRemoteSessions(ticketRef: string) {
  return useQuery({
    queryKey: remoteSessionsKey(ticketRef),
    queryFn: () => client.get("/api/v1/tickets/{id}/remote-sessions", { path: { id: ticketRef } }),
  });
}

const remoteToolsKey = ["remote-tools"] as const;

/** The remote-access tools (staff: the active ones; admins: every one, set-aside ones too). */
export function useRemoteTools(enabled: boolean) {
  return useQuery({
    queryKey: remoteToolsKey,
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

/** The requester says no to a session awaiting their consent: it ends cancelled and can never start. */
export function declineRemoteSession(id: string) {
  return client.post("/api/v1/remote-sessions/{id}/decline", { path: { id } });
}

export function startRemoteSession(id: string) {
  return client.post("/api/v1/remote-sessions/{id}/start", { path: { id } });
}

export function endRemoteSession(id: string, body: ApiBody<"/api/v1/remote-sessions/{id}/end", "post">) {
  return client.post("/api/v1/remote-sessions/{id}/end", { path: { id }, body });
}

/** The admin page's writes: add a tool or replace one; each refreshes the list (the console's pickers too). */
export function useRemoteToolWrites() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: remoteToolsKey });
  return {
    create: useMutation({
      mutationFn: (body: RemoteToolInput) => client.post("/api/v1/remote-tools", { body }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: RemoteToolInput }) =>
        client.put("/api/v1/remote-tools/{id}", { path: { id }, body }),
      onSuccess,
    }),
  };
}
