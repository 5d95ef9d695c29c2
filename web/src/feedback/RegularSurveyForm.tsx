import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { SurveyAnswers, SurveyQuestion } from "../api/regular-surveys.ts";
import { inReadersLanguage } from "../app/i18n.ts";
import { Choices } from "../portal/Choices.tsx";
import { TextArea } from "../ui/Field.tsx";

const SCORES = ["1", "2", "3", "4", "5"] as const;
const TEXT_MAX = 2000;

/**
 * A regular survey's questions as one form (the public page and the portal both use it): a 1–5 scale, one choice
 * among options, or free text each; required ones are checked before sending, the first problem gets the focus.
 */
export function RegularSurveyForm({
  idBase,
  questions,
  busy,
  onSubmit,
  footer,
}: {
  idBase: string;
  questions: readonly SurveyQuestion[];
  busy: boolean;
  onSubmit(answers: SurveyAnswers): void;
  footer?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation(["public", "common"]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const fieldId = (q: SurveyQuestion) => (q.kind === "text" ? `${idBase}-${q.id}` : `${idBase}-${q.id}-0`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const q of questions) {
      const value = (values[q.id] ?? "").trim();
      if (q.required && !value) found[q.id] = t("regularSurvey.errors.required");
      else if (q.kind === "text" && value.length > TEXT_MAX)
        found[q.id] = t("regularSurvey.errors.long", { max: TEXT_MAX });
    }
    setErrors(found);
    const first = questions.find((q) => found[q.id]);
    if (first) return document.getElementById(fieldId(first))?.focus();
    const answers: SurveyAnswers = {};
    for (const q of questions) {
      const value = (values[q.id] ?? "").trim();
      if (value) answers[q.id] = q.kind === "scale" ? Number(value) : value;
    }
    onSubmit(answers);
  };

  const set = (id: string, value: string) => setValues((v) => ({ ...v, [id]: value }));
  return (
    <form className="card stack" noValidate onSubmit={submit}>
      {questions.map((q) => {
        const label =
          inReadersLanguage(q.text, q.textUr, i18n.language) + (q.required ? "" : ` ${t("regularSurvey.optional")}`);
        if (q.kind === "text")
          return (
            <TextArea
              key={q.id}
              id={fieldId(q)}
              label={label}
              value={values[q.id] ?? ""}
              onChange={(e) => set(q.id, e.target.value)}
              rows={3}
              maxLength={TEXT_MAX}
              dir="auto"
              error={errors[q.id]}
            />
          );
        const options =
          q.kind === "scale"
            ? SCORES.map((value) => ({ value, label: t(`survey.scores.${value}`) }))
            : q.options.map((value) => ({ value, label: <bdi>{value}</bdi> }));
        return (
          <Choices
            key={q.id}
            idBase={`${idBase}-${q.id}`}
            name={`${idBase}-${q.id}`}
            role="radiogroup"
            legend={label}
            hint={q.kind === "scale" ? t("survey.scale") : undefined}
            value={values[q.id] ?? ""}
            onChange={(value) => set(q.id, value)}
            error={errors[q.id]}
            options={options}
          />
        );
      })}
      {footer}
      <div className="row end">
        <button type="submit" className="primary" disabled={busy}>
          {t("survey.submit")}
        </button>
      </div>
    </form>
  );
}
