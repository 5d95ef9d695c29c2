import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "./api.ts";

/** One in-app notification, as GET /api/v1/notifications answers. */
export type AppNotification = {
  id: string;
  ticketId: string | null;
  kind: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
};

type Inbox = { items: AppNotification[]; unread: number };

export const NOTIFICATIONS_KEY = ["notifications"] as const;

/** The signed-in person's notifications (unread first) and how many are unread; live events refetch it. */
export function useNotifications() {
  return useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: () => api<Inbox>("GET", "/api/v1/notifications?limit=50"),
    // The bell must not show a stale count; the live stream says when to look again.
    staleTime: 0,
  });
}

/** Marks one notification read, or (without an id) all of them. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | null) => (id ? api("POST", `/api/v1/notifications/${id}/read`) : api("POST", "/api/v1/notifications/read-all")),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
