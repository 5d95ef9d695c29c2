import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../app/i18n.ts";
import { useMarkRead, useNotifications } from "../api/notifications.ts";
import { Problem } from "../ui/Problem.tsx";

/** /console/notifications: the signed-in person's in-app notifications (SLA warnings, breaches, escalations), live. */
export default function NotificationsPage() {
  const { t, i18n } = useTranslation(["console", "common"]);
  const inbox = useNotifications();
  const mark = useMarkRead();
  const unread = inbox.data?.unread ?? 0;
  return (
    <section className="page medium" aria-labelledby="notifications-title">
      <div className="row" style={{ justifyContent: "space-between", alignItems: "center" }}>
        <h1 id="notifications-title">{t("notifications.title")}</h1>
        <button type="button" disabled={unread === 0 || mark.isPending} onClick={() => mark.mutate(null)}>
          {t("notifications.markAll")}
        </button>
      </div>
      <p className="muted" role="status">
        {inbox.data ? t("notifications.unread", { count: unread }) : null}
      </p>
      <Problem error={inbox.error ?? mark.error} />
      {inbox.isPending ? <p className="loading">{t("common:loading")}</p> : null}
      {inbox.data && inbox.data.items.length === 0 ? <p className="empty">{t("notifications.none")}</p> : null}
      <ul className="notifications">
        {(inbox.data?.items ?? []).map((n) => (
          <li key={n.id} className={n.readAt ? undefined : "unread"}>
            <div>
              <div>
                {n.readAt ? null : <span className="visually-hidden">{t("notifications.new")} </span>}
                {n.ticketId ? (
                  <Link to={`/console/tickets/${n.ticketId}`}>
                    <bdi>{n.title}</bdi>
                  </Link>
                ) : n.articleId ? (
                  <Link to={`/console/kb/${n.articleId}/edit`}>
                    <bdi>{n.title}</bdi>
                  </Link>
                ) : (
                  <bdi>{n.title}</bdi>
                )}
              </div>
              {n.body ? <div dir="auto">{n.body}</div> : null}
              <div className="muted-small">
                <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language)}</time>
              </div>
            </div>
            {n.readAt ? null : (
              <button
                type="button"
                className="link"
                disabled={mark.isPending}
                onClick={() => mark.mutate(n.id)}
                aria-label={t("notifications.markOneLabel", { title: n.title })}
              >
                {t("notifications.markOne")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
