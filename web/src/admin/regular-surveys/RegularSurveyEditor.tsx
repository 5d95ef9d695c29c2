import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useOrganizations } from "../../api/reference.ts";
import { createRegularSurvey, updateRegularSurvey, type RegularSurvey } from "../../api/regular-surveys.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { keys, useSave } from "../data.ts";
import { AdminProblem, Checklist, useFieldError } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import { QuestionsEditor } from "./QuestionsEditor.tsx";
import { blankDraft, definitionOf, draftOf, RECURRENCES, STATUSES, type SurveyDraft } from "./survey-model.ts";

/**
 * A regular survey's definition: title (and in Urdu), questions, the client organizations asked, when rounds open
 * and how long they run, reminders, and its status. The server checks it all and names the field it refuses.
 */
export function RegularSurveyEditor({ survey }: { survey: RegularSurvey | null }) {
  const { t } = useTranslation(["admin", "common"]);
  const navigate = useNavigate();
  const [f, setF] = useState<SurveyDraft>(() =>
    survey ? draftOf(survey) : blankDraft(new Date().toISOString().slice(0, 10)),
  );
  const set = (patch: Partial<SurveyDraft>) => setF((x) => ({ ...x, ...patch }));
  const clients = (useOrganizations().data ?? []).filter((o) => o.kind === "client");
  const save = useSave(
    () => (survey ? updateRegularSurvey(survey.id, definitionOf(f)) : createRegularSurvey(definitionOf(f))),
    {
      invalidate: [keys.regularSurveys],
      message: survey ? t("regularSurveys.saved") : t("regularSurveys.created"),
      // A new survey opens on its own page (status, rounds); an edited one stays where it is.
      onSuccess: (saved) => {
        if (!survey) void navigate(adminPath("regular-surveys", saved.id));
      },
    },
  );
  const errorAt = useFieldError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form className="section stack" onSubmit={submit} noValidate aria-labelledby="regular-survey-form">
      <h2 id="regular-survey-form">
        {survey ? t("regularSurveys.editTitle", { title: survey.title }) : t("regularSurveys.newTitle")}
      </h2>
      <TextField
        label={t("regularSurveys.title")}
        hint={t("regularSurveys.titleHint")}
        value={f.title}
        maxLength={200}
        onChange={(e) => set({ title: e.target.value })}
        error={errorAt("title")}
      />
      <TextField
        label={t("regularSurveys.titleUr")}
        hint={t("regularSurveys.urHint")}
        value={f.titleUr}
        lang="ur"
        dir="rtl"
        maxLength={200}
        onChange={(e) => set({ titleUr: e.target.value })}
        error={errorAt("titleUr")}
      />
      <QuestionsEditor questions={f.questions} onChange={(questions) => set({ questions })} errorAt={errorAt} />
      <Checklist
        legend={t("regularSurveys.organizations")}
        hint={t("regularSurveys.organizationsHint")}
        className="columns"
        options={clients.map((o) => ({ value: o.id, label: o.name }))}
        value={f.organizationIds}
        onChange={(organizationIds) => set({ organizationIds })}
        error={errorAt("organizationIds", true)}
      />
      <div className="form-grid">
        <SelectField
          label={t("regularSurveys.recurrence")}
          value={f.recurrence}
          onChange={(e) => set({ recurrence: e.target.value as SurveyDraft["recurrence"] })}
          error={errorAt("recurrence")}
        >
          {RECURRENCES.map((r) => (
            <option key={r} value={r}>
              {t(`regularSurveys.recurrences.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("regularSurveys.startDate")}
          hint={t("regularSurveys.startDateHint")}
          type="date"
          value={f.startDate}
          onChange={(e) => set({ startDate: e.target.value })}
          error={errorAt("startDate")}
        />
        <TextField
          label={t("regularSurveys.windowDays")}
          hint={t("regularSurveys.windowDaysHint")}
          inputMode="numeric"
          value={f.windowDays}
          onChange={(e) => set({ windowDays: e.target.value })}
          error={errorAt("windowDays")}
        />
        <TextField
          label={t("regularSurveys.reminderAfterDays")}
          hint={t("regularSurveys.reminderAfterDaysHint")}
          inputMode="numeric"
          value={f.reminderAfterDays}
          onChange={(e) => set({ reminderAfterDays: e.target.value })}
          error={errorAt("reminderAfterDays")}
        />
        <TextField
          label={t("regularSurveys.reminderMax")}
          hint={t("regularSurveys.reminderMaxHint")}
          inputMode="numeric"
          value={f.reminderMax}
          onChange={(e) => set({ reminderMax: e.target.value })}
          error={errorAt("reminderMax")}
        />
        <SelectField
          label={t("regularSurveys.status")}
          hint={t("regularSurveys.statusHint")}
          value={f.status}
          onChange={(e) => set({ status: e.target.value as SurveyDraft["status"] })}
          error={errorAt("status")}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`regularSurveys.statuses.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <AdminProblem error={save.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("form.saving") : survey ? t("form.save") : t("regularSurveys.create")}
        </button>
        <Link to={adminPath("regular-surveys")}>{t("form.cancel")}</Link>
      </div>
    </form>
  );
}
