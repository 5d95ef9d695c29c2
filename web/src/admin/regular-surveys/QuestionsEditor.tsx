import { useTranslation } from "react-i18next";
import { SelectField, TextArea, TextField } from "../../ui/Field.tsx";
import { CheckboxField } from "../feedback.tsx";
import { move, newQuestion, QUESTION_KINDS, type QuestionDraft, type QuestionKind } from "./survey-model.ts";

const MAX_QUESTIONS = 20;

/**
 * The survey's questions in order: each a 1–5 scale, one choice among options, or free text; required or not; one
 * scale may be the satisfaction question (marking another unmarks it). Each question is a fieldset named by its
 * number, so "Move up", "Remove" and the fields are announced with the question they belong to.
 */
export function QuestionsEditor({
  questions,
  onChange,
  errorAt,
}: {
  questions: QuestionDraft[];
  onChange(next: QuestionDraft[]): void;
  errorAt(field: string, nested?: boolean): string | undefined;
}) {
  const { t } = useTranslation(["admin", "common"]);
  const set = (index: number, patch: Partial<QuestionDraft>) =>
    onChange(
      questions.map((q, i) => {
        if (i === index) return { ...q, ...patch };
        // Only one question is the satisfaction question.
        return patch.satisfaction ? { ...q, satisfaction: false } : q;
      }),
    );
  const listError = errorAt("questions");
  return (
    <fieldset className="stack" aria-invalid={listError ? true : undefined}>
      <legend>{t("regularSurveys.questions")}</legend>
      <p className="hint">{t("regularSurveys.questionsHint")}</p>
      <ol className="rows survey-questions">
        {questions.map((q, i) => {
          const at = (field: string, nested = false) => errorAt(`questions.${i}.${field}`, nested);
          const n = i + 1;
          return (
            <li key={q.id} className="row-card">
              <fieldset className="stack">
                <legend>{t("regularSurveys.questionN", { n })}</legend>
                <div className="form-grid">
                  <SelectField
                    label={t("regularSurveys.kind")}
                    value={q.kind}
                    onChange={(e) => set(i, { kind: e.target.value as QuestionKind, satisfaction: false })}
                    error={at("kind")}
                  >
                    {QUESTION_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`regularSurveys.kinds.${k}`)}
                      </option>
                    ))}
                  </SelectField>
                  <CheckboxField
                    label={t("regularSurveys.required")}
                    checked={q.required}
                    onChange={(required) => set(i, { required })}
                  />
                  {q.kind === "scale" ? (
                    <CheckboxField
                      label={t("regularSurveys.satisfaction")}
                      hint={t("regularSurveys.satisfactionHint")}
                      checked={q.satisfaction}
                      onChange={(satisfaction) => set(i, { satisfaction })}
                    />
                  ) : null}
                </div>
                <TextField
                  label={t("regularSurveys.questionText")}
                  value={q.text}
                  maxLength={300}
                  onChange={(e) => set(i, { text: e.target.value })}
                  error={at("text") ?? at("id")}
                />
                <TextField
                  label={t("regularSurveys.questionTextUr")}
                  hint={t("regularSurveys.urHint")}
                  value={q.textUr}
                  lang="ur"
                  dir="rtl"
                  maxLength={300}
                  onChange={(e) => set(i, { textUr: e.target.value })}
                  error={at("textUr")}
                />
                {q.kind === "choice" ? (
                  <TextArea
                    label={t("regularSurveys.options")}
                    hint={t("regularSurveys.optionsHint")}
                    value={q.options}
                    rows={4}
                    onChange={(e) => set(i, { options: e.target.value })}
                    error={at("options", true)}
                  />
                ) : null}
                <div className="row">
                  <button type="button" disabled={i === 0} onClick={() => onChange(move(questions, i, -1))}>
                    {t("regularSurveys.moveUp")}
                  </button>
                  <button
                    type="button"
                    disabled={i === questions.length - 1}
                    onClick={() => onChange(move(questions, i, 1))}
                  >
                    {t("regularSurveys.moveDown")}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    disabled={questions.length === 1}
                    onClick={() => onChange(questions.filter((_, j) => j !== i))}
                  >
                    {t("form.remove")}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {listError ? (
        <p className="error" role="alert">
          {listError}
        </p>
      ) : null}
      <div>
        <button
          type="button"
          disabled={questions.length >= MAX_QUESTIONS}
          onClick={() => onChange([...questions, newQuestion(questions)])}
        >
          {t("regularSurveys.addQuestion")}
        </button>
      </div>
    </fieldset>
  );
}
