import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Figure, IndicatorReport } from "../api/reports.ts";
import { formatMinutes } from "../ui/format.ts";
import { figurePath } from "./period.ts";
import { percent } from "./ReportTableView.tsx";

// The pieces every indicator of the dashboard is drawn with: a count that opens its tickets, a share, a table of
// times, a small table of figures — each with the previous period's figure beside it.

type Spreads = IndicatorReport["response"];

const locale = (lang: string) => (lang === "ur" ? "ur-PK" : "en-GB");

/** "1 h 05 min" in the reader's units; "—" when nothing was measured. */
export function useMinutes(): (m: number | null | undefined) => string {
  const { t } = useTranslation("common");
  const units = { d: t("units.d"), h: t("units.h"), min: t("units.min") };
  return (m) => (m === null || m === undefined ? "—" : formatMinutes(m, units));
}

/** One indicator: its heading, figures, the rule behind them (one sentence) and the tables that hold its tickets. */
export function Indicator({
  id,
  title,
  definition,
  children,
}: {
  id: string;
  title: string;
  definition: string | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation("reports");
  return (
    <section className="indicator" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="definition">
        <strong>{t("definition")}:</strong> {definition ?? ""}
      </p>
      {children}
    </section>
  );
}

/** A count with the previous period's beside it and a link to the tickets behind it. */
export function Count({
  figure,
  value,
  before,
  search,
}: {
  figure: Figure;
  value: number;
  before: number | undefined;
  /** The dashboard's period and filters, carried to the drill-down. */
  search: string;
}) {
  const { t, i18n } = useTranslation("reports");
  const n = (x: number) => x.toLocaleString(locale(i18n.language));
  return (
    <div className="stat">
      <dt>{t(`figures.${figure}`)}</dt>
      <dd>
        <span className="value">{n(value)}</span>{" "}
        <span className="muted">{before === undefined ? t("noPrevious") : t("previous", { value: n(before) })}</span>{" "}
        <Link to={figurePath(figure, search)} aria-label={t("seeTicketsOf", { figure: t(`figures.${figure}`) })}>
          {t("seeTickets")}
        </Link>
      </dd>
    </div>
  );
}

/** A share as a percentage, with the previous period's. */
export function Rate({
  label,
  value,
  before,
}: {
  label: string;
  value: number | null;
  before: number | null | undefined;
}) {
  const { t, i18n } = useTranslation("reports");
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>
        <span className="value">{percent(value, i18n.language)}</span>{" "}
        <span className="muted">
          {before === undefined ? t("noPrevious") : t("previous", { value: percent(before, i18n.language) })}
        </span>
      </dd>
    </div>
  );
}

/** A plain figure with its label. */
export function Plain({ label, value }: { label: string; value: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd className="value">{value}</dd>
    </div>
  );
}

/** Response or resolution time: mean, median and 90th percentile in business and wall time, with the previous period's. */
export function TimesTable({ caption, now, before }: { caption: string; now: Spreads; before: Spreads | undefined }) {
  const { t } = useTranslation("reports");
  const minutes = useMinutes();
  const stats = ["mean", "median", "p90"] as const;
  const label = t("time.tableOf", { title: caption });
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table>
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t("time.measure")}</th>
            {stats.map((s) => (
              <th key={s} scope="col">
                {t(`stats.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(["business", "wall"] as const).map((kind) => {
            const spread = kind === "business" ? now.business_minutes : now.wall_minutes;
            const was = kind === "business" ? before?.business_minutes : before?.wall_minutes;
            return (
              <tr key={kind}>
                <th scope="row">{t(`time.${kind}`)}</th>
                {stats.map((s) => (
                  <td key={s}>
                    {minutes(spread[s])}
                    {was ? <span className="muted"> ({t("previous", { value: minutes(was[s]) })})</span> : null}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A small table of figures: a heading row, then a label and its values per row. */
export function SmallTable({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, ...values]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {values.map((v, i) => (
                <td key={i}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
