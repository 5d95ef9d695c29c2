import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { usePublicSla } from "../api/public.ts";
import { ApiError } from "../app/api.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Problem } from "../ui/Problem.tsx";
import { describeHours, formatTarget, PRIORITY_ORDER, type PublicSla } from "./publicSla.ts";
import { ChannelList, HolidayList, HoursTable, SpecialHoursList } from "./SlaSections.tsx";
import "./public.css";

// The seeded policy is in force "since the epoch" (so old imported tickets find it): no date worth printing.
const knownDate = (iso: string) => Date.parse(iso) > Date.UTC(1971, 0, 1);

/** The published service levels (no sign-in): targets per priority, support hours, holidays, channels, versions. */
export default function SlaPage() {
  const { t, i18n } = useTranslation(["public", "common"]);
  const version = useParams().version;
  const sla = usePublicSla(version);
  const lang = i18n.language;

  if (sla.isPending)
    return (
      <p className="loading" role="status">
        {t("common:loading")}
      </p>
    );
  if (sla.isError) {
    const missing = sla.error instanceof ApiError && sla.error.status === 404;
    return (
      <section className="page medium public" aria-labelledby="sla-title">
        <h1 id="sla-title">{t("sla.title")}</h1>
        {missing && version ? (
          <p>
            {t("sla.versionMissing", { version })} <Link to="/sla">{t("sla.seeCurrent")}</Link>
          </p>
        ) : (
          <Problem error={sla.error} />
        )}
      </section>
    );
  }

  const data = sla.data;
  const current = data.versions.find((v) => v.current);
  const isOld = version !== undefined && current !== undefined && String(current.version) !== version;
  const earlier = data.versions.filter((v) => !v.current).sort((a, b) => b.version - a.version);
  const versionLabel = (v: PublicSla["versions"][number]) =>
    knownDate(v.effectiveFrom)
      ? t(Date.parse(v.effectiveFrom) > Date.now() ? "sla.versionUpcoming" : "sla.versionItem", {
          version: v.version,
          date: formatDateTime(v.effectiveFrom, lang),
        })
      : t("sla.versionNoDate", { version: v.version });
  const priorities = [...data.priorities].sort(
    (a, b) => PRIORITY_ORDER.indexOf(a.priority) - PRIORITY_ORDER.indexOf(b.priority),
  );

  return (
    <article className="page medium public sla" aria-labelledby="sla-title">
      <h1 id="sla-title">{t("sla.title")}</h1>
      {isOld ? (
        <div className="notice old-version" role="note">
          <p>
            <strong>{t("sla.oldNotice", { version: data.policy.version })}</strong>{" "}
            <Link to="/sla">{t("sla.seeCurrent")}</Link>
          </p>
        </div>
      ) : null}
      <p className="lead">{t("sla.intro")}</p>
      <p className="hint">
        {knownDate(data.policy.effectiveFrom)
          ? t("sla.policy", {
              name: data.policy.name,
              version: data.policy.version,
              date: formatDateTime(data.policy.effectiveFrom, lang),
            })
          : t("sla.policyNoDate", { name: data.policy.name, version: data.policy.version })}
      </p>

      <section aria-labelledby="targets-title">
        <h2 id="targets-title">{t("sla.targetsTitle")}</h2>
        <p className="hint">{t("sla.targetsHint")}</p>
        <ul className="priority-grid">
          {priorities.map((p) => {
            const calendar = data.calendars.find((c) => c.id === p.calendar.id);
            return (
              <li key={p.priority} className="card priority-card">
                <h3>
                  <span className={`badge ${p.priority}`}>{t(`common:priority.${p.priority}`)}</span>
                </h3>
                <p className="description">{t(`common:priorityDescription.${p.priority}`)}</p>
                <dl>
                  <div>
                    <dt>{t("sla.respondWithin")}</dt>
                    <dd>{formatTarget(p.respondMinutes, t)}</dd>
                  </div>
                  <div>
                    <dt>{t("sla.resolveWithin")}</dt>
                    <dd>{formatTarget(p.resolveMinutes, t)}</dd>
                  </div>
                  <div className="counted">
                    <dt>{t("sla.countedIn")}</dt>
                    <dd>{calendar ? `${calendar.name} (${describeHours(calendar, lang, t)})` : p.calendar.name}</dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="hours-title">
        <h2 id="hours-title">{t("sla.hoursTitle")}</h2>
        {isOld && data.calendarsAsOf ? (
          <p className="hint">{t("sla.hoursAsOf", { date: formatDateTime(data.calendarsAsOf, lang) })}</p>
        ) : null}
        {data.calendars.map((calendar) => (
          <HoursTable key={calendar.id} calendar={calendar} />
        ))}
      </section>

      <section aria-labelledby="holidays-title">
        <h2 id="holidays-title">{isOld ? t("sla.holidaysTitleThen") : t("sla.holidaysTitle")}</h2>
        <HolidayList
          calendars={data.calendars}
          from={isOld && data.calendarsAsOf ? data.calendarsAsOf.slice(0, 10) : undefined}
        />
      </section>

      <SpecialHoursList
        calendars={data.calendars}
        from={isOld && data.calendarsAsOf ? data.calendarsAsOf.slice(0, 10) : undefined}
      />

      <section aria-labelledby="channels-title">
        <h2 id="channels-title">{t("sla.channelsTitle")}</h2>
        <ChannelList channels={data.channels} />
      </section>

      {earlier.length > 0 || isOld ? (
        <section aria-labelledby="versions-title">
          <h2 id="versions-title">{t("sla.versionsTitle")}</h2>
          <ul className="versions">
            {current && isOld ? (
              <li>
                <Link to="/sla">
                  {knownDate(current.effectiveFrom)
                    ? t("sla.versionCurrent", {
                        version: current.version,
                        date: formatDateTime(current.effectiveFrom, lang),
                      })
                    : t("sla.versionCurrentNoDate", { version: current.version })}
                </Link>
              </li>
            ) : null}
            {earlier.map((v) => (
              <li key={v.version}>
                {version === String(v.version) ? (
                  <span aria-current="page">{versionLabel(v)}</span>
                ) : (
                  <Link to={`/sla/versions/${v.version}`}>{versionLabel(v)}</Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
