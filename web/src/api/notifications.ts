import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { client, type Schema } from "./client.ts";

/** One in-app notification, as GET /api/v1/notifications answers. */
export type AppNotification = Schema<"Notification">;

export const NOTIFICATIONS_KEY = ["notifications"] as const;

/** The signed-in person's notifications (unread first) and how many are unread; live events refetch it. */
export function useNotifications() {
  return useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: () => client.get("/api/v1/notifications", { query: { limit: 50 } }),
    // The bell must not show a stale count; the live stream says when to look again.
    staleTime: 0,
  });
}

/** Marks one notification read, or (without an id) all of them. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string | null) => {
      if (id) await client.post("/api/v1/notifications/{id}/read", { path: { id } });
      else await client.post("/api/v1/notifications/read-all");
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
