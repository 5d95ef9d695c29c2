import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { client, type Schema } from "./client.ts";

export type TelephonyCall = Schema<"TelephonyCall">;

const callbacksKey = ["telephony", "callbacks"] as const;

/**
 * The callback queue: missed calls not yet called back, the earliest due first. Re-read every minute, since missed
 * calls arrive from the telephone system without anyone on this page doing anything.
 */
export function useCallbacks() {
  return useQuery({
    queryKey: callbacksKey,
    queryFn: () => client.get("/api/v1/telephony/callbacks").then((r) => r.items),
    refetchInterval: 60_000,
  });
}

/** Marks a missed call as called back; it leaves the queue. */
export function useCompleteCallback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.post("/api/v1/telephony/calls/{id}/callback-done", { path: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: callbacksKey }),
  });
}
