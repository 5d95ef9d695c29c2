import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { lookupCaller } from "../api/calls.ts";
import type { LiveEvent } from "../api/live.ts";
import { TelLink } from "../ui/TelLink.tsx";
import { useLiveEvents } from "./live.ts";

type Pop = { callId: string; from: string };

/**
 * The caller pop: when a call is answered at the agent's extension (the live stream's `call` event), who is calling
 * — matched by the shared phone rule — with their open tickets and "Log a call" prefilled with the number.
 */
export function CallerPop() {
  const { t } = useTranslation("common");
  const [pop, setPop] = useState<Pop | null>(null);
  const onEvent = useCallback((event: LiveEvent) => {
    if (event.kind === "call") setPop({ callId: event.callId, from: event.from });
  }, []);
  useLiveEvents(onEvent);
  const lookup = useQuery({
    queryKey: ["caller-pop", pop?.from],
    queryFn: () => lookupCaller(pop!.from),
    enabled: pop !== null,
  });
  if (!pop) return null;
  const matches = lookup.data?.matches ?? [];
  const logCall = (callerId?: string) =>
    `/console/calls/new?number=${encodeURIComponent(pop.from)}${callerId ? `&callerId=${callerId}` : ""}`;
  return (
    <aside className="caller-pop" role="status" aria-label={t("callerPop.title")}>
      <p>
        <strong>{t("callerPop.title")}</strong> <TelLink number={pop.from} />
      </p>
      {lookup.isPending ? <p>{t("loading")}</p> : null}
      {lookup.isSuccess && matches.length === 0 ? <p>{t("callerPop.unknown")}</p> : null}
      <ul>
        {matches.map((m) => (
          <li key={m.person.id}>
            <bdi>{m.person.name}</bdi> · <bdi>{m.person.organizationName}</bdi>
            <ul>
              {m.openTickets.map((ticket) => (
                <li key={ticket.id}>
                  <Link to={`/console/tickets/${ticket.number}`}>
                    #{ticket.number} <bdi>{ticket.subject}</bdi>
                  </Link>
                </li>
              ))}
            </ul>
            <Link to={logCall(m.person.id)} onClick={() => setPop(null)}>
              {t("callerPop.logCall")}
            </Link>
          </li>
        ))}
      </ul>
      {matches.length === 0 ? (
        <Link to={logCall()} onClick={() => setPop(null)}>
          {t("callerPop.logCall")}
        </Link>
      ) : null}
      <button type="button" onClick={() => setPop(null)}>
        {t("callerPop.dismiss")}
      </button>
    </aside>
  );
}
