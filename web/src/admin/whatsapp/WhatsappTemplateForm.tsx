import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useWhatsappWrites, type WhatsappTemplate } from "../../api/whatsapp.ts";
import { TextArea, TextField } from "../../ui/Field.tsx";
import { AdminProblem, CheckboxField, useAnnounce, useFieldError } from "../feedback.tsx";

type Draft = { name: string; language: string; parameters: string; active: boolean };
const draftOf = (tpl?: WhatsappTemplate): Draft => ({
  name: tpl?.name ?? "",
  language: tpl?.language ?? "en",
  parameters: (tpl?.parameters ?? []).join("\n"),
  active: tpl?.active ?? true,
});

/**
 * Record a template Meta approved, or correct one: its name and language exactly as Meta has them, and what each
 * body parameter ({{1}}, {{2}}, …) stands for, one a line, which is what agents are asked to fill in.
 */
export function WhatsappTemplateForm({ template, onDone }: { template?: WhatsappTemplate; onDone(): void }) {
  const { t } = useTranslation(["admin", "common"]);
  const writes = useWhatsappWrites();
  const announce = useAnnounce();
  const [f, setF] = useState<Draft>(() => draftOf(template));
  const set = (patch: Partial<Draft>) => setF((x) => ({ ...x, ...patch }));
  const mutation = template ? writes.updateTemplate : writes.createTemplate;
  const errorAt = useFieldError(mutation.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parameters = f.parameters
      .split("\n")
      .map((p) => p.trim())
      .filter((p) => p !== "");
    const body = { name: f.name.trim(), language: f.language.trim(), parameters };
    const done = () => {
      announce(t("whatsapp.templateSaved", { name: body.name }));
      if (!template) setF(draftOf());
      onDone();
    };
    if (template)
      writes.updateTemplate.mutate({ id: template.id, body: { ...body, active: f.active } }, { onSuccess: done });
    else writes.createTemplate.mutate(body, { onSuccess: done });
  };
  return (
    <form
      className="section stack"
      onSubmit={submit}
      noValidate
      aria-label={template ? t("whatsapp.editTemplate", { name: template.name }) : t("whatsapp.newTemplate")}
    >
      <div className="form-grid">
        <TextField
          label={t("whatsapp.templateName")}
          hint={t("whatsapp.templateNameHint")}
          dir="ltr"
          value={f.name}
          maxLength={512}
          onChange={(e) => set({ name: e.target.value })}
          error={errorAt("name")}
        />
        <TextField
          label={t("whatsapp.language")}
          hint={t("whatsapp.languageHint")}
          dir="ltr"
          value={f.language}
          maxLength={6}
          onChange={(e) => set({ language: e.target.value })}
          error={errorAt("language")}
        />
        <TextArea
          label={t("whatsapp.parameters")}
          hint={t("whatsapp.parametersHint")}
          rows={3}
          value={f.parameters}
          onChange={(e) => set({ parameters: e.target.value })}
          error={errorAt("parameters")}
        />
        {template ? (
          <CheckboxField
            label={t("form.active")}
            hint={t("whatsapp.activeHint")}
            checked={f.active}
            onChange={(active) => set({ active })}
          />
        ) : null}
      </div>
      <AdminProblem error={mutation.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? t("form.saving") : t("form.save")}
        </button>
        {template ? (
          <button type="button" onClick={onDone}>
            {t("form.cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
