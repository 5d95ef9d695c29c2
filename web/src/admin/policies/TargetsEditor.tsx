import { useTranslation } from "react-i18next";
import { formatMinutes } from "../../ui/format.ts";
import { CheckboxField, Checklist, TableScroll } from "../feedback.tsx";
import type { Calendar } from "../types.ts";
import { PAUSABLE_STATUSES, PRIORITIES, type Priority } from "../vocab.ts";
import type { DefinitionState, TargetRow } from "./policy-model.ts";

type Props = {
  state: DefinitionState;
  onChange(next: DefinitionState): void;
  calendars: Calendar[];
  errorAt(field: string, nested?: boolean): string | undefined;
};

const COLUMNS = [
  { field: "firstResponse", api: "firstResponseMinutes", label: "policies.respond" },
  { field: "resolution", api: "resolutionMinutes", label: "policies.resolve" },
  { field: "nextReply", api: "nextReplyMinutes", label: "policies.nextReply" },
] as const;

/** Targets per priority (business minutes, on a calendar each), the statuses that pause, and the warning shares. */
export function TargetsEditor({ state, onChange, calendars, errorAt }: Props) {
  const { t } = useTranslation(["admin", "common"]);
  const units = { d: t("common:units.d"), h: t("common:units.h"), min: t("common:units.min") };
  const setTarget = (p: Priority, patch: Partial<TargetRow>) =>
    onChange({ ...state, targets: { ...state.targets, [p]: { ...state.targets[p], ...patch } } });
  const setShare = (i: number, value: string) =>
    onChange({ ...state, warningShares: state.warningShares.map((w, j) => (j === i ? value : w)) });

  return (
    <>
      <h3>{t("policies.targets")}</h3>
      <p className="hint">{t("policies.targetsHint")}</p>
      <TableScroll label={t("policies.targets")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("policies.priority")}</th>
              {COLUMNS.map((c) => (
                <th scope="col" key={c.field}>
                  {t(c.label)}
                </th>
              ))}
              <th scope="col">{t("policies.calendar")}</th>
            </tr>
          </thead>
          <tbody>
            {PRIORITIES.map((p) => {
              const row = state.targets[p];
              const priority = t(`common:priority.${p}`);
              return (
                <tr key={p}>
                  <th scope="row">
                    <span className={`badge ${p}`}>{priority}</span>
                  </th>
                  {COLUMNS.map((c) => {
                    const id = `target-${p}-${c.field}`;
                    const error =
                      errorAt(`definition.targets.${p}.${c.api}`) ??
                      (c.field === "firstResponse" ? errorAt(`definition.targets.${p}`) : undefined);
                    const minutes = Number(row[c.field]);
                    return (
                      <td key={c.field}>
                        <label
                          className="visually-hidden"
                          htmlFor={id}
                        >{`${priority}: ${t(c.label)} (${t("form.minutes")})`}</label>
                        <input
                          id={id}
                          className="inline-input"
                          inputMode="decimal"
                          value={row[c.field]}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={`${id}-note`}
                          onChange={(e) => setTarget(p, { [c.field]: e.target.value })}
                        />
                        <div className="muted-small" id={`${id}-note`}>
                          {row[c.field].trim() && minutes > 0
                            ? formatMinutes(minutes, units)
                            : c.field === "nextReply"
                              ? t("policies.noNextReply")
                              : ""}
                        </div>
                        {error ? (
                          <p className="error" role="alert">
                            {error}
                          </p>
                        ) : null}
                      </td>
                    );
                  })}
                  <td>
                    <label
                      className="visually-hidden"
                      htmlFor={`target-${p}-calendar`}
                    >{`${priority}: ${t("policies.calendar")}`}</label>
                    <select
                      id={`target-${p}-calendar`}
                      value={row.calendarId}
                      aria-invalid={errorAt(`definition.targets.${p}.calendarId`) ? true : undefined}
                      onChange={(e) => setTarget(p, { calendarId: e.target.value })}
                    >
                      {row.calendarId === "" ? <option value="">{t("policies.chooseCalendar")}</option> : null}
                      {calendars.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name}
                        </option>
                      ))}
                    </select>
                    {errorAt(`definition.targets.${p}.calendarId`) ? (
                      <p className="error" role="alert">
                        {errorAt(`definition.targets.${p}.calendarId`)}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>

      <Checklist
        legend={t("policies.pauseStatuses")}
        hint={t("policies.pauseHint")}
        options={PAUSABLE_STATUSES.map((s) => ({ value: s, label: t(`common:status.${s}`) }))}
        value={state.pauseStatuses.filter((s): s is (typeof PAUSABLE_STATUSES)[number] =>
          (PAUSABLE_STATUSES as readonly string[]).includes(s),
        )}
        onChange={(pauseStatuses) => onChange({ ...state, pauseStatuses })}
        error={errorAt("definition.pauseStatuses", true)}
      />

      <CheckboxField
        label={t("policies.arrivalCountsAsResponse")}
        hint={t("policies.arrivalHint")}
        checked={state.arrivalCountsAsResponse}
        onChange={(arrivalCountsAsResponse) => onChange({ ...state, arrivalCountsAsResponse })}
      />
      <CheckboxField
        label={t("policies.travelPausesResolution")}
        hint={t("policies.travelHint")}
        checked={state.travelPausesResolution}
        onChange={(travelPausesResolution) => onChange({ ...state, travelPausesResolution })}
      />
      <CheckboxField
        label={t("policies.remoteStartCountsAsResponse")}
        checked={state.remoteStartCountsAsResponse}
        onChange={(remoteStartCountsAsResponse) => onChange({ ...state, remoteStartCountsAsResponse })}
      />

      <fieldset>
        <legend>{t("policies.warningShares")}</legend>
        <p className="hint">{t("policies.warningHint")}</p>
        <div className="row">
          {state.warningShares.map((w, i) => {
            const error = errorAt(`definition.warningShares.${i}`);
            return (
              <div key={i} className="row">
                <label htmlFor={`share-${i}`} className="visually-hidden">
                  {t("policies.warningN", { n: i + 1 })}
                </label>
                <input
                  id={`share-${i}`}
                  className="narrow-input"
                  inputMode="decimal"
                  value={w}
                  aria-invalid={error ? true : undefined}
                  onChange={(e) => setShare(i, e.target.value)}
                />
                <span aria-hidden="true">%</span>
                <button
                  type="button"
                  onClick={() => onChange({ ...state, warningShares: state.warningShares.filter((_, j) => j !== i) })}
                >
                  {t("form.remove")}
                  <span className="visually-hidden"> {t("policies.warningN", { n: i + 1 })}</span>
                </button>
                {error ? (
                  <p className="error" role="alert">
                    {error}
                  </p>
                ) : null}
              </div>
            );
          })}
          {state.warningShares.length < 5 ? (
            <button type="button" onClick={() => onChange({ ...state, warningShares: [...state.warningShares, ""] })}>
              {t("policies.addWarning")}
            </button>
          ) : null}
        </div>
        {errorAt("definition.warningShares") ? (
          <p className="error" role="alert">
            {errorAt("definition.warningShares")}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
