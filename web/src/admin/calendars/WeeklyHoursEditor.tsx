import { useId } from "react";
import { useTranslation } from "react-i18next";
import { WEEKDAYS, type Weekday } from "../vocab.ts";
import { padTime, type Range } from "./calendar-model.ts";

type Props = {
  weekly: Record<Weekday, Range[]>;
  onChange(next: Record<Weekday, Range[]>): void;
  /** Message for a field path under "definition.weekly" (nested), e.g. "definition.weekly.mon.0". */
  errorAt(field: string, nested?: boolean): string | undefined;
};

/** Opening hours per weekday: closed, or one or more ranges (end may be 24:00, the midnight ending the day). */
export function WeeklyHoursEditor({ weekly, onChange, errorAt }: Props) {
  const { t } = useTranslation(["admin", "common"]);
  const id = useId();
  const setDay = (day: Weekday, ranges: Range[]) => onChange({ ...weekly, [day]: ranges });
  const setRange = (day: Weekday, index: number, patch: Partial<Range>) =>
    setDay(
      day,
      weekly[day].map((r, i) => (i === index ? { ...r, ...patch } : r)),
    );
  const copyMonday = () => {
    const next = { ...weekly };
    for (const day of ["tue", "wed", "thu", "fri"] as const) next[day] = weekly.mon.map((r) => ({ ...r }));
    onChange(next);
  };
  const weekError = errorAt("definition.weekly");

  return (
    <fieldset className="hours-fieldset">
      <legend>{t("calendars.weeklyHours")}</legend>
      <p className="hint">{t("calendars.weeklyHint")}</p>
      {weekError ? (
        <p className="error" role="alert">
          {weekError}
        </p>
      ) : null}
      <div className="hours">
        {WEEKDAYS.map((day) => {
          const ranges = weekly[day];
          const dayName = t(`weekday.${day}`);
          const dayError = errorAt(`definition.weekly.${day}`);
          return (
            <div key={day} className="hours-day" role="group" aria-labelledby={`${id}-${day}`}>
              <div className="hours-day-name">
                <span id={`${id}-${day}`}>{dayName}</span>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={ranges.length > 0}
                    onChange={(e) => setDay(day, e.target.checked ? [{ start: "09:00", end: "17:00" }] : [])}
                  />
                  <span>{t("calendars.open")}</span>
                </label>
              </div>
              <div className="hours-ranges">
                {ranges.length === 0 ? <span className="muted">{t("calendars.closedAllDay")}</span> : null}
                {ranges.map((range, index) => {
                  const error = errorAt(`definition.weekly.${day}.${index}`, true);
                  const errorId = `${id}-${day}-${index}-error`;
                  const described = error ? errorId : undefined;
                  return (
                    <div key={index} className="hours-range">
                      <label>
                        <span>
                          {t("calendars.from")}
                          <span className="visually-hidden">
                            {" "}
                            ({dayName} {index + 1})
                          </span>
                        </span>
                        <input
                          value={range.start}
                          placeholder="09:00"
                          autoComplete="off"
                          aria-invalid={error ? true : undefined}
                          aria-describedby={described}
                          onChange={(e) => setRange(day, index, { start: e.target.value })}
                          onBlur={(e) => setRange(day, index, { start: padTime(e.target.value) })}
                        />
                      </label>
                      <label>
                        <span>
                          {t("calendars.to")}
                          <span className="visually-hidden">
                            {" "}
                            ({dayName} {index + 1})
                          </span>
                        </span>
                        <input
                          value={range.end}
                          placeholder="17:00"
                          autoComplete="off"
                          aria-invalid={error ? true : undefined}
                          aria-describedby={described}
                          onChange={(e) => setRange(day, index, { end: e.target.value })}
                          onBlur={(e) => setRange(day, index, { end: padTime(e.target.value) })}
                        />
                      </label>
                      <button
                        type="button"
                        onClick={() =>
                          setDay(
                            day,
                            ranges.filter((_, i) => i !== index),
                          )
                        }
                      >
                        {t("calendars.removeRange")}
                        <span className="visually-hidden">
                          {" "}
                          ({dayName} {index + 1})
                        </span>
                      </button>
                      {error ? (
                        <p className="error" id={errorId} role="alert">
                          {error}
                        </p>
                      ) : null}
                    </div>
                  );
                })}
                {dayError ? (
                  <p className="error" role="alert">
                    {dayError}
                  </p>
                ) : null}
                {ranges.length > 0 ? (
                  <div>
                    <button
                      type="button"
                      className="link"
                      onClick={() => setDay(day, [...ranges, { start: "", end: "" }])}
                    >
                      {t("calendars.addRange")}
                      <span className="visually-hidden"> ({dayName})</span>
                    </button>
                  </div>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      <div className="form-actions">
        <button type="button" onClick={copyMonday}>
          {t("calendars.copyMonday")}
        </button>
      </div>
    </fieldset>
  );
}
