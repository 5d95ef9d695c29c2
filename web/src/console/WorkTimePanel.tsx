import { useTranslation } from "react-i18next";
import { formatMinutes } from "../ui/format.ts";
import { useNow } from "./time.ts";
import type { Ticket } from "./types.ts";

const KINDS = ["remote", "onsite", "travel"] as const;

/**
 * Time spent on the ticket by kind of work (remote sessions, on site, travelling to a visit), as the ticket carries
 * it. A stretch under way keeps counting on screen from the instant the server measured it.
 */
export function WorkTimePanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation(["console", "common"]);
  const now = useNow();
  const work = ticket.workTime;
  if (!work) return null;
  const units = { d: t("common:units.d"), h: t("common:units.h"), min: t("common:units.min") };
  const since = work.measuredAt === null ? 0 : Math.max(0, now - Date.parse(work.measuredAt)) / 1000;
  const any = KINDS.some((k) => work[k].count > 0);
  return (
    <section aria-labelledby="work-time-heading" className="card work-time-panel">
      <h2 id="work-time-heading">{t("workTime.heading")}</h2>
      {any ? (
        <dl className="facts">
          {KINDS.map((kind) => {
            const k = work[kind];
            const seconds = k.seconds + (k.running ? since : 0);
            return (
              <div key={kind} data-work={kind} data-running={k.running ? "" : undefined}>
                <dt>{t(`workTime.kind.${kind}`)}</dt>
                <dd>
                  {formatMinutes(Math.floor(seconds / 60), units)}{" "}
                  <span className="muted">{t(`workTime.count.${kind}`, { count: k.count })}</span>
                  {k.running ? <span className="badge normal">{t("workTime.running")}</span> : null}
                </dd>
              </div>
            );
          })}
        </dl>
      ) : (
        <p className="muted">{t("workTime.none")}</p>
      )}
    </section>
  );
}
