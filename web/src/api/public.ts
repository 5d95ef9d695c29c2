import { useQuery } from "@tanstack/react-query";
import type { ApiOptions } from "../app/api.ts";
import { client, type ApiAnswer, type ApiBody } from "./client.ts";

// What anyone may read or send without signing in: the published service levels, the status page, and the
// consultation form with its mailed confirmation.

export type PublicSla = ApiAnswer<"/api/v1/public/sla", "get">;
export type PublicStatus = ApiAnswer<"/api/v1/public/status", "get">;
export type ConsultationAccepted = ApiAnswer<"/api/v1/public/consultations", "post">;

export const publicKeys = {
  sla: (version: string | undefined) => ["public", "sla", version ?? "current"] as const,
  status: ["public", "status"] as const,
};

/** The service levels in force (no version) or as they were published at one version. */
export function usePublicSla(version?: string) {
  const queryFn = () =>
    version
      ? client.get("/api/v1/public/sla/versions/{version}", { path: { version } })
      : client.get("/api/v1/public/sla");
  return useQuery({ queryKey: publicKeys.sla(version), queryFn, retry: false, staleTime: 5 * 60_000 });
}

/** The incidents staff published, refreshed each minute while the page is open. */
export function usePublicStatus() {
  return useQuery({
    queryKey: publicKeys.status,
    queryFn: () => client.get("/api/v1/public/status"),
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
    retry: false,
  });
}

export function requestConsultation(body: ApiBody<"/api/v1/public/consultations", "post">, options: ApiOptions = {}) {
  return client.post("/api/v1/public/consultations", { body, ...options });
}

/** The link mailed to a consultation's address: confirms who asked and links the ticket to them. */
export function confirmConsultation(token: string) {
  return client.post("/api/v1/public/consultations/confirm", { body: { token } });
}
