import { useTranslation } from "react-i18next";
import { useTicketVisits, visitInvitationHref } from "../api/visits.ts";
import { formatDateTime } from "../app/i18n.ts";

/** The visits booked on the requester's ticket: when, where, who, and the invitation for their calendar. */
export function VisitsSection({ ticketId, refKey }: { ticketId: string; refKey: string }) {
  const { t, i18n } = useTranslation("portal");
  const visits = useTicketVisits(refKey, ticketId);
  if (!visits.data || visits.data.length === 0) return null;
  return (
    <section aria-labelledby="visits-title" className="card">
      <h2 id="visits-title">{t("visits.heading")}</h2>
      <ul className="visit-list">
        {visits.data.map((v) => (
          <li key={v.id}>
            {formatDateTime(v.windowStart, i18n.language)} – {formatDateTime(v.windowEnd, i18n.language)},{" "}
            {v.site.label}
            {" — "}
            {t(`visits.status.${v.status}`)} ({v.technicianName}){" "}
            {v.status !== "cancelled" ? (
              <a href={visitInvitationHref(v.id)} download>
                {t("visits.invitation")}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
