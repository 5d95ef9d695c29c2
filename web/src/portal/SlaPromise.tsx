import { useTranslation } from "react-i18next";
import { usePublicSla } from "../api/public.ts";
import { useSlaPreview } from "../api/sla.ts";
import { formatDateTime } from "../app/i18n.ts";
import { describeHours, formatTarget } from "../public/publicSla.ts";
import type { Impact, Priority, Urgency } from "./types.ts";

type Offer = {
  priority: Priority;
  respond: number;
  resolve: number;
  calendarId: string;
  calendarName: string;
  respondBy: string | null;
  resolveBy: string | null;
};

type Facts = { organizationId: string; categoryId: string; impact: Impact | ""; urgency: Urgency | "" };

/**
 * What the chosen answers promise, before the request is sent: the server's preview (POST /api/v1/sla/preview) knows
 * the policy for this organization and category, the matrix and the deadlines. The browser keeps no copy of the
 * matrix to guess with: without a preview it says the desk will confirm the times.
 */
export function SlaPromise({ organizationId, categoryId, impact, urgency }: Facts) {
  const { t, i18n } = useTranslation(["portal", "public", "common"]);
  const chosen = impact !== "" && urgency !== "";
  const preview = useSlaPreview(
    {
      organizationId,
      type: "incident",
      channel: "portal",
      categoryId: categoryId || null,
      ...(chosen ? { impact, urgency } : {}),
    },
    { enabled: chosen && Boolean(organizationId) },
  );
  // The calendar's hours, to say "within 4 working hours (Mon–Fri 9:00–17:00)".
  const published = usePublicSla();

  let promise: Offer | null = null;
  if (chosen && preview.data) {
    const respond = preview.data.targets.find((x) => x.clock === "first_response");
    const resolve = preview.data.targets.find((x) => x.clock === "resolution");
    if (respond && resolve) {
      promise = {
        priority: preview.data.priority,
        respond: respond.minutes,
        resolve: resolve.minutes,
        calendarId: resolve.calendarId,
        calendarName: resolve.calendarName,
        respondBy: respond.deadline,
        resolveBy: resolve.deadline,
      };
    }
  }

  const waiting = chosen && !promise && preview.isFetching;
  const calendar = promise ? published.data?.calendars.find((c) => c.id === promise.calendarId) : undefined;
  let sentence = "";
  if (promise) {
    const times = { respond: formatTarget(promise.respond, t), resolve: formatTarget(promise.resolve, t) };
    if (calendar?.alwaysOpen) sentence = t("promise.withinAlways", times);
    else if (calendar)
      sentence = t("promise.withinHours", { ...times, hours: describeHours(calendar, i18n.language, t) });
    else sentence = t("promise.withinCalendar", { ...times, calendar: promise.calendarName });
  }

  return (
    <div className="card sla-promise" aria-live="polite" aria-atomic="true">
      <h2>{t("new.promiseTitle")}</h2>
      {!chosen ? <p>{t("new.promiseChoose")}</p> : null}
      {waiting ? <p>{t("new.promiseLoading")}</p> : null}
      {promise ? (
        <>
          <p className="promise-sentence">{sentence}</p>
          <p className="hint">
            {t("new.promisePriority")}{" "}
            <span className={`badge ${promise.priority}`}>{t(`common:priority.${promise.priority}`)}</span>
          </p>
          {promise.respondBy && promise.resolveBy ? (
            <p className="hint">
              {t("new.promiseDeadlines", {
                respondBy: formatDateTime(promise.respondBy, i18n.language),
                resolveBy: formatDateTime(promise.resolveBy, i18n.language),
              })}
            </p>
          ) : null}
        </>
      ) : null}
      {chosen && !promise && !waiting ? <p>{t("new.promiseUnavailable")}</p> : null}
    </div>
  );
}
