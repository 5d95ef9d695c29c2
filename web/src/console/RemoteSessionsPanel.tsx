import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  consentRemoteSession,
  endRemoteSession,
  remoteSessionsKey,
  requestRemoteSession,
  startRemoteSession,
  useRemoteSessions,
  useRemoteTools,
  type RemoteSession,
} from "../api/remote.ts";
import { SelectField, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import type { Ticket } from "./types.ts";

const OUTCOMES = ["resolved", "partly_resolved", "not_resolved", "cancelled"] as const;

/**
 * Remote-access sessions on the ticket (staff): ask for one (tool, session id, what for; the requester's consent given
 * on the phone ticked here, else they consent in the portal), then start it — refused until consent — and end it.
 */
export function RemoteSessionsPanel({ ticket, ticketRef }: { ticket: Ticket; ticketRef: string }) {
  const { t } = useTranslation(["console", "common"]);
  const queryClient = useQueryClient();
  const canWork = ticket.abilities.update;
  const sessions = useRemoteSessions(ticketRef);
  const tools = useRemoteTools(canWork);
  const [toolId, setToolId] = useState("");
  const [sessionRef, setSessionRef] = useState("");
  const [purpose, setPurpose] = useState("");
  const [consentOnPhone, setConsentOnPhone] = useState(false);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: remoteSessionsKey(ticketRef) });
    void queryClient.invalidateQueries({ queryKey: ["ticket", ticketRef] });
  };
  const ask = useMutation({
    mutationFn: () => requestRemoteSession(ticket.id, { toolId, sessionRef, purpose, consentOnPhone }),
    onSuccess: () => (setSessionRef(""), setPurpose(""), setConsentOnPhone(false), refresh()),
  });
  const step = useMutation({
    mutationFn: ({ s, action }: { s: RemoteSession; action: "consent" | "start" | (typeof OUTCOMES)[number] }) =>
      action === "consent"
        ? consentRemoteSession(s.id)
        : action === "start"
          ? startRemoteSession(s.id)
          : endRemoteSession(s.id, { outcome: action, notes: "" }),
    onSuccess: refresh,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    ask.mutate();
  };
  const minutes = Math.round((sessions.data?.totalSeconds ?? 0) / 60);
  return (
    <section className="panel" aria-labelledby="remote-title">
      <h2 id="remote-title">{t("remote.title")}</h2>
      {sessions.data && sessions.data.items.length > 0 ? (
        <p className="hint">{t("remote.total", { minutes })}</p>
      ) : null}
      <ol className="plain-list">
        {(sessions.data?.items ?? []).map((s) => (
          <li key={s.id}>
            <strong>
              <bdi>{s.tool.name}</bdi>
            </strong>{" "}
            · {t(`remote.status.${s.status}`)} · <bdi>{s.sessionRef}</bdi>
            <p className="hint">
              <bdi>{s.purpose}</bdi>
            </p>
            {s.launchUrl ? <a href={s.launchUrl}>{t("remote.launch")}</a> : null}
            {s.instructions ? <p className="hint">{s.instructions}</p> : null}
            {canWork && s.status === "awaiting_consent" ? (
              <button type="button" onClick={() => step.mutate({ s, action: "consent" })}>
                {t("remote.consentOnPhone")}
              </button>
            ) : null}
            {canWork && s.status === "consented" ? (
              <button type="button" onClick={() => step.mutate({ s, action: "start" })}>
                {t("remote.start")}
              </button>
            ) : null}
            {canWork && s.status !== "ended" ? (
              <SelectField
                label={t("remote.end")}
                value=""
                onChange={(e) => {
                  const outcome = OUTCOMES.find((o) => o === e.target.value);
                  if (outcome) step.mutate({ s, action: outcome });
                }}
              >
                <option value="">—</option>
                {OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`remote.outcome.${o}`)}
                  </option>
                ))}
              </SelectField>
            ) : null}
          </li>
        ))}
      </ol>
      {step.error ? <Problem error={step.error} /> : null}
      {canWork ? (
        <form onSubmit={submit}>
          <SelectField label={t("remote.tool")} value={toolId} onChange={(e) => setToolId(e.target.value)} required>
            <option value="">—</option>
            {(tools.data ?? []).map((tool) => (
              <option key={tool.id} value={tool.id}>
                {tool.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("remote.sessionRef")}
            value={sessionRef}
            onChange={(e) => setSessionRef(e.target.value)}
            required
          />
          <TextField
            label={t("remote.purpose")}
            value={purpose}
            onChange={(e) => setPurpose(e.target.value)}
            required
          />
          <label className="choice">
            <input type="checkbox" checked={consentOnPhone} onChange={(e) => setConsentOnPhone(e.target.checked)} />{" "}
            {t("remote.consentGivenOnPhone")}
          </label>
          <button type="submit" disabled={ask.isPending || !toolId}>
            {t("remote.request")}
          </button>
          {ask.error ? <Problem error={ask.error} /> : null}
        </form>
      ) : null}
    </section>
  );
}
