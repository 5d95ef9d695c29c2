import { useTranslation } from "react-i18next";
import { TableScroll } from "../feedback.tsx";
import { rowKey, type HolidayRow } from "./calendar-model.ts";

type Props = {
  holidays: HolidayRow[];
  onChange(next: HolidayRow[]): void;
  errorAt(field: string, nested?: boolean): string | undefined;
  disabled?: boolean;
};

/** Closed days: a date and a name, once or every year on that month and day. */
export function HolidaysEditor({ holidays, onChange, errorAt, disabled }: Props) {
  const { t } = useTranslation(["admin", "common"]);
  const set = (key: number, patch: Partial<HolidayRow>) =>
    onChange(holidays.map((h) => (h.key === key ? { ...h, ...patch } : h)));
  const listError = errorAt("definition.holidays");
  return (
    <fieldset>
      <legend>{t("calendars.holidays")}</legend>
      <p className="hint">{disabled ? t("calendars.holidaysIgnored") : t("calendars.holidaysHint")}</p>
      {listError ? (
        <p className="error" role="alert">
          {listError}
        </p>
      ) : null}
      {holidays.length === 0 ? (
        <p className="empty">{t("calendars.noHolidays")}</p>
      ) : (
        <TableScroll label={t("calendars.holidays")}>
          <table className="holidays">
            <thead>
              <tr>
                <th scope="col">{t("calendars.holidayDate")}</th>
                <th scope="col">{t("calendars.holidayName")}</th>
                <th scope="col">{t("calendars.recurring")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("form.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {holidays.map((h, index) => {
                const dateError =
                  errorAt(`definition.holidays.${index}.date`) ?? errorAt(`definition.holidays.${index}`);
                const nameError = errorAt(`definition.holidays.${index}.name`);
                const n = index + 1;
                const which = h.name || h.date || String(n);
                return (
                  <tr key={h.key}>
                    <td>
                      <label className="visually-hidden" htmlFor={`holiday-${h.key}-date`}>
                        {t("calendars.holidayDateN", { n })}
                      </label>
                      <input
                        id={`holiday-${h.key}-date`}
                        type="date"
                        value={h.date}
                        aria-invalid={dateError ? true : undefined}
                        aria-describedby={dateError ? `holiday-${h.key}-date-error` : undefined}
                        onChange={(e) => set(h.key, { date: e.target.value })}
                      />
                      {dateError ? (
                        <p className="error" id={`holiday-${h.key}-date-error`} role="alert">
                          {dateError}
                        </p>
                      ) : null}
                    </td>
                    <td>
                      <label className="visually-hidden" htmlFor={`holiday-${h.key}-name`}>
                        {t("calendars.holidayNameN", { n })}
                      </label>
                      <input
                        id={`holiday-${h.key}-name`}
                        value={h.name}
                        maxLength={200}
                        aria-invalid={nameError ? true : undefined}
                        onChange={(e) => set(h.key, { name: e.target.value })}
                      />
                      {nameError ? (
                        <p className="error" role="alert">
                          {nameError}
                        </p>
                      ) : null}
                    </td>
                    <td>
                      <label className="choice">
                        <input
                          type="checkbox"
                          checked={h.recurring}
                          onChange={(e) => set(h.key, { recurring: e.target.checked })}
                        />
                        <span className="visually-hidden">{t("calendars.recurringN", { which })}</span>
                      </label>
                    </td>
                    <td>
                      <button type="button" onClick={() => onChange(holidays.filter((x) => x.key !== h.key))}>
                        {t("calendars.removeHoliday")}
                        <span className="visually-hidden"> ({which})</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <div className="form-actions">
        <button
          type="button"
          onClick={() => onChange([...holidays, { key: rowKey(), date: "", name: "", recurring: false }])}
        >
          {t("calendars.addHoliday")}
        </button>
      </div>
    </fieldset>
  );
}
