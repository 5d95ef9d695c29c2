import { useTranslation } from "react-i18next";
import type { IndicatorReport } from "../api/reports.ts";
import { Indicator, SmallTable, useMinutes } from "./Figures.tsx";

const KINDS = ["remote", "onsite", "travel"] as const;

/**
 * Time by kind of work: the tickets that had a visit or a remote session finished in the period (the previous
 * period's beside them), and per kind the tickets, the sessions, visits or trips, the total and the means.
 */
export function WorkTimeFigures({ report }: { report: IndicatorReport }) {
  const { t, i18n } = useTranslation(["reports", "common"]);
  const minutes = useMinutes();
  const n = (x: number) => x.toLocaleString(i18n.language === "ur" ? "ur-PK" : "en-GB");
  const work = report.work_time;
  const before = report.previous?.work_time;
  const stat = (label: string, now: number, then: number | undefined) => (
    <div className="stat">
      <dt>{label}</dt>
      <dd>
        <span className="value">{n(now)}</span>{" "}
        <span className="muted">{then === undefined ? t("noPrevious") : t("previous", { value: n(then) })}</span>
      </dd>
    </div>
  );
  return (
    <Indicator id="work-time" title={t("sections.workTime")} definition={report.definitions.work_time}>
      <dl className="stats">
        {stat(t("workTime.ticketsWithVisit"), work.tickets_with_visit, before?.tickets_with_visit)}
        {stat(
          t("workTime.ticketsWithRemoteSession"),
          work.tickets_with_remote_session,
          before?.tickets_with_remote_session,
        )}
      </dl>
      <SmallTable
        caption={t("sections.workTime")}
        head={[
          t("workTime.kind"),
          t("workTime.tickets"),
          t("workTime.count"),
          t("workTime.total"),
          t("workTime.mean"),
          t("workTime.meanPerTicket"),
        ]}
        rows={KINDS.map((k) => [
          t(`workTime.kinds.${k}`),
          n(work[k].tickets),
          n(work[k].count),
          minutes(work[k].total_minutes),
          minutes(work[k].mean_minutes),
          minutes(work[k].mean_minutes_per_ticket),
        ])}
      />
    </Indicator>
  );
}
