import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { createGroup, updateGroup } from "../../api/groups.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { keys, useSave } from "../data.ts";
import { useStaff } from "../../api/people.ts";
import { AdminProblem, useFieldError } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import type { Group } from "../types.ts";
import { ASSIGNMENTS, type Assignment } from "../vocab.ts";

/** Name, tier, lead and assignment mode: POST for a new group, PATCH for an existing one. */
export function GroupDetailsForm({ group }: { group: Group | null }) {
  const { t } = useTranslation(["admin", "common"]);
  const navigate = useNavigate();
  const staff = useStaff();
  const [name, setName] = useState(group?.name ?? "");
  const [nameUr, setNameUr] = useState(group?.nameUr ?? "");
  const [tier, setTier] = useState(String(group?.tier ?? 1));
  const [leadId, setLeadId] = useState(group?.leadId ?? "");
  const [assignment, setAssignment] = useState<Assignment>(group?.assignment ?? "manual");
  const save = useSave(
    () => {
      const body = { name, nameUr: nameUr.trim() || null, tier: Number(tier), leadId: leadId || null, assignment };
      return group ? updateGroup(group.id, body) : createGroup(body);
    },
    {
      invalidate: [keys.groups],
      message: group ? t("groups.saved") : t("groups.created"),
      onSuccess: (g) => {
        if (!group) navigate(adminPath("groups", g.id));
      },
    },
  );
  const errorAt = useFieldError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="form-grid">
        <TextField
          label={t("groups.name")}
          value={name}
          required
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          error={errorAt("name")}
        />
        <TextField
          label={t("form.nameUr")}
          hint={t("form.nameUrHint")}
          value={nameUr}
          lang="ur"
          dir="rtl"
          maxLength={200}
          onChange={(e) => setNameUr(e.target.value)}
          error={errorAt("nameUr")}
        />
        <SelectField
          label={t("groups.tier")}
          hint={t("groups.tierHint")}
          value={tier}
          onChange={(e) => setTier(e.target.value)}
          error={errorAt("tier")}
        >
          {Array.from({ length: 9 }, (_, i) => String(i + 1)).map((n) => (
            <option key={n} value={n}>
              {t("groups.tierN", { n })}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("groups.lead")}
          value={leadId}
          onChange={(e) => setLeadId(e.target.value)}
          error={errorAt("leadId")}
        >
          <option value="">{t("form.none")}</option>
          {(staff.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.active ? p.name : t("people.inactiveName", { name: p.name })}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset>
        <legend>{t("groups.assignment")}</legend>
        {ASSIGNMENTS.map((a) => (
          <label key={a} className="choice">
            <input
              type="radio"
              name="assignment"
              value={a}
              checked={assignment === a}
              onChange={() => setAssignment(a)}
            />
            <span>
              <strong>{t(`groups.mode.${a}`)}</strong> — {t(`groups.modeHint.${a}`)}
            </span>
          </label>
        ))}
        {errorAt("assignment") ? (
          <p className="error" role="alert">
            {errorAt("assignment")}
          </p>
        ) : null}
      </fieldset>
      <AdminProblem error={save.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("form.saving") : group ? t("groups.saveDetails") : t("groups.create")}
        </button>
      </div>
    </form>
  );
}
