import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useVisits, type Visit } from "../api/visits.ts";
import { formatDateTime } from "../app/i18n.ts";
import { useSession } from "../app/session.tsx";
import { Problem } from "../ui/Problem.tsx";

/** Midnight of the viewer's day and of the day a week later, as instants. */
function today(): { start: Date; end: Date; weekEnd: Date } {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  const weekEnd = new Date(start);
  weekEnd.setDate(weekEnd.getDate() + 7);
  return { start, end, weekEnd };
}

/** /console/visits: the signed-in technician's visits today and over the coming week, in order, with their tickets. */
export default function DayViewPage() {
  const { t, i18n } = useTranslation(["console", "common"]);
  const { me } = useSession();
  const { start, end, weekEnd } = today();
  const week = useVisits(start.toISOString(), weekEnd.toISOString(), me?.id ?? "");
  const items = week.data ?? [];
  const isToday = (v: Visit) => new Date(v.windowStart) < end;
  const list = (visits: Visit[]) =>
    visits.length === 0 ? (
      <p className="empty">{t("visits.none")}</p>
    ) : (
      <ol className="visit-list">
        {visits.map((v) => (
          <li key={v.id}>
            <Link to={`/console/visits/${v.id}`}>
              {formatDateTime(v.windowStart, i18n.language)} – {formatDateTime(v.windowEnd, i18n.language)}
            </Link>{" "}
            <span className="badge">{t(`visits.status.${v.status}`)}</span>{" "}
            <Link to={`/console/tickets/${v.ticketNumber}`}>
              #{v.ticketNumber} {v.ticketSubject}
            </Link>{" "}
            — {v.site.label}
          </li>
        ))}
      </ol>
    );
  return (
    <section className="page medium" aria-labelledby="day-view-title">
      <h1 id="day-view-title">{t("visits.dayTitle")}</h1>
      <Problem error={week.error} />
      {week.isPending ? <p className="loading">{t("common:loading")}</p> : null}
      <h2>{t("visits.today")}</h2>
      {list(items.filter(isToday))}
      <h2>{t("visits.thisWeek")}</h2>
      {list(items.filter((v) => !isToday(v)))}
    </section>
  );
}
