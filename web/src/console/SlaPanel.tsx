import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../app/i18n.ts";
import { formatMinutes } from "../ui/format.ts";
import { useTicketSla } from "../api/ticket-work.ts";
import { formatLeft, useNow } from "./time.ts";
import { clockCountdown, clockState, clockStateWord, latestClocks, type ClockState } from "./slaClock.ts";
import type { Clock, Ticket } from "./types.ts";

const BADGE: Record<ClockState, string> = {
  running: "normal",
  warning: "warning",
  breached: "breached",
  paused: "paused",
  met: "met",
};
const CLOCK_ATTR = { first_response: "response", resolution: "resolution", next_reply: "next_reply" } as const;

function ClockRow({ clock }: { clock: Clock }) {
  const { t, i18n } = useTranslation(["console", "common"]);
  const now = useNow();
  const units = { d: t("common:units.d"), h: t("common:units.h"), min: t("common:units.min") };
  const state = clockState(clock, now);
  const name = CLOCK_ATTR[clock.kind];
  const c = clockCountdown(clock, now);
  let countdown = "—";
  if (c.say === "pausedLeft") countdown = t("sla.pausedLeft", { left: formatMinutes(c.minutes, units) });
  else if ("when" in c) countdown = t(`sla.${c.say}`, { when: formatDateTime(c.when, i18n.language) });
  else if ("ms" in c) countdown = t(`sla.${c.say}`, { time: formatLeft(c.ms, units) });
  return (
    <li className={`clock ${state}`} data-clock={name} data-state={state}>
      <div className="spread">
        <h3 className="clock-name">{t(`common:clock.${name}`)}</h3>
        <span className={`badge ${BADGE[state]}`} data-testid="clock-state">
          {t(`common:clockState.${clockStateWord(clock, state)}`)}
        </span>
      </div>
      <dl className="facts">
        <div>
          <dt>{t("sla.target")}</dt>
          <dd>{formatMinutes(clock.targetMinutes, units)}</dd>
        </div>
        <div>
          <dt>{t("sla.due")}</dt>
          <dd>
            {clock.dueAt ? <time dateTime={clock.dueAt}>{formatDateTime(clock.dueAt, i18n.language)}</time> : "—"}
          </dd>
        </div>
        {state === "paused" && clock.dueIfResumedAt ? (
          <div data-testid="due-if-resumed">
            <dt>{t("sla.dueIfResumed")}</dt>
            <dd>
              <time dateTime={clock.dueIfResumedAt}>{formatDateTime(clock.dueIfResumedAt, i18n.language)}</time>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("sla.timeLeft")}</dt>
          <dd className="countdown" data-countdown="">
            {countdown}
          </dd>
        </div>
        <div>
          <dt>{t("sla.used")}</dt>
          <dd>{formatMinutes(clock.usedMinutes, units)}</dd>
        </div>
      </dl>
    </li>
  );
}

/** The ticket's service-level clocks, one row each, with a live countdown and the state in words. */
export function SlaPanel({ ticket, ticketRef }: { ticket: Ticket; ticketRef: string }) {
  const { t } = useTranslation(["console", "common"]);
  const sla = useTicketSla(ticketRef, ticket);
  // The latest cycle of each kind (next reply restarts each time the requester writes).
  const clocks = latestClocks(sla.data?.clocks ?? []);
  return (
    <section aria-labelledby="sla-heading" className="card sla-panel">
      <h2 id="sla-heading">{t("sla.heading")}</h2>
      {sla.isPending ? <p className="hint">{t("common:loading")}</p> : null}
      {sla.error ? <p className="error">{t("sla.error")}</p> : null}
      {sla.data && !sla.data.policy ? <p className="hint">{t("sla.noPolicy")}</p> : null}
      {sla.data?.policy ? (
        <p className="hint">{t("sla.policy", { name: sla.data.policy.name, version: sla.data.policy.version })}</p>
      ) : null}
      {sla.data?.followsParent ? (
        <p className="hint">
          {t("sla.followsParent")}{" "}
          <Link to={`/console/tickets/${sla.data.followsParent.number}`}>#{sla.data.followsParent.number}</Link>
        </p>
      ) : null}
      {clocks.length > 0 ? (
        <ul className="clocks">
          {clocks.map((c) => (
            <ClockRow key={`${c.kind}-${c.cycle}`} clock={c} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
