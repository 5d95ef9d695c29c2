import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useVisit, useVisitReport, useVisitStep, visitInvitationHref } from "../api/visits.ts";
import { formatDateTime } from "../app/i18n.ts";
import { TextArea, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";

/**
 * /console/visits/:id — the technician's page, made for a phone (390 px): where and when, one large button for the
 * next step (travel start, check in, check out), and the visit report.
 */
export default function VisitPage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation(["console", "common"]);
  const visit = useVisit(id);
  const step = useVisitStep(id);
  const report = useVisitReport(id);
  const [form, setForm] = useState({ workDone: "", partsUsed: "", signOffName: "" });
  const v = visit.data;
  if (!v)
    return (
      <section className="page narrow visit-page">
        {visit.isPending ? <p className="loading">{t("common:loading")}</p> : <Problem error={visit.error} />}
      </section>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    report.mutate(form);
  };
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <section className="page narrow visit-page" aria-labelledby="visit-title">
      <h1 id="visit-title">
        <Link to={`/console/tickets/${v.ticketNumber}`}>#{v.ticketNumber}</Link> {v.ticketSubject}
      </h1>
      <p>
        <span className="badge" data-testid="visit-status">
          {t(`visits.status.${v.status}`)}
        </span>
      </p>
      <p>
        {formatDateTime(v.windowStart, i18n.language)} – {formatDateTime(v.windowEnd, i18n.language)}
      </p>
      <p>
        {v.site.label}
        {v.site.floor ? `, ${t("visits.floor")} ${v.site.floor}` : ""}
        {v.site.room ? `, ${t("visits.room")} ${v.site.room}` : ""}
      </p>
      {v.notes ? <p className="hint">{v.notes}</p> : null}
      <Problem error={step.error} />
      <div className="stack visit-steps">
        {v.status === "scheduled" ? (
          <button
            type="button"
            className="primary big"
            disabled={step.isPending}
            onClick={() => step.mutate("travel-start")}
          >
            {t("visits.travelStart")}
          </button>
        ) : null}
        {v.status === "scheduled" || v.status === "travelling" ? (
          <button
            type="button"
            className="primary big"
            disabled={step.isPending}
            onClick={() => step.mutate("check-in")}
          >
            {t("visits.checkIn")}
          </button>
        ) : null}
        {v.status === "on_site" ? (
          <button
            type="button"
            className="primary big"
            disabled={step.isPending}
            onClick={() => step.mutate("check-out")}
          >
            {t("visits.checkOut")}
          </button>
        ) : null}
      </div>
      {v.arrivedAt ? <p>{t("visits.arrivedAt", { time: formatDateTime(v.arrivedAt, i18n.language) })}</p> : null}
      {v.departedAt ? <p>{t("visits.departedAt", { time: formatDateTime(v.departedAt, i18n.language) })}</p> : null}
      {v.arrivedAt && v.status !== "cancelled" ? (
        <form className="stack" onSubmit={submit} noValidate>
          <h2>{t("visits.report")}</h2>
          <TextArea
            label={t("visits.workDone")}
            value={form.workDone || v.report?.workDone || ""}
            onChange={set("workDone")}
            maxLength={4000}
          />
          <TextField
            label={t("visits.partsUsed")}
            value={form.partsUsed || v.report?.partsUsed || ""}
            onChange={set("partsUsed")}
            maxLength={2000}
          />
          <TextField
            label={t("visits.signOffName")}
            value={form.signOffName || v.report?.signOffName || ""}
            onChange={set("signOffName")}
            maxLength={200}
          />
          <Problem error={report.error} />
          <button type="submit" disabled={report.isPending}>
            {t("visits.fileReport")}
          </button>
        </form>
      ) : null}
      <p>
        <a href={visitInvitationHref(v.id)} download>
          {t("visits.invitation")}
        </a>
      </p>
    </section>
  );
}
