import { useTranslation } from "react-i18next";
import { useTicketWhatsapp } from "../api/whatsapp.ts";
import { formatDateTime } from "../app/i18n.ts";
import type { Ticket } from "./types.ts";

/**
 * A WhatsApp ticket's window and deliveries, shown above the reply box: whether free text may still go out (WhatsApp
 * takes only approved templates once 24 hours have passed since the customer last wrote) — said before the agent types
 * — and each reply sent with its delivery (queued, sent, delivered, read, failed: why).
 */
export function WhatsappPanel({ ticket, ticketRef }: { ticket: Ticket; ticketRef: string }) {
  const { t, i18n } = useTranslation(["console", "common"]);
  const query = useTicketWhatsapp(ticketRef, ticket.id, ticket.channel === "whatsapp");
  if (ticket.channel !== "whatsapp" || !query.data) return null;
  const { windowOpen, windowEndsAt, messages } = query.data;
  const outbound = messages.filter((m) => m.direction === "out");
  return (
    <section className="stack" aria-labelledby="whatsapp-panel">
      <h2 id="whatsapp-panel">{t("whatsapp.title")}</h2>
      <p role="status" className={windowOpen ? "notice" : "notice warning"}>
        {windowOpen && windowEndsAt
          ? t("whatsapp.windowOpen", { until: formatDateTime(windowEndsAt, i18n.language) })
          : t("whatsapp.windowClosed")}
      </p>
      {outbound.length > 0 ? (
        <ul className="mail-outgoing">
          {outbound.map((m) => (
            <li key={m.id}>
              {m.template ? t("whatsapp.template", { name: m.template.name }) : t("whatsapp.reply")} ·{" "}
              {formatDateTime(m.createdAt, i18n.language)} · <strong>{t(`whatsapp.status.${m.status}`)}</strong>
              {m.lastError ? <> · {m.lastError}</> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
