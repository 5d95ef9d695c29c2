import { useCallback } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import type { LiveEvent } from "../api/live.ts";
import { useLiveEvents } from "./live.ts";
import { NOTIFICATIONS_KEY, useNotifications } from "../api/notifications.ts";

/** The header's bell: how many notifications are unread, live, linking to the list. Staff only (they receive them). */
export function NotificationBell() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const inbox = useNotifications();
  const onEvent = useCallback(
    (event: LiveEvent) => {
      if (event.kind === "notification") void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    },
    [queryClient],
  );
  useLiveEvents(onEvent);
  const unread = inbox.data?.unread ?? 0;
  return (
    <NavLink to="/console/notifications" className="bell" aria-label={t("notifications.bell", { count: unread })}>
      <svg
        aria-hidden="true"
        width="20"
        height="20"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {unread > 0 ? (
        <span className="bell-count" aria-hidden="true">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </NavLink>
  );
}
