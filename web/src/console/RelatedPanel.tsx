import { TelLink } from "../ui/TelLink.tsx";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTicket } from "../api/tickets.ts";
import { formatDateTime } from "../app/i18n.ts";
import { formatMinutes } from "../ui/format.ts";
import { useChildren, useTicketCalls } from "../api/ticket-work.ts";
import type { CallLog, Ticket } from "./types.ts";

function TicketLink({ ticket }: { ticket: Pick<Ticket, "number" | "subject" | "status"> }) {
  const { t } = useTranslation(["console", "common"]);
  return (
    <>
      <Link to={`/console/tickets/${ticket.number}`}>#{ticket.number}</Link> {ticket.subject}{" "}
      <span className="muted">({t(`common:status.${ticket.status}`)})</span>
    </>
  );
}

/** The parent (major incident) and child tickets. */
export function LinkedTickets({ ticket, ticketRef }: { ticket: Ticket; ticketRef: string }) {
  const { t } = useTranslation(["console", "common"]);
  const parent = useTicket(ticket.parentId ?? "none", { enabled: Boolean(ticket.parentId) });
  const children = useChildren(ticketRef, ticket);
  const kids = children.data ?? [];
  return (
    <section aria-labelledby="linked-heading" className="card linked">
      <h2 id="linked-heading">{t("linked.heading")}</h2>
      <h3>{t("linked.parent")}</h3>
      <p>
        {ticket.parentId ? (
          parent.data ? (
            <TicketLink ticket={parent.data} />
          ) : (
            t("common:loading")
          )
        ) : (
          <span className="muted">{t("linked.noParent")}</span>
        )}
      </p>
      {children.data === null ? null : (
        <>
          <h3>{t("linked.children")}</h3>
          {kids.length === 0 ? (
            <p className="muted">{t("linked.noChildren")}</p>
          ) : (
            <ul className="plain-list">
              {kids.map((k) => (
                <li key={k.id}>
                  <TicketLink ticket={k} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** Phone calls logged against the ticket. */
export function CallsPanel({ ticket, ticketRef }: { ticket: Ticket; ticketRef: string }) {
  const { t, i18n } = useTranslation(["console", "common"]);
  const calls = useTicketCalls(ticketRef, ticket);
  if (calls.data === null) return null;
  const units = { d: t("common:units.d"), h: t("common:units.h"), min: t("common:units.min") };
  return (
    <section aria-labelledby="calls-heading" className="card calls">
      <h2 id="calls-heading">{t("calls.heading")}</h2>
      {calls.data && calls.data.length === 0 ? <p className="muted">{t("calls.none")}</p> : null}
      {calls.error ? <p className="error">{t("calls.error")}</p> : null}
      <ol className="plain-list">
        {(calls.data ?? []).map((c) => {
          const at = c.startedAt;
          const seconds = c.durationSeconds % 60;
          return (
            <li key={c.id}>
              <div className="spread">
                <strong>{c.callerName ? <bdi>{c.callerName}</bdi> : <TelLink number={c.callerNumber} />}</strong>
                {at ? (
                  <time dateTime={at} className="muted">
                    {formatDateTime(at, i18n.language)}
                  </time>
                ) : null}
              </div>
              <p className="hint">
                {t(`calls.outcome.${c.outcome}`)} · {formatMinutes(Math.floor(c.durationSeconds / 60), units)}
                {seconds ? ` ${seconds} ${t("calls.secondsShort")}` : ""}
                {c.callerName ? (
                  <>
                    {" · "}
                    <TelLink number={c.callerNumber} />
                  </>
                ) : null}
                {c.agentName ? (
                  <>
                    {" · "}
                    <bdi>{c.agentName}</bdi>
                  </>
                ) : null}
              </p>
              {c.notes ? <p className="body">{c.notes}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** How long a call lasted, in the app's duration words ("5 min 30 s"). */
function useCallDuration() {
  const { t } = useTranslation(["console", "common"]);
  const units = { d: t("common:units.d"), h: t("common:units.h"), min: t("common:units.min") };
  return (durationSeconds: number) => {
    const seconds = durationSeconds % 60;
    return `${formatMinutes(Math.floor(durationSeconds / 60), units)}${seconds ? ` ${seconds} ${t("calls.secondsShort")}` : ""}`;
  };
}

/** A telephone call as what it was — direction, number, when (local time), how long, outcome, who took it — not as prose. */
export function CallRecord({ call }: { call: CallLog }) {
  const { t, i18n } = useTranslation(["console", "common"]);
  const duration = useCallDuration();
  return (
    <section className="call-record" aria-label={t("calls.record")}>
      <h3>{t("calls.record")}</h3>
      <dl>
        <dt>{t("calls.direction")}</dt>
        <dd>{t(`calls.directions.${call.direction}`)}</dd>
        <dt>{t("calls.number")}</dt>
        <dd>
          <TelLink number={call.callerNumber} />
        </dd>
        <dt>{t("calls.started")}</dt>
        <dd>
          <time dateTime={call.startedAt}>{formatDateTime(call.startedAt, i18n.language)}</time>
        </dd>
        <dt>{t("calls.duration")}</dt>
        <dd>{duration(call.durationSeconds)}</dd>
        <dt>{t("calls.outcomeLabel")}</dt>
        <dd>{t(`calls.outcome.${call.outcome}`)}</dd>
        {call.agentName ? (
          <>
            <dt>{t("calls.takenBy")}</dt>
            <dd>
              <bdi>{call.agentName}</bdi>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
