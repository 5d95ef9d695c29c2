import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { saveGroupTarget, useGroupTarget } from "../../api/groups.ts";
import { SelectField } from "../../ui/Field.tsx";
import { formatMinutes } from "../../ui/format.ts";
import { keys, useCalendars, useSave } from "../data.ts";
import { AdminProblem, QueryState, useFieldError } from "../feedback.tsx";
import type { GroupTarget } from "../types.ts";
import { PRIORITIES, type Priority } from "../vocab.ts";

function TargetsForm({ groupId, initial }: { groupId: string; initial: GroupTarget }) {
  const { t } = useTranslation(["admin", "common"]);
  const calendars = useCalendars();
  const [calendarId, setCalendarId] = useState(initial.calendarId ?? "");
  const [minutes, setMinutes] = useState<Record<Priority, string>>(
    Object.fromEntries(
      PRIORITIES.map((p) => [p, initial.minutes[p] === undefined ? "" : String(initial.minutes[p])]),
    ) as Record<Priority, string>,
  );
  const units = { d: t("common:units.d"), h: t("common:units.h"), min: t("common:units.min") };
  const save = useSave(
    () =>
      saveGroupTarget(groupId, {
        calendarId: calendarId || null,
        minutes: Object.fromEntries(
          PRIORITIES.filter((p) => minutes[p].trim() !== "").map((p) => [
            p,
            Number(minutes[p].trim().replace(",", ".")),
          ]),
        ),
      }),
    { invalidate: [keys.groupTarget(groupId)], message: t("groups.targetsSaved") },
  );
  const errorAt = useFieldError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="hint">{t("groups.targetsHint")}</p>
      <SelectField
        label={t("groups.targetCalendar")}
        value={calendarId}
        onChange={(e) => setCalendarId(e.target.value)}
        error={errorAt("calendarId")}
      >
        <option value="">{t("groups.ticketCalendar")}</option>
        {(calendars.data ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <fieldset>
        <legend>{t("groups.holdLegend")}</legend>
        <div className="form-grid">
          {PRIORITIES.map((p) => {
            const id = `ola-${p}`;
            const error = errorAt(`minutes.${p}`);
            const value = Number(minutes[p]);
            return (
              <div className="field" key={p}>
                <label htmlFor={id}>{t("groups.holdFor", { priority: t(`common:priority.${p}`) })}</label>
                <input
                  id={id}
                  inputMode="decimal"
                  value={minutes[p]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
                  onChange={(e) => setMinutes({ ...minutes, [p]: e.target.value })}
                />
                <p className="hint" id={`${id}-hint`}>
                  {minutes[p].trim() && value > 0 ? formatMinutes(value, units) : t("groups.noTargetHint")}
                </p>
                {error ? (
                  <p className="error" id={`${id}-error`} role="alert">
                    {error}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
      <AdminProblem error={save.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("form.saving") : t("groups.saveTargets")}
        </button>
      </div>
    </form>
  );
}

/** A group's OLA: how long it may hold an active ticket per priority, in business minutes. */
export function GroupTargetsForm({ groupId }: { groupId: string }) {
  const query = useGroupTarget(groupId);
  if (!query.data) return <QueryState query={query} />;
  return <TargetsForm key={JSON.stringify(query.data)} groupId={groupId} initial={query.data} />;
}
