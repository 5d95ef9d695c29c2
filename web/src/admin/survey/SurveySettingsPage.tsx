import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { saveSurveySettings, useSurveySettings, type SurveySettings } from "../../api/surveys.ts";
import { TextArea, TextField } from "../../ui/Field.tsx";
import { keys, useSave } from "../data.ts";
import { AdminProblem, CheckboxField, QueryState, useFieldError } from "../feedback.tsx";

// Numbers are typed as text so a half-typed or empty value reaches the API, which names the field in its answer.
type Draft = Omit<SurveySettings, "questionUr" | "samplingPercent" | "cooldownDays" | "linkDays"> & {
  questionUr: string;
  samplingPercent: string;
  cooldownDays: string;
  linkDays: string;
};

const draftOf = (s: SurveySettings): Draft => ({
  enabled: s.enabled,
  question: s.question,
  questionUr: s.questionUr ?? "",
  samplingPercent: String(s.samplingPercent),
  cooldownDays: String(s.cooldownDays),
  linkDays: String(s.linkDays),
});

/** "" and "12.5" go to the API as they are not whole numbers, so its field error names what is wrong. */
const wholeNumber = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

function SurveySettingsForm({ settings }: { settings: SurveySettings }) {
  const { t } = useTranslation(["admin", "common"]);
  const [f, setF] = useState<Draft>(() => draftOf(settings));
  const set = (patch: Partial<Draft>) => setF((x) => ({ ...x, ...patch }));
  const save = useSave(
    () =>
      saveSurveySettings({
        enabled: f.enabled,
        question: f.question,
        questionUr: f.questionUr.trim() || null,
        samplingPercent: wholeNumber(f.samplingPercent),
        cooldownDays: wholeNumber(f.cooldownDays),
        linkDays: wholeNumber(f.linkDays),
      }),
    { invalidate: [keys.surveySettings], message: t("survey.saved") },
  );
  const errorAt = useFieldError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form className="section stack" onSubmit={submit} noValidate aria-labelledby="survey-settings">
      <h2 id="survey-settings">{t("survey.formTitle")}</h2>
      <CheckboxField
        label={t("survey.enabled")}
        hint={t("survey.enabledHint")}
        checked={f.enabled}
        onChange={(enabled) => set({ enabled })}
      />
      <TextArea
        label={t("survey.question")}
        hint={t("survey.questionHint")}
        value={f.question}
        rows={2}
        maxLength={300}
        onChange={(e) => set({ question: e.target.value })}
        error={errorAt("question")}
      />
      <TextArea
        label={t("survey.questionUr")}
        hint={t("survey.questionUrHint")}
        value={f.questionUr}
        lang="ur"
        dir="rtl"
        rows={2}
        maxLength={300}
        onChange={(e) => set({ questionUr: e.target.value })}
        error={errorAt("questionUr")}
      />
      <div className="form-grid">
        <TextField
          label={t("survey.samplingPercent")}
          hint={t("survey.samplingPercentHint")}
          inputMode="numeric"
          value={f.samplingPercent}
          onChange={(e) => set({ samplingPercent: e.target.value })}
          error={errorAt("samplingPercent")}
        />
        <TextField
          label={t("survey.cooldownDays")}
          hint={t("survey.cooldownDaysHint")}
          inputMode="numeric"
          value={f.cooldownDays}
          onChange={(e) => set({ cooldownDays: e.target.value })}
          error={errorAt("cooldownDays")}
        />
        <TextField
          label={t("survey.linkDays")}
          hint={t("survey.linkDaysHint")}
          inputMode="numeric"
          value={f.linkDays}
          onChange={(e) => set({ linkDays: e.target.value })}
          error={errorAt("linkDays")}
        />
      </div>
      <AdminProblem error={save.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("form.saving") : t("form.save")}
        </button>
      </div>
    </form>
  );
}

/** /admin/survey: how the post-resolution survey is run (GET/PUT /api/v1/settings/survey, audited). */
export function SurveySettingsPage() {
  const { t } = useTranslation(["admin", "common"]);
  const query = useSurveySettings();
  return (
    <div className="page stack">
      <h1>{t("sections.survey.title")}</h1>
      <p className="muted">{t("survey.intro")}</p>
      <QueryState query={query} />
      {/* Keyed by the saved values: after a save the form starts again from what the server kept. */}
      {query.data ? <SurveySettingsForm key={JSON.stringify(query.data)} settings={query.data} /> : null}
    </div>
  );
}
