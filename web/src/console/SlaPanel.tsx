import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../app/i18n.ts";
import { formatMinutes } from "../ui/format.ts";
import { useTicketSla } from "./ticketData.ts";
import { formatLeft, useNow } from "./time.ts";
import type { Clock, Ticket } from "./types.ts";

export type ClockState = "running" | "warning" | "breached" | "paused" | "met";

/** Where a clock stands now: breached, met, paused, or running (warning past 75 % of its target). */
export function clockState(clock: Clock, now: number): ClockState {
  if (clock.outcome === "breached") return "breached";
  if (clock.outcome === "met" || clock.state === "stopped") return "met";
  if (clock.state === "paused") return "paused";
  if (clock.dueAt && Date.parse(clock.dueAt) <= now) return "breached";
  if (clock.targetMinutes > 0 && clock.usedMinutes / clock.targetMinutes >= 0.75) return "warning";
  return "running";
}

/** The word for a state (On track / Warning / Breached / Paused / Met) from the shared vocabulary. */
const STATE_WORD: Record<ClockState, string> = { running: "normal", warning: "warning", breached: "breached", paused: "paused", met: "met" };
const BADGE: Record<ClockState, string> = { running: "normal", warning: "warning", breached: "breached", paused: "paused", met: "met" };
const CLOCK_ATTR = { first_response: "response", resolution: "resolution", next_reply: "next_reply" } as const;

function ClockRow({ clock }: { clock: Clock }) {
  const { t, i18n } = useTranslation("console");
  const now = useNow();
  const units = { d: t("common:units.d"), h: t("common:units.h"), min: t("common:units.min") };
  const state = clockState(clock, now);
  const name = CLOCK_ATTR[clock.kind];
  const left = clock.dueAt ? Date.parse(clock.dueAt) - now : null;
  let countdown: string;
  if (state === "met" && clock.outcome === "met_by_resolution") countdown = t("sla.metByResolution", { when: formatDateTime(clock.stoppedAt, i18n.language) });
  else if (state === "met") countdown = t("sla.metAt", { when: formatDateTime(clock.stoppedAt, i18n.language) });
  else if (state === "paused") countdown = t("sla.pausedLeft", { left: formatMinutes(clock.remainingMinutes, units) });
  else if (left === null) countdown = "—";
  else if (left < 0) countdown = t("sla.overdueBy", { time: formatLeft(left, units) });
  else countdown = t("sla.leftIn", { time: formatLeft(left, units) });
  return (
    <li className={`clock ${state}`} data-clock={name} data-state={state}>
      <div className="spread">
        <h3 className="clock-name">{t(`common:clock.${name}`)}</h3>
        <span className={`badge ${BADGE[state]}`} data-testid="clock-state">
          {t(`common:clockState.${clock.state === "stopped" && clock.outcome === "pending" ? "stopped" : STATE_WORD[state]}`)}
        </span>
      </div>
      <dl className="facts">
        <div>
          <dt>{t("sla.target")}</dt>
          <dd>{formatMinutes(clock.targetMinutes, units)}</dd>
        </div>
        <div>
          <dt>{t("sla.due")}</dt>
          <dd>{clock.dueAt ? <time dateTime={clock.dueAt}>{formatDateTime(clock.dueAt, i18n.language)}</time> : "—"}</dd>
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
  const { t } = useTranslation("console");
  const sla = useTicketSla(ticketRef, ticket);
  // The latest cycle of each kind (next reply restarts each time the requester writes).
  const clocks = (sla.data?.clocks ?? []).filter((c, _i, all) => !all.some((o) => o.kind === c.kind && o.cycle > c.cycle));
  const order = { first_response: 0, next_reply: 1, resolution: 2 } as const;
  clocks.sort((a, b) => order[a.kind] - order[b.kind]);
  return (
    <section aria-labelledby="sla-heading" className="card sla-panel">
      <h2 id="sla-heading">{t("sla.heading")}</h2>
      {sla.isPending ? <p className="hint">{t("common:loading")}</p> : null}
      {sla.error ? <p className="error">{t("sla.error")}</p> : null}
      {sla.data && !sla.data.policy ? <p className="hint">{t("sla.noPolicy")}</p> : null}
      {sla.data?.policy ? <p className="hint">{t("sla.policy", { name: sla.data.policy.name, version: sla.data.policy.version })}</p> : null}
      {sla.data?.followsParent ? (
        <p className="hint">
          {t("sla.followsParent")} <Link to={`/console/tickets/${sla.data.followsParent.number}`}>#{sla.data.followsParent.number}</Link>
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
