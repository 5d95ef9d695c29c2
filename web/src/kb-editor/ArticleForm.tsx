import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { createKbArticle, updateKbArticle, useKbCategories, type KbArticle, type KbStatus } from "../api/kb-editor.ts";
import { useActiveStaff } from "../api/people.ts";
import { ApiError } from "../app/api.ts";
import { inReadersLanguage } from "../app/i18n.ts";
import { SelectField, TextArea, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import {
  AUDIENCES,
  LANGUAGES,
  VISIBILITIES,
  articlePatch,
  currentVersionOf,
  isVersionConflict,
  newArticleBody,
  toggleAudience,
  type ArticleDraft,
} from "./draft.ts";
import { LivePreview } from "./LivePreview.tsx";

type Props = {
  /** The saved article being edited; null while writing a new one. */
  article: KbArticle | null;
  initial: ArticleDraft;
  /** A save answered the article (new, or a new version of it). */
  onSaved: (article: KbArticle, created: boolean) => void;
  /** The editor chose to drop their form after a 409 and load the newest version. */
  onReload: () => void;
};

/**
 * The article's fields and Markdown beside its live preview: the text as typed, rendered by the server's own
 * renderer and sanitiser (POST /api/v1/kb/articles/preview) once typing pauses, saved or not.
 */
export function ArticleForm({ article, initial, onSaved, onReload }: Props) {
  const { t, i18n } = useTranslation(["kbEditor", "common"]);
  const categories = useKbCategories();
  const staff = useActiveStaff();
  const [draft, setDraft] = useState(initial);
  const [noAudience, setNoAudience] = useState(false);
  const set = <K extends keyof ArticleDraft>(name: K, value: ArticleDraft[K]) =>
    setDraft((d) => ({ ...d, [name]: value }));
  const save = useMutation({
    mutationFn: (status: KbStatus) =>
      article
        ? updateKbArticle(article.id, articlePatch(draft, article.version, status))
        : createKbArticle(newArticleBody(draft, status)),
    onSuccess: (saved) => onSaved(saved, article === null),
  });
  const fieldError = (field: string) => (save.error instanceof ApiError ? save.error.fieldError(field) : undefined);
  const submit = (status: KbStatus) => (event?: Pick<FormEvent, "preventDefault">) => {
    event?.preventDefault();
    setNoAudience(draft.audiences.length === 0);
    if (draft.audiences.length === 0) return;
    save.mutate(status);
  };
  const conflict = isVersionConflict(save.error);
  const published = article?.status === "published";
  const dir = draft.language === "ur" ? "rtl" : "ltr";
  return (
    <div className="kb-columns">
      <form
        className="stack"
        onSubmit={submit(published ? "published" : "draft")}
        noValidate
        aria-labelledby="kb-editor-title"
      >
        <TextField
          label={t("editor.title")}
          value={draft.title}
          required
          maxLength={200}
          lang={draft.language}
          dir={dir}
          onChange={(e) => set("title", e.target.value)}
          error={fieldError("title")}
        />
        <TextArea
          className="kb-body"
          label={t("editor.body")}
          hint={t("editor.bodyHint")}
          value={draft.body}
          required
          lang={draft.language}
          dir={dir}
          onChange={(e) => set("body", e.target.value)}
          error={fieldError("body")}
        />
        {article ? null : (
          <SelectField
            label={t("editor.language")}
            value={draft.language}
            onChange={(e) => set("language", e.target.value as ArticleDraft["language"])}
            hint={
              draft.key
                ? t("translations.pairedWith", {
                    key: draft.key,
                    language: t(`language.${draft.language === "ur" ? "en" : "ur"}`),
                  })
                : undefined
            }
            error={fieldError("language") ?? fieldError("key")}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField
          label={t("editor.category")}
          value={draft.categoryId}
          onChange={(e) => set("categoryId", e.target.value)}
          error={fieldError("categoryId")}
        >
          <option value="">{t("editor.noCategory")}</option>
          {(categories.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {inReadersLanguage(c.name, c.nameUr, i18n.language)}
            </option>
          ))}
        </SelectField>
        <fieldset aria-describedby={noAudience ? "kb-audience-error" : undefined}>
          <legend>{t("editor.audiences")}</legend>
          <div className="kb-audiences">
            {AUDIENCES.map((a) => (
              <label key={a} className="choice">
                <input
                  type="checkbox"
                  checked={draft.audiences.includes(a)}
                  onChange={(e) => set("audiences", toggleAudience(draft.audiences, a, e.target.checked))}
                />
                {t(`audience.${a}`)}
              </label>
            ))}
          </div>
          {noAudience || fieldError("audiences") ? (
            <p className="error" id="kb-audience-error" role="alert">
              {noAudience ? t("editor.missingAudience") : fieldError("audiences")}
            </p>
          ) : null}
        </fieldset>
        <TextField
          label={t("editor.tags")}
          hint={t("editor.tagsHint")}
          value={draft.tags}
          onChange={(e) => set("tags", e.target.value)}
          error={fieldError("tags")}
        />
        <SelectField
          label={t("editor.visibility")}
          value={draft.visibility}
          onChange={(e) => set("visibility", e.target.value as ArticleDraft["visibility"])}
          error={fieldError("visibility")}
        >
          {VISIBILITIES.map((v) => (
            <option key={v} value={v}>
              {t(`visibility.${v}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("editor.owner")}
          value={draft.ownerId}
          onChange={(e) => set("ownerId", e.target.value)}
          error={fieldError("ownerId")}
        >
          <option value="">{t("editor.noOwner")}</option>
          {(staff.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("editor.reviewBy")}
          hint={t("editor.reviewByHint")}
          type="date"
          value={draft.reviewBy}
          onChange={(e) => set("reviewBy", e.target.value)}
          error={fieldError("reviewBy")}
        />
        {article ? (
          <TextField
            label={t("editor.note")}
            value={draft.note}
            maxLength={500}
            onChange={(e) => set("note", e.target.value)}
            error={fieldError("note")}
          />
        ) : null}
        {conflict ? (
          <div className="problem" role="alert">
            <p>
              <strong>{t("editor.conflictTitle")}</strong>
            </p>
            <p>
              {currentVersionOf(save.error) === null
                ? t("editor.conflictUnknown", { mine: article?.version ?? 0 })
                : t("editor.conflict", { current: currentVersionOf(save.error), mine: article?.version ?? 0 })}
            </p>
            <button type="button" onClick={onReload}>
              {t("editor.reload")}
            </button>
          </div>
        ) : (
          <Problem error={save.error} />
        )}
        <div className="row">
          {published ? (
            <>
              <button type="submit" className="primary" disabled={save.isPending}>
                {save.isPending ? t("editor.saving") : t("editor.saveAndPublish")}
              </button>
              <button type="button" disabled={save.isPending} onClick={submit("draft")}>
                {t("editor.unpublish")}
              </button>
            </>
          ) : (
            <>
              <button type="submit" disabled={save.isPending}>
                {save.isPending ? t("editor.saving") : t("editor.saveDraft")}
              </button>
              <button type="button" className="primary" disabled={save.isPending} onClick={submit("published")}>
                {t("editor.publish")}
              </button>
            </>
          )}
        </div>
      </form>
      <LivePreview body={draft.body} language={draft.language} />
    </div>
  );
}
