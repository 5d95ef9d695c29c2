import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { padTime, withDateSpan, MAX_SPAN_DAYS, type OverrideRow, type Range } from "./calendar-model.ts";

type Props = {
  overrides: OverrideRow[];
  onChange(next: OverrideRow[]): void;
  errorAt(field: string, nested?: boolean): string | undefined;
};

function RangeInputs({
  range,
  label,
  error,
  onChange,
}: {
  range: Range;
  label: string;
  error?: string;
  onChange(patch: Partial<Range>): void;
}) {
  const { t } = useTranslation(["admin", "common"]);
  return (
    <>
      <label>
        <span>
          {t("calendars.from")}
          <span className="visually-hidden"> ({label})</span>
        </span>
        <input
          value={range.start}
          placeholder="09:00"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange({ start: e.target.value })}
          onBlur={(e) => onChange({ start: padTime(e.target.value) })}
        />
      </label>
      <label>
        <span>
          {t("calendars.to")}
          <span className="visually-hidden"> ({label})</span>
        </span>
        <input
          value={range.end}
          placeholder="13:00"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange({ end: e.target.value })}
          onBlur={(e) => onChange({ end: padTime(e.target.value) })}
        />
      </label>
    </>
  );
}

/** A period (one date or a range of dates) gets its own hours or is closed: the editor writes one entry per date. */
function AddPeriod({ onAdd }: { onAdd(from: string, to: string, ranges: Range[]): boolean }) {
  const { t } = useTranslation(["admin", "common"]);
  const id = useId();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [closed, setClosed] = useState(false);
  const [range, setRange] = useState<Range>({ start: "09:00", end: "13:00" });
  const [invalid, setInvalid] = useState(false);
  const add = () => {
    const ok = from !== "" && onAdd(from, to, closed ? [] : [range]);
    setInvalid(!ok);
    if (ok) {
      setFrom("");
      setTo("");
    }
  };
  return (
    <div className="hours-range" role="group" aria-labelledby={`${id}-title`}>
      <span id={`${id}-title`} className="visually-hidden">
        {t("calendars.addPeriod")}
      </span>
      <label>
        <span>{t("calendars.periodFrom")}</span>
        <input
          type="date"
          value={from}
          aria-invalid={invalid ? true : undefined}
          onChange={(e) => setFrom(e.target.value)}
        />
      </label>
      <label>
        <span>{t("calendars.periodTo")}</span>
        <input type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
      </label>
      <label className="choice">
        <input type="checkbox" checked={closed} onChange={(e) => setClosed(e.target.checked)} />
        <span>{t("calendars.closedAllDay")}</span>
      </label>
      {closed ? null : (
        <RangeInputs
          range={range}
          label={t("calendars.addPeriod")}
          onChange={(patch) => setRange((r) => ({ ...r, ...patch }))}
        />
      )}
      <button type="button" onClick={add}>
        {t("calendars.addPeriod")}
      </button>
      {invalid ? (
        <p className="error" role="alert">
          {t("calendars.periodInvalid", { days: MAX_SPAN_DAYS })}
        </p>
      ) : null}
    </div>
  );
}

/** Per-date hours (Ramadan timings, half days, an extra working Saturday): they replace that date's weekly hours and win over a holiday. */
export function OverridesEditor({ overrides, onChange, errorAt }: Props) {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const id = useId();
  const setRow = (key: number, ranges: Range[]) =>
    onChange(overrides.map((o) => (o.key === key ? { ...o, ranges } : o)));
  const listError = errorAt("definition.overrides");
  const dateLabel = (date: string) => {
    const ms = Date.parse(`${date}T00:00:00Z`);
    return Number.isNaN(ms)
      ? date
      : new Intl.DateTimeFormat(i18n.language === "ur" ? "ur-PK" : "en-GB", {
          dateStyle: "full",
          timeZone: "UTC",
        }).format(ms);
  };
  return (
    <fieldset className="hours-fieldset">
      <legend>{t("calendars.overrides")}</legend>
      <p className="hint">{t("calendars.overridesHint")}</p>
      {listError ? (
        <p className="error" role="alert">
          {listError}
        </p>
      ) : null}
      {overrides.length === 0 ? <p className="empty">{t("calendars.noOverrides")}</p> : null}
      <div className="hours" data-testid="overrides">
        {overrides.map((row) => {
          const label = dateLabel(row.date);
          const rowError = errorAt(`definition.overrides.${row.date}`);
          return (
            <div
              key={row.key}
              className="hours-day"
              role="group"
              aria-labelledby={`${id}-${row.key}`}
              data-date={row.date}
            >
              <div className="hours-day-name">
                <time id={`${id}-${row.key}`} dateTime={row.date}>
                  {label}
                </time>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={row.ranges.length > 0}
                    onChange={(e) => setRow(row.key, e.target.checked ? [{ start: "09:00", end: "13:00" }] : [])}
                  />
                  <span>{t("calendars.open")}</span>
                </label>
              </div>
              <div className="hours-ranges">
                {row.ranges.length === 0 ? <span className="muted">{t("calendars.closedAllDay")}</span> : null}
                {row.ranges.map((range, index) => {
                  const error = errorAt(`definition.overrides.${row.date}.${index}`, true);
                  return (
                    <div key={index} className="hours-range">
                      <RangeInputs
                        range={range}
                        label={`${label} ${index + 1}`}
                        error={error}
                        onChange={(patch) =>
                          setRow(
                            row.key,
                            row.ranges.map((r, i) => (i === index ? { ...r, ...patch } : r)),
                          )
                        }
                      />
                      <button
                        type="button"
                        onClick={() =>
                          setRow(
                            row.key,
                            row.ranges.filter((_, i) => i !== index),
                          )
                        }
                      >
                        {t("calendars.removeRange")}
                        <span className="visually-hidden">
                          {" "}
                          ({label} {index + 1})
                        </span>
                      </button>
                      {error ? (
                        <p className="error" role="alert">
                          {error}
                        </p>
                      ) : null}
                    </div>
                  );
                })}
                {rowError ? (
                  <p className="error" role="alert">
                    {rowError}
                  </p>
                ) : null}
                <div>
                  {row.ranges.length > 0 ? (
                    <button
                      type="button"
                      className="link"
                      onClick={() => setRow(row.key, [...row.ranges, { start: "", end: "" }])}
                    >
                      {t("calendars.addRange")}
                      <span className="visually-hidden"> ({label})</span>
                    </button>
                  ) : null}{" "}
                  <button
                    type="button"
                    className="link"
                    onClick={() => onChange(overrides.filter((o) => o.key !== row.key))}
                  >
                    {t("calendars.removeOverride")}
                    <span className="visually-hidden"> ({label})</span>
                  </button>
                </div>
              </div>
            </div>
          );
        })}
      </div>
      <AddPeriod
        onAdd={(from, to, ranges) => {
          const next = withDateSpan(overrides, from, to, ranges);
          if (next) onChange(next);
          return next !== null;
        }}
      />
    </fieldset>
  );
}
