import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import {
  consentRemoteSession,
  declineRemoteSession,
  remoteSessionsKey,
  useRemoteSessions,
  type RemoteSession,
} from "../api/remote.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Problem } from "../ui/Problem.tsx";

/**
 * The remote sessions an agent asked for on the request. Nobody connects to the requester's computer before they
 * say yes here (or on the phone): the one whose request it is sees what the session is for, the tool and its
 * instructions, and allows or declines it (a declined one ends cancelled); everyone who reads the request sees whether and when it was allowed and how it went.
 */
export function RemoteSessionsSection({ refKey, mine }: { refKey: string; mine: boolean }) {
  const { t } = useTranslation("portal");
  const sessions = useRemoteSessions(refKey);
  const items = sessions.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="remote-title" className="card">
      <h2 id="remote-title">{t("remote.heading")}</h2>
      <ul className="remote-list">
        {items.map((s) => (
          <SessionItem key={s.id} session={s} refKey={refKey} mine={mine} />
        ))}
      </ul>
    </section>
  );
}

function SessionItem({ session: s, refKey, mine }: { session: RemoteSession; refKey: string; mine: boolean }) {
  const { t, i18n } = useTranslation("portal");
  const queryClient = useQueryClient();
  const answer = useMutation({
    mutationFn: (yes: boolean) => (yes ? consentRemoteSession(s.id) : declineRemoteSession(s.id)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: remoteSessionsKey(refKey) }),
  });
  const waiting = s.status === "awaiting_consent";
  return (
    <li aria-label={t("remote.item", { tool: s.tool.name })}>
      <p>
        <strong>{s.tool.name}</strong> — <span className="badge">{t(`remote.status.${s.status}`)}</span>
      </p>
      <p>
        {t("remote.purpose")} <bdi>{s.purpose}</bdi>
      </p>
      {s.consentAt ? (
        <p className="hint">
          {t(`remote.consented.${s.consentVia ?? "portal"}`, { at: formatDateTime(s.consentAt, i18n.language) })}
        </p>
      ) : null}
      {s.instructions && s.status !== "ended" ? <p dir="auto">{s.instructions}</p> : null}
      {s.launchUrl && s.status !== "ended" && !waiting ? (
        <p>
          <a href={s.launchUrl}>{t("remote.launch", { tool: s.tool.name })}</a>
        </p>
      ) : null}
      {s.outcome === "cancelled" && !s.consentAt && !s.startedAt ? (
        <p>{t("remote.declinedOrCancelled")}</p>
      ) : s.outcome ? (
        <p>{t(`remote.outcome.${s.outcome}`)}</p>
      ) : null}
      {waiting && mine ? (
        <div className="stack">
          <p>{t("remote.askConsent")}</p>
          <div className="row">
            <button type="button" className="primary" disabled={answer.isPending} onClick={() => answer.mutate(true)}>
              {t("remote.allow")}
            </button>
            <button type="button" disabled={answer.isPending} onClick={() => answer.mutate(false)}>
              {t("remote.decline")}
            </button>
          </div>
          <Problem error={answer.error} />
        </div>
      ) : waiting ? (
        <p className="hint">{t("remote.waitingForRequester")}</p>
      ) : null}
    </li>
  );
}
