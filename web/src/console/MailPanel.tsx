import { useTranslation } from "react-i18next";
import { ticketFileUrl, useTicketMail, type InboundMail, type MailDelivery } from "../api/mail.ts";
import { formatDateTime } from "../app/i18n.ts";
import type { Ticket } from "./types.ts";

/**
 * One inbound mail as it arrived: sender, recipients and Cc, the body above its quoted history, the quoted history
 * folded (never dropped), and the original message. HTML mail, though sanitised by the server (parse-mail.ts), is still
 * shown only inside a sandboxed frame: no script runs there and it cannot reach our origin, whatever slipped through.
 */
function InboundMailView({ mail, ticketId }: { mail: InboundMail; ticketId: string }) {
  const { t, i18n } = useTranslation(["console", "common"]);
  const quoted = mail.quotedHtml || mail.quotedText;
  const fresh = mail.bodyHtml !== null ? (mail.bodyHtml.trim() ? mail.bodyHtml : null) : null;
  const empty = !fresh && !(mail.bodyText ?? "").trim();
  return (
    <li className="mail-view stack" aria-label={t("mail.from", { address: mail.fromAddress ?? "?" })}>
      <dl className="mail-headers">
        <dt>{t("mail.fromLabel")}</dt>
        <dd dir="ltr">{mail.fromAddress ?? t("mail.unknown")}</dd>
        <dt>{t("mail.toLabel")}</dt>
        <dd dir="ltr">{mail.toAddresses.join(", ")}</dd>
        {mail.ccAddresses.length > 0 ? (
          <>
            <dt>{t("mail.ccLabel")}</dt>
            <dd dir="ltr">{mail.ccAddresses.join(", ")}</dd>
          </>
        ) : null}
        <dt>{t("mail.subjectLabel")}</dt>
        <dd>{mail.subject}</dd>
        <dt>{t("mail.receivedLabel")}</dt>
        <dd>{formatDateTime(mail.receivedAt, i18n.language)}</dd>
      </dl>
      {fresh ? <MailHtml html={fresh} title={t("mail.body")} /> : <pre className="mail-body">{mail.bodyText}</pre>}
      {quoted ? (
        // A mail that is nothing but quotes (a bare forward) opens unfolded: there is nothing else to read.
        <details className="mail-quoted" open={empty}>
          <summary>{t("mail.quoted")}</summary>
          {mail.quotedHtml ? (
            <MailHtml html={mail.quotedHtml} title={t("mail.quoted")} />
          ) : (
            <pre>{mail.quotedText}</pre>
          )}
        </details>
      ) : null}
      {mail.attachmentId ? (
        <p>
          <a href={ticketFileUrl(ticketId, mail.attachmentId)} download="original.eml">
            {t("mail.viewOriginal")}
          </a>
        </p>
      ) : null}
    </li>
  );
}

/** Sanitised mail HTML in a frame with every sandbox restriction (no scripts, no forms, an opaque origin). */
function MailHtml({ html, title }: { html: string; title: string }) {
  return <iframe className="mail-html" title={title} sandbox="" srcDoc={html} />;
}

/** One outgoing mail's delivery: queued (kept in the local outbox without SMTP_URL), sent, retrying or not delivered. */
export function DeliveryBadge({ delivery }: { delivery: MailDelivery }) {
  const { t } = useTranslation(["console", "common"]);
  switch (delivery.state) {
    case "sent":
      return <span className="badge met">{t("mail.sent")}</span>;
    case "retrying":
      return <span className="badge warning">{t("mail.retrying", { error: delivery.detail ?? "" })}</span>;
    case "not-delivered":
      return <span className="badge breached">{t("mail.notDelivered", { error: delivery.detail ?? "" })}</span>;
    default:
      return <span className="badge stopped">{t("mail.queued")}</span>;
  }
}

/** The mail behind an email ticket (staff): what came in, and whether each mail we sent left ("queued" without SMTP_URL). */
export function MailPanel({ ticket, ticketRef }: { ticket: Ticket; ticketRef: string }) {
  const { t, i18n } = useTranslation(["console", "common"]);
  const query = useTicketMail(ticketRef, ticket.id, ticket.channel === "email");
  if (ticket.channel !== "email" || !query.data) return null;
  return (
    <section className="stack" aria-labelledby="mail-panel">
      <h2 id="mail-panel">{t("mail.title")}</h2>
      <ul className="stack">
        {query.data.inbound.map((m) => (
          <InboundMailView key={m.id} mail={m} ticketId={ticket.id} />
        ))}
      </ul>
      {query.data.outbound.length > 0 ? (
        <>
          <h3>{t("mail.outgoing")}</h3>
          <ul className="mail-outgoing">
            {query.data.outbound.map((m) => (
              <li key={m.id}>
                {t(`mail.kind.${m.kind}`)} · <span dir="ltr">{m.toAddresses.join(", ")}</span> ·{" "}
                {formatDateTime(m.createdAt, i18n.language)} · <DeliveryBadge delivery={m.delivery} />
                {m.fallback ? <p className="muted">{t(`mail.fallback.${m.fallback}`)}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
