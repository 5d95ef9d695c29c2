import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { lookupCaller } from "../api/calls.ts";
import { useCallbacks, useCompleteCallback, type TelephonyCall } from "../api/telephony.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Problem } from "../ui/Problem.tsx";
import { TelLink } from "../ui/TelLink.tsx";
import { formatLeft, useNow } from "./time.ts";
import "./console.css";

/**
 * /console/callbacks: missed calls waiting to be called back, the earliest due first, with the time left or how long
 * overdue (overdue ones are also escalated to the group leads by the SLA worker). An agent sees who called — matched
 * by the phone rule, with their open tickets — calls back, logs the call and marks it done.
 */
export default function CallbacksPage() {
  const { t } = useTranslation(["console", "common"]);
  const callbacks = useCallbacks();
  const done = useCompleteCallback();
  const items = callbacks.data ?? [];
  const overdue = useOverdueCount(items);
  return (
    <section className="page" aria-labelledby="callbacks-title">
      <h1 id="callbacks-title">{t("callbacks.title")}</h1>
      <p className="muted">{t("callbacks.intro")}</p>
      <Problem error={callbacks.error ?? done.error} />
      {callbacks.isPending ? (
        <p className="loading" role="status">
          {t("common:loading")}
        </p>
      ) : null}
      {callbacks.data ? (
        <p role="status">
          {items.length === 0
            ? t("callbacks.none")
            : t("callbacks.count", { count: items.length }) +
              (overdue > 0 ? ` ${t("callbacks.overdueCount", { count: overdue })}` : "")}
        </p>
      ) : null}
      <ul className="callback-list">
        {items.map((call) => (
          <CallbackItem key={call.id} call={call} busy={done.isPending} onDone={() => done.mutate(call.id)} />
        ))}
      </ul>
    </section>
  );
}

function useOverdueCount(items: TelephonyCall[]): number {
  const now = useNow();
  return items.filter((c) => c.callbackDueAt && Date.parse(c.callbackDueAt) <= now).length;
}

function CallbackItem({ call, busy, onDone }: { call: TelephonyCall; busy: boolean; onDone(): void }) {
  const { t, i18n } = useTranslation(["console", "common"]);
  const now = useNow();
  // The same cache as the caller pop: one lookup per number, however many calls it missed.
  const caller = useQuery({
    queryKey: ["caller-pop", call.from],
    queryFn: () => lookupCaller(call.from),
    staleTime: 60_000,
  });
  const due = call.callbackDueAt ? Date.parse(call.callbackDueAt) : now;
  const late = due <= now;
  const units = { d: t("common:units.d"), h: t("common:units.h"), min: t("common:units.min") };
  const logCall = (callerId?: string) =>
    `/console/calls/new?number=${encodeURIComponent(call.from)}${callerId ? `&callerId=${callerId}` : ""}`;
  const matches = caller.data?.matches ?? [];
  return (
    <li
      className={late ? "card callback overdue" : "card callback"}
      aria-label={t("callbacks.item", { number: call.from })}
    >
      <p>
        <strong>
          <TelLink number={call.from} />
        </strong>{" "}
        {late ? <span className="badge breached">{t("callbacks.overdue")}</span> : null}
        {call.callbackEscalatedAt ? <span className="badge warning">{t("callbacks.escalated")}</span> : null}
      </p>
      <p>
        {t("callbacks.missedAt", { at: formatDateTime(call.endedAt ?? call.ringingAt, i18n.language) })}{" "}
        <span data-testid="callback-due">
          {late
            ? t("callbacks.overdueBy", { time: formatLeft(now - due, units) })
            : t("callbacks.dueIn", { time: formatLeft(due - now, units) })}
        </span>{" "}
        <span className="hint">({formatDateTime(call.callbackDueAt, i18n.language)})</span>
      </p>
      {caller.isSuccess && matches.length === 0 ? <p className="hint">{t("callbacks.unknownCaller")}</p> : null}
      {matches.map((m) => (
        <div key={m.person.id}>
          <p>
            <bdi>{m.person.name}</bdi> · <bdi>{m.person.organizationName}</bdi>
          </p>
          {m.openTickets.length > 0 ? (
            <ul>
              {m.openTickets.map((ticket) => (
                <li key={ticket.id}>
                  <Link to={`/console/tickets/${ticket.number}`}>
                    #{ticket.number} <bdi>{ticket.subject}</bdi>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          <Link to={logCall(m.person.id)}>{t("callbacks.logCallFor", { name: m.person.name })}</Link>
        </div>
      ))}
      <div className="row">
        {matches.length === 0 ? <Link to={logCall()}>{t("callbacks.logCall")}</Link> : null}
        <button type="button" disabled={busy} onClick={onDone}>
          {t("callbacks.markDone")}
        </button>
      </div>
    </li>
  );
}
