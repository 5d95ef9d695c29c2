import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { formatMinutes } from "../../ui/format.ts";
import { Checklist } from "../feedback.tsx";
import type { Person } from "../types.ts";
import { CLOCK_KINDS, NOTIFY_CHANNELS, NOTIFY_WHO, type ClockKind } from "../vocab.ts";
import { newAction, newLevel, type ActionRow, type LevelRow } from "./policy-model.ts";

type Props = {
  levels: LevelRow[];
  onChange(next: LevelRow[]): void;
  staff: Person[];
  errorAt(field: string, nested?: boolean): string | undefined;
};

const ACTION_TYPES = ["notify", "move_to_next_tier", "raise_priority"] as const;

/** Escalation levels: at an offset from a clock's deadline, notify people, move the ticket up a tier or raise its priority. */
export function EscalationsEditor({ levels, onChange, staff, errorAt }: Props) {
  const { t } = useTranslation(["admin", "common"]);
  const units = { d: t("common:units.d"), h: t("common:units.h"), min: t("common:units.min") };
  const setLevel = (key: number, patch: Partial<LevelRow>) =>
    onChange(levels.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const setAction = (level: LevelRow, key: number, patch: Partial<ActionRow>) =>
    setLevel(level.key, { actions: level.actions.map((a) => (a.key === key ? { ...a, ...patch } : a)) });

  return (
    <fieldset>
      <legend>{t("policies.escalations")}</legend>
      <p className="hint">{t("policies.escalationsHint")}</p>
      {levels.length === 0 ? <p className="empty">{t("policies.noEscalations")}</p> : null}
      <div className="rows">
        {levels.map((level, i) => {
          const at = `definition.escalations.${i}`;
          const offset = Number(level.offset);
          const when = Number.isFinite(offset)
            ? offset < 0
              ? t("policies.beforeDeadline", { time: formatMinutes(-offset, units) })
              : offset > 0
                ? t("policies.afterDeadline", { time: formatMinutes(offset, units) })
                : t("policies.atDeadline")
            : "";
          return (
            <div key={level.key} className="row-card stack" role="group" aria-labelledby={`level-${level.key}`}>
              <div className="spread">
                <h4 id={`level-${level.key}`}>{t("policies.levelN", { n: i + 1 })}</h4>
                <button type="button" onClick={() => onChange(levels.filter((l) => l.key !== level.key))}>
                  {t("policies.removeLevel", { n: i + 1 })}
                </button>
              </div>
              <div className="form-grid">
                <SelectField
                  label={t("policies.clock")}
                  value={level.clock}
                  onChange={(e) => setLevel(level.key, { clock: e.target.value as ClockKind })}
                  error={errorAt(`${at}.clock`)}
                >
                  {CLOCK_KINDS.map((c) => (
                    <option key={c} value={c}>
                      {t(`policies.clockName.${c}`)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  label={t("policies.offset")}
                  hint={when || t("policies.offsetHint")}
                  inputMode="numeric"
                  value={level.offset}
                  onChange={(e) => setLevel(level.key, { offset: e.target.value })}
                  error={errorAt(`${at}.offsetMinutes`)}
                />
              </div>
              {level.actions.map((action, j) => {
                const aat = `${at}.actions.${j}`;
                return (
                  <div
                    key={action.key}
                    className="row-card stack"
                    role="group"
                    aria-label={t("policies.actionN", { n: j + 1, level: i + 1 })}
                  >
                    <div className="form-grid">
                      <SelectField
                        label={t("policies.actionType", { n: j + 1 })}
                        value={action.type}
                        onChange={(e) => setAction(level, action.key, { type: e.target.value as ActionRow["type"] })}
                        error={errorAt(`${aat}.type`)}
                      >
                        {ACTION_TYPES.map((a) => (
                          <option key={a} value={a}>
                            {t(`policies.action.${a}`)}
                          </option>
                        ))}
                      </SelectField>
                    </div>
                    {action.type === "notify" ? (
                      <>
                        <Checklist
                          legend={t("policies.notifyWho")}
                          options={NOTIFY_WHO.map((w) => ({ value: w, label: t(`policies.who.${w}`) }))}
                          value={action.who}
                          onChange={(who) => setAction(level, action.key, { who })}
                          error={errorAt(`${aat}.who`, true)}
                        />
                        {action.who.includes("managers") ? (
                          <Checklist
                            className="columns"
                            legend={t("policies.namedManagers")}
                            options={staff.filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }))}
                            value={action.managerIds}
                            onChange={(managerIds) => setAction(level, action.key, { managerIds })}
                            error={errorAt(`${aat}.managerIds`, true)}
                          />
                        ) : null}
                        <Checklist
                          legend={t("policies.notifyBy")}
                          options={NOTIFY_CHANNELS.map((c) => ({ value: c, label: t(`policies.notifyChannel.${c}`) }))}
                          value={action.channels}
                          onChange={(channels) => setAction(level, action.key, { channels })}
                          error={errorAt(`${aat}.channels`, true)}
                        />
                        {action.channels.includes("webhook") ? (
                          <TextField
                            type="url"
                            label={t("policies.webhookUrl")}
                            hint={t("policies.webhookHint")}
                            value={action.webhookUrl}
                            onChange={(e) => setAction(level, action.key, { webhookUrl: e.target.value })}
                            error={errorAt(`${aat}.webhookUrl`)}
                          />
                        ) : null}
                      </>
                    ) : null}
                    {level.actions.length > 1 ? (
                      <div>
                        <button
                          type="button"
                          onClick={() =>
                            setLevel(level.key, { actions: level.actions.filter((a) => a.key !== action.key) })
                          }
                        >
                          {t("policies.removeAction", { n: j + 1, level: i + 1 })}
                        </button>
                      </div>
                    ) : null}
                  </div>
                );
              })}
              {errorAt(`${at}.actions`) ? (
                <p className="error" role="alert">
                  {errorAt(`${at}.actions`)}
                </p>
              ) : null}
              <div>
                <button
                  type="button"
                  className="link"
                  onClick={() => setLevel(level.key, { actions: [...level.actions, newAction()] })}
                >
                  {t("policies.addAction", { level: i + 1 })}
                </button>
              </div>
            </div>
          );
        })}
      </div>
      {levels.length < 20 ? (
        <div className="form-actions">
          <button type="button" onClick={() => onChange([...levels, newLevel()])}>
            {t("policies.addLevel")}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
