import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError } from "../app/api.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Problem } from "../ui/Problem.tsx";
import { Composer, type ComposeMode } from "./Composer.tsx";
import { Conversation, PersonName } from "./Conversation.tsx";
import { useNames } from "./data.ts";
import { useTicket } from "../api/tickets.ts";
import { useReplyDeliveries } from "../api/mail.ts";
import { useWhatsappSent } from "../api/whatsapp.ts";
import { EscalationPanel } from "./EscalationPanel.tsx";
import { HistoryPanel } from "./HistoryPanel.tsx";
import { MailPanel } from "./MailPanel.tsx";
import { WhatsappPanel } from "./WhatsappPanel.tsx";
import { PropertiesPanel } from "./PropertiesPanel.tsx";
import { neighbours } from "./queueMemory.ts";
import { CallsPanel, LinkedTickets } from "./RelatedPanel.tsx";
import { LinkedArticlesPanel } from "./LinkedArticlesPanel.tsx";
import { ConsultationPanel } from "./ConsultationPanel.tsx";
import { PublicIncidentPanel } from "./PublicIncidentPanel.tsx";
import { VisitsPanel } from "./VisitsPanel.tsx";
import { RemoteSessionsPanel } from "./RemoteSessionsPanel.tsx";
import { WorkTimePanel } from "./WorkTimePanel.tsx";
import { useShortcuts } from "./shortcuts.ts";
import { ShortcutsHelp } from "./ShortcutsHelp.tsx";
import { SlaPanel } from "./SlaPanel.tsx";
import { useAttachments, useEvents, useTicketCalls } from "../api/ticket-work.ts";
import "./console.css";

/** One ticket: conversation and editor, properties, service level, escalations, linked tickets, calls and history. */
export default function TicketPage() {
  const { t, i18n } = useTranslation(["console", "common"]);
  const ref = (useParams().ref ?? "").replace(/^#/, "");
  const navigate = useNavigate();
  const ticket = useTicket(ref);
  const data = ticket.data;
  const events = useEvents(ref, data);
  const history = events.data;
  const attachments = useAttachments(ref, data);
  const calls = useTicketCalls(ref, data);
  // The call that opened a phone ticket is shown with its request (the oldest one that did not just update it).
  const openingCall = (calls.data ?? []).filter((c) => c.outcome !== "updated_ticket").at(-1);
  // A mail ticket's public replies show whether their mail left (the same request as the mail panel's).
  const deliveries = useReplyDeliveries(ref, data?.id ?? "", data?.channel === "email");
  const whatsappSent = useWhatsappSent(ref, data?.id ?? "", data?.channel === "whatsapp");
  const names = useNames();
  const [mode, setMode] = useState<ComposeMode>("reply");
  const [help, setHelp] = useState(false);
  const [escalating, setEscalating] = useState(false);
  const [takeSignal, setTakeSignal] = useState(0);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const around = data ? neighbours(data.number) : { previous: null, next: null, path: "/console" };

  useEffect(() => {
    if (data) document.title = `#${data.number} ${data.subject} · Frontline`;
  }, [data]);

  // A ticket that was on screen and now answers 404 has gone out of this person's reach (moved to a group they
  // are not in and never worked on): back to the queue, saying so, rather than a "not found" page.
  const lostAccess = Boolean(data) && ticket.error instanceof ApiError && ticket.error.status === 404;
  useEffect(() => {
    if (lostAccess && data)
      navigate(around.path, { replace: true, state: { notice: t("ticket.accessEnded", { number: data.number }) } });
  }, [lostAccess]);

  // Someone who only follows the ticket (worked on it before it moved on) may add notes but not reply.
  const noteOnly = Boolean(data && !data.abilities.reply && data.abilities.note);
  useEffect(() => {
    if (noteOnly) setMode("note");
  }, [noteOnly]);

  const compose = (m: ComposeMode) => {
    setMode(m);
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.scrollIntoView({ block: "center" });
    });
  };
  const go = (number: number | null) => {
    if (number !== null) navigate(`/console/tickets/${number}`);
  };
  useShortcuts({
    r: () => compose("reply"),
    n: () => compose("note"),
    t: () => setTakeSignal((n) => n + 1),
    s: () => document.getElementById("prop-status")?.focus(),
    e: () => setEscalating(true),
    j: () => go(around.next),
    k: () => go(around.previous),
    "g q": () => navigate(around.path),
    "?": () => setHelp(true),
  });

  if (ticket.isPending || lostAccess)
    return (
      <p className="loading" role="status">
        {t("common:loading")}
      </p>
    );
  if (ticket.error || !data) {
    const missing = ticket.error instanceof ApiError && ticket.error.status === 404;
    return (
      <section className="page medium">
        <h1>{missing ? t("ticket.notFound") : t("ticket.loadFailed")}</h1>
        {missing ? null : <Problem error={ticket.error} />}
        <Link to="/console">{t("ticket.backToQueue")}</Link>
      </section>
    );
  }

  return (
    <article className="ticket-page" aria-labelledby="ticket-title">
      <nav className="ticket-nav row" aria-label={t("ticket.navLabel")}>
        <Link to={around.path}>{t("ticket.backToQueue")}</Link>
        <button type="button" onClick={() => go(around.previous)} disabled={around.previous === null}>
          {t("ticket.previous")}
        </button>
        <button type="button" onClick={() => go(around.next)} disabled={around.next === null}>
          {t("ticket.next")}
        </button>
        <button type="button" className="link" onClick={() => setHelp(true)}>
          {t("shortcuts.open")}
        </button>
      </nav>
      <h1 id="ticket-title">
        #{data.number} <bdi>{data.subject}</bdi>
      </h1>
      <p className="ticket-meta">
        <span className={`badge ${data.priority}`}>{t(`common:priority.${data.priority}`)}</span>
        <span className="badge status">{t(`common:status.${data.status}`)}</span>
        <span>
          {t("ticket.requester")}: <PersonName id={data.requesterId} />
          {names.organization(data.organizationId) ? ` (${names.organization(data.organizationId)})` : ""}
        </span>
        <span>
          {t("ticket.channel")}: {t(`common:channel.${data.channel}`)}
        </span>
        <span>
          {t("ticket.type")}: {t(`common:type.${data.type}`)}
        </span>
        <span>
          {t("ticket.opened")}: <time dateTime={data.createdAt}>{formatDateTime(data.createdAt, i18n.language)}</time>
        </span>
      </p>
      {data.abilities.read && !data.abilities.update ? (
        <p className="notice" role="note">
          {noteOnly ? t("ticket.followerOnly") : t("ticket.readOnly")}
        </p>
      ) : null}
      <div className="ticket-layout">
        <div className="ticket-main stack">
          {events.error ? <Problem error={events.error} /> : null}
          {history ? (
            <Conversation
              ticket={data}
              events={history}
              attachments={attachments.data ?? []}
              openingCall={openingCall}
              deliveries={deliveries}
              whatsapp={whatsappSent}
            />
          ) : (
            <p className="loading">{t("common:loading")}</p>
          )}
          <WhatsappPanel ticket={data} ticketRef={ref} />
          <Composer ref={textarea} ticket={data} ticketRef={ref} mode={mode} setMode={setMode} />
          <MailPanel ticket={data} ticketRef={ref} />
          {history ? <HistoryPanel events={history} /> : null}
        </div>
        <aside className="ticket-side stack" aria-label={t("ticket.sideLabel")}>
          <ConsultationPanel ticket={data} ticketRef={ref} />
          <PropertiesPanel ticket={data} ticketRef={ref} takeSignal={takeSignal} />
          <SlaPanel ticket={data} ticketRef={ref} />
          <EscalationPanel ticket={data} ticketRef={ref} open={escalating} setOpen={setEscalating} />
          <LinkedTickets ticket={data} ticketRef={ref} />
          <LinkedArticlesPanel ticket={data} />
          <CallsPanel ticket={data} ticketRef={ref} />
          <VisitsPanel ticket={data} ticketRef={ref} />
          <PublicIncidentPanel ticket={data} ticketRef={ref} />
          <RemoteSessionsPanel ticket={data} ticketRef={ref} />
          <WorkTimePanel ticket={data} />
        </aside>
      </div>
      <ShortcutsHelp open={help} onClose={() => setHelp(false)} />
    </article>
  );
}
