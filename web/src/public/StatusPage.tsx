import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../app/api.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Problem } from "../ui/Problem.tsx";
import "./public.css";

type Status = { checkedAt: string; incidents: Array<{ number: number; subject: string; priority: string; status: string; since: string }> };

/** Public service status (no sign-in): open critical incidents, refreshed every minute. */
export default function StatusPage() {
  const { t, i18n } = useTranslation("public");
  const status = useQuery({
    queryKey: ["public", "status"],
    queryFn: () => api<Status>("GET", "/api/v1/public/status"),
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
    retry: false,
  });
  const lang = i18n.language;
  const disabled = status.error instanceof ApiError && status.error.status === 404;
  const incidents = status.data?.incidents ?? [];

  return (
    <section className="page medium public status-page" aria-labelledby="status-title">
      <h1 id="status-title">{t("status.title")}</h1>
      {status.isPending ? <p className="loading" role="status">{t("common:loading")}</p> : null}
      {disabled ? (
        <div className="card">
          <p>{t("status.disabled")}</p>
        </div>
      ) : status.isError && !status.data ? (
        <Problem error={status.error} />
      ) : null}

      {status.data && !disabled ? (
        <>
          <div className="status-summary" aria-live="polite" aria-atomic="true">
            {incidents.length === 0 ? (
              <p className="all-good">
                <span aria-hidden="true" className="status-icon">✓</span> {t("status.allGood")}
              </p>
            ) : (
              <p className="trouble">
                <span aria-hidden="true" className="status-icon">!</span> {t("status.incidents", { count: incidents.length })}
              </p>
            )}
          </div>
          {incidents.length > 0 ? (
            <ul className="incident-list">
              {incidents.map((incident) => (
                <li key={incident.number} className="card incident">
                  <h2>
                    <span className="number">#{incident.number}</span> <bdi>{incident.subject}</bdi>
                  </h2>
                  <p className="row">
                    <span className={`badge ${incident.priority}`}>{t(`common:priority.${incident.priority}`, { defaultValue: incident.priority })}</span>
                    <span>{t(`common:status.${incident.status}`, { defaultValue: incident.status })}</span>
                    <span>
                      {t("status.since")} <time dateTime={incident.since}>{formatDateTime(incident.since, lang)}</time>
                    </span>
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="hint">
            {t("status.checkedAt", { time: formatDateTime(status.data.checkedAt, lang) })} {t("status.autoRefresh")}
          </p>
          {status.isError && !disabled ? <p className="hint">{t("status.stale")}</p> : null}
        </>
      ) : null}
    </section>
  );
}
