import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { inReadersLanguage } from "../app/i18n.ts";
import { useNavigate } from "react-router";
import { useCategories } from "../api/reference.ts";
import { uploadAttachment } from "../api/ticket-actions.ts";
import { createTicket } from "../api/tickets.ts";
import { ApiError } from "../app/api.ts";
import { useIdempotencyKey } from "../app/idempotency.ts";
import { useSettings } from "../api/settings.ts";
import { ArticleSuggestions } from "../kb/ArticleSuggestions.tsx";
import { useDraftDeflection } from "../kb/useDraftDeflection.ts";
import { useMe } from "../app/session.tsx";
import { SelectField, TextArea, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import { ErrorSummary, useFormErrors, type SummaryItem } from "../public/ErrorSummary.tsx";
import { Choices } from "./Choices.tsx";
import { SlaPromise } from "./SlaPromise.tsx";
import { formatSize, IMPACTS, URGENCIES, type Impact, type Urgency } from "./types.ts";
import { DESCRIPTION_MAX, fileProblem, SUBJECT_MAX } from "./validate.ts";
import "./portal.css";

type Field = "categoryId" | "subject" | "description" | "impact" | "urgency" | "file";
const FIELD_IDS: Record<Field, string> = {
  categoryId: "new-category",
  subject: "new-subject",
  description: "new-description",
  impact: "new-impact-0",
  urgency: "new-urgency-0",
  file: "new-file",
};
const ORDER: readonly Field[] = ["categoryId", "subject", "description", "impact", "urgency", "file"];

/** Raise a request: plain-words questions, the promised times shown before sending, then the request's page. */
export default function NewRequestPage() {
  const { t, i18n } = useTranslation(["portal", "common"]);
  const attachmentRules = useSettings().data?.attachments;
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [categoryId, setCategoryId] = useState("");
  const [subject, setSubject] = useState("");
  const [description, setDescription] = useState("");
  const [impact, setImpact] = useState<Impact | "">("");
  const [urgency, setUrgency] = useState<Urgency | "">("");
  const [file, setFile] = useState<File | null>(null);
  const { errors, summaryRef, show: showErrors, fixing, clear: clearErrors } = useFormErrors<Field>();
  const submission = useIdempotencyKey();
  // A suggested article opened and this draft then left unsent counts as a deflection (once per draft).
  const draft = useDraftDeflection();

  const categories = useCategories();

  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    if (!subject.trim()) found.subject = t("new.errors.subjectRequired");
    else if (subject.trim().length > SUBJECT_MAX) found.subject = t("new.errors.subjectLong", { max: SUBJECT_MAX });
    if (description.length > DESCRIPTION_MAX)
      found.description = t("new.errors.descriptionLong", { max: DESCRIPTION_MAX });
    if (!impact) found.impact = t("new.errors.impactRequired");
    if (!urgency) found.urgency = t("new.errors.urgencyRequired");
    const fp = fileProblem(file, attachmentRules);
    if (fp) found.file = t(`new.errors.file.${fp}`, { max: formatSize(attachmentRules?.maxBytes ?? 0) });
    return found;
  };

  const submit = useMutation({
    mutationFn: async () => {
      const ticket = await createTicket(
        {
          subject: subject.trim(),
          description,
          type: "incident",
          categoryId: categoryId || null,
          impact: impact as Impact, // validate() refused the form without one
          urgency: urgency as Urgency,
          channel: "portal",
        },
        { idempotencyKey: submission.key },
      );
      let uploadFailed = false;
      if (file) {
        await uploadAttachment(ticket.id, file).catch(() => {
          uploadFailed = true;
        });
      }
      return { ticket, uploadFailed };
    },
    onSuccess: ({ ticket, uploadFailed }) => {
      submission.renew();
      draft.sent();
      queryClient.setQueryData(["ticket", String(ticket.number)], ticket);
      void queryClient.invalidateQueries({ queryKey: ["tickets"] });
      navigate(`/portal/requests/${ticket.number}`, { state: { created: true, uploadFailed } });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const found = error.fieldErrors(ORDER);
      if (Object.keys(found).length > 0) showErrors(found);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    if (Object.keys(found).length > 0) return showErrors(found);
    clearErrors();
    submit.mutate();
  };

  const summary: SummaryItem[] = ORDER.filter((f) => errors[f]).map((f) => ({ id: FIELD_IDS[f], message: errors[f]! }));
  const fieldErrorShown = summary.length > 0;

  return (
    <section className="page narrow portal" aria-labelledby="new-title">
      <h1 id="new-title">{t("new.title")}</h1>
      <p className="hint">{t("new.intro")}</p>
      <form className="stack" noValidate onSubmit={onSubmit}>
        <ErrorSummary ref={summaryRef} title={t("new.errors.summary", { count: summary.length })} items={summary} />
        <SelectField
          id={FIELD_IDS.categoryId}
          label={t("new.category")}
          hint={t("new.categoryHint")}
          value={categoryId}
          onChange={(e) => {
            setCategoryId(e.target.value);
            fixing("categoryId");
          }}
          error={errors.categoryId}
        >
          <option value="">{t("new.categoryUnsure")}</option>
          {(categories.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {inReadersLanguage(c.name, c.nameUr, i18n.language)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={FIELD_IDS.subject}
          label={t("new.subject")}
          hint={t("new.subjectHint")}
          value={subject}
          onChange={(e) => {
            setSubject(e.target.value);
            fixing("subject");
          }}
          required
          aria-required
          maxLength={SUBJECT_MAX}
          dir="auto"
          error={errors.subject}
        />
        <TextArea
          id={FIELD_IDS.description}
          label={t("new.description")}
          hint={t("new.descriptionHint")}
          value={description}
          onChange={(e) => {
            setDescription(e.target.value);
            fixing("description");
          }}
          rows={6}
          maxLength={DESCRIPTION_MAX}
          dir="auto"
          error={errors.description}
        />
        <ArticleSuggestions text={`${subject}\n${description}`} onOpen={(id) => draft.opened(id)} />
        <Choices<Impact>
          idBase="new-impact"
          name="impact"
          legend={t("new.impact")}
          value={impact}
          onChange={(value) => {
            setImpact(value);
            fixing("impact");
          }}
          error={errors.impact}
          options={IMPACTS.map((value) => ({ value, label: t(`common:impact.${value}`) }))}
        />
        <Choices<Urgency>
          idBase="new-urgency"
          name="urgency"
          legend={t("new.urgency")}
          value={urgency}
          onChange={(value) => {
            setUrgency(value);
            fixing("urgency");
          }}
          error={errors.urgency}
          options={URGENCIES.map((value) => ({ value, label: t(`common:urgency.${value}`) }))}
        />
        <SlaPromise organizationId={me.organizationId} categoryId={categoryId} impact={impact} urgency={urgency} />
        <TextField
          id={FIELD_IDS.file}
          type="file"
          label={t("new.file")}
          hint={t("new.fileHint")}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            fixing("file");
          }}
          error={errors.file}
        />
        {fieldErrorShown ? null : <Problem error={submit.error} />}
        <div className="row">
          <button type="submit" className="primary" disabled={submit.isPending}>
            {submit.isPending ? t("new.submitting") : t("new.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
