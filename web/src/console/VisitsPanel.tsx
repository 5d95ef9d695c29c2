import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useOrganizations } from "../api/reference.ts";
import { useScheduleVisit, useTicketVisits, visitInvitationHref } from "../api/visits.ts";
import { ApiError } from "../app/api.ts";
import { formatDateTime } from "../app/i18n.ts";
import { useSession } from "../app/session.tsx";
import { SelectField, TextArea, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import type { Ticket } from "./types.ts";

/** A local date-time input's value ("2026-03-03T10:00") as an instant in the viewer's zone. */
const instant = (local: string) => (local ? new Date(local).toISOString() : "");

/** The ticket's onsite visits and, for staff who may change the ticket, the form that books one. */
export function VisitsPanel({ ticket, ticketRef }: { ticket: Ticket; ticketRef: string }) {
  const { t, i18n } = useTranslation(["console", "common"]);
  const { me } = useSession();
  const visits = useTicketVisits(ticketRef, ticket.id);
  const organizations = useOrganizations();
  const schedule = useScheduleVisit(ticket.id);
  const addresses = organizations.data?.find((o) => o.id === ticket.organizationId)?.addresses ?? [];
  const [form, setForm] = useState({ addressId: "", floor: "", room: "", start: "", end: "", notes: "", reason: "" });
  const [technicianId, setTechnicianId] = useState(ticket.assigneeId ?? me?.id ?? "");
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  const fieldError = (f: string) => (schedule.error instanceof ApiError ? schedule.error.fieldError(f) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    schedule.mutate({
      technicianId,
      site: { addressId: form.addressId || addresses[0]?.id || "", floor: form.floor || null, room: form.room || null },
      windowStart: instant(form.start),
      windowEnd: instant(form.end),
      notes: form.notes,
      ...(form.reason.trim() ? { reason: form.reason.trim() } : {}),
    });
  };
  return (
    <section aria-labelledby="visits-heading" className="card visits">
      <h2 id="visits-heading">{t("visits.heading")}</h2>
      <Problem error={visits.error} />
      {visits.data?.length === 0 ? <p className="empty">{t("visits.none")}</p> : null}
      <ul className="visit-list">
        {(visits.data ?? []).map((v) => (
          <li key={v.id}>
            <Link to={`/console/visits/${v.id}`}>
              {formatDateTime(v.windowStart, i18n.language)} – {formatDateTime(v.windowEnd, i18n.language)}
            </Link>{" "}
            <span className="badge">{t(`visits.status.${v.status}`)}</span> {v.technicianName}, {v.site.label}
            {v.missedAt ? <span className="badge danger"> {t("visits.missed")}</span> : null}{" "}
            <a href={visitInvitationHref(v.id)} download>
              {t("visits.invitation")}
            </a>
          </li>
        ))}
      </ul>
      {ticket.abilities.update ? (
        <form className="stack" onSubmit={submit} noValidate>
          <h3>{t("visits.book")}</h3>
          <SelectField
            label={t("visits.technician")}
            value={technicianId}
            onChange={(e) => setTechnicianId(e.target.value)}
            error={fieldError("technicianId")}
          >
            <option value={me?.id ?? ""}>{t("visits.me")}</option>
            {ticket.assigneeId && ticket.assigneeId !== (me?.id ?? "") ? (
              <option value={ticket.assigneeId}>{t("visits.assignee")}</option>
            ) : null}
          </SelectField>
          <SelectField
            label={t("visits.site")}
            value={form.addressId}
            onChange={set("addressId")}
            error={fieldError("site.addressId")}
          >
            {addresses.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label} ({a.timezone})
              </option>
            ))}
          </SelectField>
          <div className="row">
            <TextField label={t("visits.floor")} value={form.floor} onChange={set("floor")} maxLength={40} />
            <TextField label={t("visits.room")} value={form.room} onChange={set("room")} maxLength={40} />
          </div>
          <div className="row">
            <TextField
              type="datetime-local"
              label={t("visits.from")}
              value={form.start}
              onChange={set("start")}
              error={fieldError("windowStart")}
            />
            <TextField
              type="datetime-local"
              label={t("visits.to")}
              value={form.end}
              onChange={set("end")}
              error={fieldError("windowEnd")}
            />
          </div>
          <TextArea
            label={t("visits.notes")}
            hint={t("visits.notesHint")}
            value={form.notes}
            onChange={set("notes")}
            maxLength={4000}
          />
          <TextField
            label={t("visits.reason")}
            hint={t("visits.reasonHint")}
            value={form.reason}
            onChange={set("reason")}
            maxLength={500}
          />
          <Problem error={schedule.error} />
          <div className="row end">
            <button type="submit" className="primary" disabled={schedule.isPending}>
              {t("visits.book")}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
