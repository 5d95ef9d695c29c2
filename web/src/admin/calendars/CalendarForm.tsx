import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { AdminProblem, browserTimeZone, localInputToIso, useFieldError } from "../feedback.tsx";
import { timeZones, type CalendarFormState } from "./calendar-model.ts";
import { HolidaysEditor } from "./HolidaysEditor.tsx";
import { OverridesEditor } from "./OverridesEditor.tsx";
import { WeeklyHoursEditor } from "./WeeklyHoursEditor.tsx";

type Props = {
  mode: "create" | "revise";
  initial: CalendarFormState;
  busy: boolean;
  error: unknown;
  onSubmit(state: CalendarFormState, effectiveFrom: string | undefined): void;
};

/** The calendar editor: name (new calendars), time zone, 24×7 or weekly hours, holidays, per-date hours, and when a revision applies. */
export function CalendarForm({ mode, initial, busy, error, onSubmit }: Props) {
  const { t } = useTranslation(["admin", "common"]);
  const [state, setState] = useState(initial);
  const [effectiveFrom, setEffectiveFrom] = useState("");
  const errorAt = useFieldError(error);
  const zones = timeZones(state.timezone);
  const set = (patch: Partial<CalendarFormState>) => setState((s) => ({ ...s, ...patch }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(state, localInputToIso(effectiveFrom));
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {mode === "create" ? (
        <TextField
          label={t("calendars.name")}
          value={state.name}
          required
          maxLength={100}
          onChange={(e) => set({ name: e.target.value })}
          error={errorAt("name")}
        />
      ) : null}
      <SelectField
        label={t("calendars.timezone")}
        hint={t("calendars.timezoneHint")}
        value={state.timezone}
        onChange={(e) => set({ timezone: e.target.value })}
        error={errorAt("definition.timezone")}
      >
        {zones.map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </SelectField>
      <fieldset>
        <legend>{t("calendars.openWhen")}</legend>
        <label className="choice">
          <input type="radio" name="always" checked={!state.always} onChange={() => set({ always: false })} />
          <span>{t("calendars.onWeeklyHours")}</span>
        </label>
        <label className="choice">
          <input type="radio" name="always" checked={state.always} onChange={() => set({ always: true })} />
          <span>{t("calendars.alwaysOpen")}</span>
        </label>
      </fieldset>
      {state.always ? null : (
        <WeeklyHoursEditor weekly={state.weekly} onChange={(weekly) => set({ weekly })} errorAt={errorAt} />
      )}
      <HolidaysEditor
        holidays={state.holidays}
        onChange={(holidays) => set({ holidays })}
        errorAt={errorAt}
        disabled={state.always}
      />
      {state.always ? null : (
        <OverridesEditor overrides={state.overrides} onChange={(overrides) => set({ overrides })} errorAt={errorAt} />
      )}
      {mode === "revise" ? (
        <TextField
          type="datetime-local"
          label={t("calendars.effectiveFrom")}
          hint={t("calendars.effectiveFromHint", { zone: browserTimeZone() })}
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.target.value)}
          error={errorAt("effectiveFrom")}
        />
      ) : null}
      <AdminProblem error={error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("form.saving") : mode === "create" ? t("calendars.create") : t("calendars.saveVersion")}
        </button>
      </div>
    </form>
  );
}
