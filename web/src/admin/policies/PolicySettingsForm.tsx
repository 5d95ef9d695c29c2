import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { updatePolicy } from "../../api/policies.ts";
import { TextField } from "../../ui/Field.tsx";
import { keys, useSave } from "../data.ts";
import { AdminProblem, CheckboxField, useFieldError } from "../feedback.tsx";
import type { PolicyConditions, PolicyDetail } from "../types.ts";
import { ConditionsFields } from "./ConditionsFields.tsx";
import { cleanConditions } from "./policy-model.ts";

/** Name, order, active and conditions: not versioned, they apply at once to new tickets (PATCH). */
export function PolicySettingsForm({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation(["admin", "common"]);
  const [name, setName] = useState(policy.name);
  const [position, setPosition] = useState(String(policy.position));
  const [active, setActive] = useState(policy.active);
  const [conditions, setConditions] = useState<PolicyConditions>(policy.conditions);
  const save = useSave(
    () =>
      updatePolicy(policy.id, {
        name,
        ...(policy.isDefault ? {} : { position: Number(position), active, conditions: cleanConditions(conditions) }),
      }),
    { invalidate: [keys.policies], message: t("policies.settingsSaved") },
  );
  const errorAt = useFieldError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="hint">{t("policies.settingsHint")}</p>
      <div className="form-grid">
        <TextField
          label={t("policies.name")}
          value={name}
          required
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
          error={errorAt("name")}
        />
        {policy.isDefault ? null : (
          <TextField
            label={t("policies.position")}
            hint={t("policies.positionHint")}
            inputMode="numeric"
            value={position}
            onChange={(e) => setPosition(e.target.value)}
            error={errorAt("position")}
          />
        )}
      </div>
      {policy.isDefault ? (
        <p className="message note">{t("policies.defaultExplained")}</p>
      ) : (
        <>
          <CheckboxField
            label={t("policies.activeLabel")}
            hint={t("policies.activeHint")}
            checked={active}
            onChange={setActive}
          />
          <ConditionsFields value={conditions} onChange={setConditions} errorAt={errorAt} />
        </>
      )}
      <AdminProblem error={save.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("form.saving") : t("policies.saveSettings")}
        </button>
      </div>
    </form>
  );
}
