import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { createCannedResponse, updateCannedResponse } from "../../api/canned-responses.ts";
import { TextArea, TextField } from "../../ui/Field.tsx";
import { keys, useSave } from "../data.ts";
import { AdminProblem, useFieldError } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import type { CannedResponse } from "../types.ts";

/** A ready-made reply: a title agents search by and the text inserted into their answer. */
export function CannedResponseForm({ response }: { response: CannedResponse | null }) {
  const { t } = useTranslation(["admin", "common"]);
  const navigate = useNavigate();
  const [title, setTitle] = useState(response?.title ?? "");
  const [body, setBody] = useState(response?.body ?? "");
  const save = useSave(
    () => (response ? updateCannedResponse(response.id, { title, body }) : createCannedResponse({ title, body })),
    {
      invalidate: [keys.canned],
      message: response ? t("canned.saved") : t("canned.created"),
      onSuccess: () => navigate(adminPath("canned-responses")),
    },
  );
  const errorAt = useFieldError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form className="section stack" onSubmit={submit} noValidate aria-labelledby="canned-form">
      <h2 id="canned-form">{response ? t("canned.editTitle", { title: response.title }) : t("canned.newTitle")}</h2>
      <TextField
        label={t("canned.title")}
        hint={t("canned.titleHint")}
        value={title}
        required
        maxLength={120}
        onChange={(e) => setTitle(e.target.value)}
        error={errorAt("title")}
      />
      <TextArea
        label={t("canned.body")}
        hint={t("canned.bodyHint")}
        value={body}
        required
        rows={8}
        onChange={(e) => setBody(e.target.value)}
        error={errorAt("body")}
      />
      <AdminProblem error={save.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("form.saving") : response ? t("form.save") : t("canned.create")}
        </button>
        <Link to={adminPath("canned-responses")}>{t("form.cancel")}</Link>
      </div>
    </form>
  );
}
