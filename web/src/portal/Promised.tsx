import { useTranslation } from "react-i18next";
import { formatDateTime } from "../app/i18n.ts";
import type { Ticket } from "./types.ts";

/**
 * The promised times of a ticket as its requester reads them: when we will respond and resolve by, paused while
 * waiting on them or on hold, or when it was resolved. `compact` is the one-line form of the list.
 */
export function Promised({ ticket, compact = false }: { ticket: Ticket; compact?: boolean }) {
  const { t, i18n } = useTranslation(["portal", "common"]);
  const lang = i18n.language;
  const lines: Array<{ key: string; text: string }> = [];
  if (ticket.status === "resolved" || ticket.status === "closed") {
    const when = ticket.resolvedAt ?? ticket.closedAt;
    if (when) lines.push({ key: "done", text: t("promise.resolvedAt", { time: formatDateTime(when, lang) }) });
  } else {
    if (ticket.sla?.responseDueAt)
      lines.push({
        key: "respond",
        text: t("promise.respondBy", { time: formatDateTime(ticket.sla.responseDueAt, lang) }),
      });
    if (ticket.sla?.resolutionDueAt)
      lines.push({
        key: "resolve",
        text: t("promise.resolveBy", { time: formatDateTime(ticket.sla.resolutionDueAt, lang) }),
      });
    if (ticket.status === "pending") lines.push({ key: "paused", text: t("promise.pausedPending") });
    else if (ticket.status === "on_hold") lines.push({ key: "paused", text: t("promise.pausedOnHold") });
    else if (lines.length === 0 && !ticket.sla) lines.push({ key: "none", text: t("promise.none") });
  }
  const late = ticket.sla?.breached && ticket.status !== "closed";
  if (compact) {
    return (
      <p className="promised compact">
        {late ? <span className="badge breached">{t("promise.late")}</span> : null}
        {lines.map((l) => (
          <span key={l.key}>{l.text}</span>
        ))}
      </p>
    );
  }
  return (
    <div className="promised">
      {late ? (
        <p>
          <span className="badge breached">{t("promise.late")}</span> {t("promise.lateExplained")}
        </p>
      ) : null}
      <ul>
        {lines.map((l) => (
          <li key={l.key}>{l.text}</li>
        ))}
      </ul>
    </div>
  );
}
