import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../app/api.ts";
import { formatDateTime } from "../app/i18n.ts";
import { describeHours, formatTarget, isAroundTheClock, type PublicSla } from "../public/publicSla.ts";
import type { Impact, Priority, Urgency } from "./types.ts";

type Preview = {
  priority: Priority;
  targets: Array<{ clock: "first_response" | "resolution" | "next_reply"; minutes: number; calendarId: string; calendarName: string; deadline: string | null }>;
};
type Matrix = Record<Impact, Record<Urgency, Priority>>;
type Offer = { priority: Priority; respond: number; resolve: number; calendarId: string; calendarName: string; respondBy: string | null; resolveBy: string | null };

type Facts = { organizationId: string; categoryId: string; impact: Impact | ""; urgency: Urgency | "" };

/**
 * What the chosen answers promise, before the request is sent: POST /api/v1/sla/preview when the caller may use it
 * (it knows the policy for this organization and category, and the deadlines); otherwise the priority matrix and the
 * published service levels (GET /api/v1/public/sla), which give the same targets for the standard policy.
 */
export function SlaPromise({ organizationId, categoryId, impact, urgency }: Facts) {
  const { t, i18n } = useTranslation(["portal", "public"]);
  const chosen = impact !== "" && urgency !== "";
  const [previewRefused, setPreviewRefused] = useState(false);

  const preview = useQuery({
    queryKey: ["portal", "sla-preview", { organizationId, categoryId, impact, urgency }],
    queryFn: async () => {
      try {
        return await api<Preview>("POST", "/api/v1/sla/preview", {
          organizationId,
          type: "incident",
          channel: "portal",
          categoryId: categoryId || null,
          impact,
          urgency,
        });
      } catch (error) {
        // Requesters may not be allowed the staff preview: fall back to the published targets from then on.
        if (error instanceof ApiError && (error.status === 403 || error.status === 404)) setPreviewRefused(true);
        throw error;
      }
    },
    enabled: chosen && !previewRefused,
    retry: false,
    staleTime: 60_000,
  });
  const published = useQuery({ queryKey: ["public", "sla"], queryFn: () => api<PublicSla>("GET", "/api/v1/public/sla"), retry: false, staleTime: 5 * 60_000 });
  const matrix = useQuery({
    queryKey: ["portal", "priority-matrix"],
    queryFn: () => api<Matrix>("GET", "/api/v1/settings/priority-matrix"),
    enabled: chosen && (previewRefused || preview.isError),
    staleTime: 5 * 60_000,
  });

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
  } else if (chosen && matrix.data && published.data) {
    const priority = matrix.data[impact as Impact][urgency as Urgency];
    const target = published.data.priorities.find((p) => p.priority === priority);
    if (target) {
      promise = { priority, respond: target.respondMinutes, resolve: target.resolveMinutes, calendarId: target.calendar.id, calendarName: target.calendar.name, respondBy: null, resolveBy: null };
    }
  }

  const waiting = chosen && !promise && (preview.isFetching || matrix.isFetching || published.isPending);
  const calendar = promise ? published.data?.calendars.find((c) => c.id === promise.calendarId) : undefined;
  let sentence = "";
  if (promise) {
    const times = { respond: formatTarget(promise.respond, t), resolve: formatTarget(promise.resolve, t) };
    if (calendar && isAroundTheClock(calendar)) sentence = t("promise.withinAlways", times);
    else if (calendar) sentence = t("promise.withinHours", { ...times, hours: describeHours(calendar, i18n.language, t) });
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
            {t("new.promisePriority")} <span className={`badge ${promise.priority}`}>{t(`common:priority.${promise.priority}`)}</span>
          </p>
          {promise.respondBy && promise.resolveBy ? (
            <p className="hint">
              {t("new.promiseDeadlines", { respondBy: formatDateTime(promise.respondBy, i18n.language), resolveBy: formatDateTime(promise.resolveBy, i18n.language) })}
            </p>
          ) : null}
        </>
      ) : null}
      {chosen && !promise && !waiting ? <p>{t("new.promiseUnavailable")}</p> : null}
    </div>
  );
}
