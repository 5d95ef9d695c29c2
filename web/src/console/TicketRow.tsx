import { memo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatLeft, useNow } from "./time.ts";
import type { Ticket } from "./types.ts";

/** The earliest due instant of the ticket's running response and resolution clocks. */
export function earliestDue(ticket: Ticket): string | null {
  const dues = [ticket.sla?.responseDueAt, ticket.sla?.resolutionDueAt].filter((d): d is string => Boolean(d));
  if (dues.length === 0) return null;
  return dues.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
}

/** Time left to the earliest due, ticking every second; "Breached" once a clock breached. */
export function SlaCell({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation(["console", "common"]);
  const now = useNow();
  const units = { d: t("common:units.d"), h: t("common:units.h"), min: t("common:units.min") };
  if (!ticket.sla) return <span className="muted">{t("sla.none")}</span>;
  const due = earliestDue(ticket);
  if (ticket.sla.breached || (due && Date.parse(due) <= now)) {
    return <span className="badge breached">{t("common:clockState.breached")}</span>;
  }
  if (!due) return <span className="muted">{t("sla.noRunning")}</span>;
  const left = Date.parse(due) - now;
  return (
    <span className={left < 3_600_000 ? "countdown soon" : "countdown"}>
      <span className="visually-hidden">{t("sla.dueIn")} </span>
      <time dateTime={due}>{formatLeft(left, units)}</time>
    </span>
  );
}

function Requester({ name, organization }: { name: string | undefined; organization: string | undefined }) {
  return (
    <>
      <bdi className="requester-name">{name ?? "…"}</bdi>
      {organization ? <bdi className="muted org-name">{organization}</bdi> : null}
    </>
  );
}

type RowProps = {
  ticket: Ticket;
  index: number;
  active: boolean;
  selected: boolean;
  requester: string | undefined;
  organization: string | undefined;
  assignee: string | undefined;
  onToggle(id: string): void;
  onActivate(index: number): void;
  onOpen(ticket: Ticket): void;
  height: number;
  start: number;
};

/** One ticket in the virtualised list: a focusable row (Enter opens it), its cells in the header's order. */
export const TicketRow = memo(function TicketRow({
  ticket,
  index,
  active,
  selected,
  requester,
  organization,
  assignee,
  onToggle,
  onActivate,
  onOpen,
  height,
  start,
}: RowProps) {
  const { t } = useTranslation(["console", "common"]);
  return (
    <div
      data-index={index}
      data-ticket={ticket.number}
      role="row"
      aria-rowindex={index + 2}
      tabIndex={active ? 0 : -1}
      className={`ticket-row${selected ? " selected" : ""}`}
      style={{ transform: `translateY(${start}px)`, height }}
      onFocus={() => onActivate(index)}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest("a, input, button, label")) return;
        onOpen(ticket);
      }}
    >
      <div role="cell" className="c-select">
        <input
          type="checkbox"
          checked={selected}
          onChange={() => onToggle(ticket.id)}
          aria-label={t("list.select", { number: ticket.number })}
        />
      </div>
      <div role="cell" className="c-number">
        <Link to={`/console/tickets/${ticket.number}`}>#{ticket.number}</Link>
      </div>
      <div role="cell" className="c-subject">
        <bdi>{ticket.subject}</bdi>
      </div>
      <div role="cell" className="c-requester">
        <Requester name={requester} organization={organization} />
      </div>
      <div role="cell" className="c-priority">
        <span className={`badge ${ticket.priority}`}>{t(`common:priority.${ticket.priority}`)}</span>
      </div>
      <div role="cell" className="c-status">
        {t(`common:status.${ticket.status}`)}
      </div>
      <div role="cell" className="c-sla">
        <SlaCell ticket={ticket} />
      </div>
      <div role="cell" className="c-assignee">
        {ticket.assigneeId ? (assignee ?? "…") : <span className="muted">{t("list.unassigned")}</span>}
      </div>
    </div>
  );
});
