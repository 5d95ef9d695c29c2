import { useTranslation } from "react-i18next";
import { usePublicStatus } from "../api/public.ts";
import { ApiError } from "../app/api.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Problem } from "../ui/Problem.tsx";
import "./public.css";

/** Public service status (no sign-in): the incidents staff published, with their public updates, refreshed every minute. */
export default function StatusPage() {
  const { t, i18n } = useTranslation(["public", "common"]);
  const status = usePublicStatus();
  const lang = i18n.language;
  const disabled = status.error instanceof ApiError && status.error.status === 404;
  const incidents = status.data?.incidents ?? [];
  const open = incidents.filter((i) => !i.resolved);

  return (
    <section className="page medium public status-page" aria-labelledby="status-title">
      <h1 id="status-title">{t("status.title")}</h1>
      {status.isPending ? (
        <p className="loading" role="status">
          {t("common:loading")}
        </p>
      ) : null}
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
            {open.length === 0 ? (
              <p className="all-good">
                <span aria-hidden="true" className="status-icon">
                  ✓
                </span>{" "}
                {t("status.allGood")}
              </p>
            ) : (
              <p className="trouble">
                <span aria-hidden="true" className="status-icon">
                  !
                </span>{" "}
                {t("status.incidents", { count: open.length })}
              </p>
            )}
          </div>
          {incidents.length > 0 ? (
            <ul className="incident-list">
              {incidents.map((incident) => (
                <li key={incident.number} className="card incident">
                  <h2>
                    <bdi>{incident.title}</bdi>
                  </h2>
                  <p className="row">
                    <span className={`badge ${incident.resolved ? "status" : "critical"}`}>
                      {incident.resolved ? t("status.resolved") : t("status.ongoing")}
                    </span>
                    <span>
                      {t("status.since")} <time dateTime={incident.since}>{formatDateTime(incident.since, lang)}</time>
                    </span>
                    {incident.resolvedAt ? (
                      <span>
                        {t("status.resolvedAt")}{" "}
                        <time dateTime={incident.resolvedAt}>{formatDateTime(incident.resolvedAt, lang)}</time>
                      </span>
                    ) : null}
                  </p>
                  {incident.updates.length > 0 ? (
                    <ol className="incident-updates">
                      {[...incident.updates].reverse().map((u) => (
                        <li key={u.at + u.body}>
                          <time dateTime={u.at}>{formatDateTime(u.at, lang)}</time> <bdi>{u.body}</bdi>
                        </li>
                      ))}
                    </ol>
                  ) : null}
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
