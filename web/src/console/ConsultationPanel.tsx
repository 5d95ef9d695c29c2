import { TelLink } from "../ui/TelLink.tsx";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { usePeopleSearch } from "../api/people.ts";
import { linkConsultation, useConsultation } from "../api/ticket-actions.ts";
import { ApiError } from "../app/api.ts";
import { formatDateTime } from "../app/i18n.ts";
import { TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import { PersonName } from "./Conversation.tsx";
import type { Ticket } from "./types.ts";

/**
 * The contact a visitor typed on the public consultation form, shown as unverified until it is linked to a person
 * (by their confirming the mailed link, or here by an agent who knows who it is). Only consultation tickets have one.
 */
export function ConsultationPanel({ ticket, ticketRef }: { ticket: Ticket; ticketRef: string }) {
  const { t, i18n } = useTranslation(["console", "common"]);
  const queryClient = useQueryClient();
  const enabled = ticket.type === "consultation" && ticket.abilities.note;
  const request = useConsultation(ticketRef, ticket, enabled);
  const [q, setQ] = useState("");
  const [search, setSearch] = useState("");
  const found = usePeopleSearch(
    { role: "requester", active: "true", q: search },
    { enabled: enabled && search.length > 0 },
  );
  const link = useMutation({
    mutationFn: (personId: string) => linkConsultation(ticket.id, personId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["ticket", ticketRef] });
      void queryClient.invalidateQueries({ queryKey: ["tickets"] });
    },
  });
  if (!enabled) return null;
  if (request.error instanceof ApiError && request.error.code === "CONSULTATION_NOT_FOUND") return null;
  const data = request.data;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(q.trim());
  };
  const choice = (p: { id: string; name: string; email: string }) => (
    <li key={p.id} className="spread">
      <span>
        <bdi>{p.name}</bdi>{" "}
        <span className="muted">
          &lt;<bdi>{p.email}</bdi>&gt;
        </span>
      </span>
      <button type="button" onClick={() => link.mutate(p.id)} disabled={link.isPending}>
        {t("consultation.link")}
      </button>
    </li>
  );
  return (
    <section aria-labelledby="consultation-heading" className="card consultation-contact">
      <h2 id="consultation-heading">{t("consultation.heading")}</h2>
      {request.error ? <Problem error={request.error} /> : null}
      {data ? (
        <>
          <p>
            <span className={`badge ${data.verified ? "status" : "high"}`}>
              {data.verified ? t("consultation.verified") : t("consultation.unverified")}
            </span>
          </p>
          <dl className="facts">
            <dt>{t("consultation.name")}</dt>
            <dd>
              <bdi>{data.contact.name}</bdi>
            </dd>
            <dt>{t("consultation.company")}</dt>
            <dd>
              <bdi>{data.contact.company}</bdi>
            </dd>
            <dt>{t("consultation.email")}</dt>
            <dd>
              <bdi>{data.contact.email}</bdi>
            </dd>
            <dt>{t("consultation.phone")}</dt>
            <dd>
              <TelLink number={data.contact.phone} />
            </dd>
            <dt>{t("consultation.window")}</dt>
            <dd>
              {data.preferredDate} {data.windowStart}–{data.windowEnd}
            </dd>
          </dl>
          {data.verified ? (
            <p className="hint">
              {t("consultation.linkedTo")} <PersonName id={data.linkedPersonId} /> ·{" "}
              {formatDateTime(data.linkedAt!, i18n.language)}
            </p>
          ) : (
            <>
              <p className="hint">{t("consultation.unverifiedHint")}</p>
              {data.addressOwner ? (
                <>
                  <h3>{t("consultation.addressOwner")}</h3>
                  <ul className="plain-list">{choice(data.addressOwner)}</ul>
                </>
              ) : null}
              <form className="stack" onSubmit={submit} noValidate>
                <TextField
                  label={t("consultation.find")}
                  value={q}
                  onChange={(e) => setQ(e.target.value)}
                  maxLength={200}
                />
                <div className="row end">
                  <button type="submit">{t("consultation.search")}</button>
                </div>
              </form>
              {found.data ? (
                found.data.length === 0 ? (
                  <p className="muted">{t("consultation.noneFound")}</p>
                ) : (
                  <ul className="plain-list">{found.data.map(choice)}</ul>
                )
              ) : null}
              <Problem error={link.error ?? found.error} />
            </>
          )}
        </>
      ) : null}
    </section>
  );
}
