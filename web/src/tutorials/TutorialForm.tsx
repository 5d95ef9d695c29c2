import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiError } from "../app/api.ts";
import { createTutorial, tutorialKeys, updateTutorial, type Tutorial, type TutorialBody } from "../api/tutorials.ts";
import { SelectField, TextArea, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";

type Draft = Required<Omit<TutorialBody, "translationOf">>;
type Chapter = Draft["chapters"][number];
const AUDIENCES = ["new", "current", "agents"] as const;

const blank: Draft = {
  title: "",
  description: "",
  language: "en",
  audiences: ["new", "current"],
  visibility: "signed_in",
  status: "draft",
  embedUrl: null,
  chapters: [],
};

function draftOf(tutorial: Tutorial | null): Draft {
  if (!tutorial) return blank;
  const { title, description, language, audiences, visibility, status, chapters } = tutorial;
  const embedUrl = tutorial.video?.kind === "embed" ? tutorial.video.url : null;
  return { title, description, language, audiences, visibility, status, embedUrl, chapters };
}

/** A tutorial's details and chapters (staff): creates one (then opens it for its media) or rewrites it. */
export function TutorialForm({ tutorial }: { tutorial: Tutorial | null }) {
  const { t } = useTranslation(["tutorials", "common"]);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(tutorial));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const save = useMutation({
    mutationFn: (body: Draft) =>
      tutorial ? updateTutorial(tutorial.id, { ...body, version: tutorial.version }) : createTutorial(body),
    onSuccess: (saved) => {
      queryClient.setQueryData(tutorialKeys.one(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: tutorialKeys.list });
      if (!tutorial) void navigate(`/console/tutorials/${saved.id}`);
    },
  });
  const error = save.error;
  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldError(field) : undefined);
  const setChapter = (index: number, chapter: Chapter) =>
    set(
      "chapters",
      draft.chapters.map((c, i) => (i === index ? chapter : c)),
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ ...draft, embedUrl: draft.embedUrl?.trim() ? draft.embedUrl.trim() : null });
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="tutorial-form-title">
      <h2 id="tutorial-form-title">{tutorial ? t("editor.details") : t("editor.new")}</h2>
      <TextField
        label={t("editor.title")}
        value={draft.title}
        required
        maxLength={200}
        error={fieldError("title")}
        onChange={(e) => set("title", e.target.value)}
      />
      <TextArea
        label={t("editor.description")}
        value={draft.description}
        rows={3}
        error={fieldError("description")}
        onChange={(e) => set("description", e.target.value)}
      />
      <div className="row">
        <SelectField
          label={t("editor.language")}
          value={draft.language}
          onChange={(e) => set("language", e.target.value as Draft["language"])}
        >
          <option value="en">{t("language.en")}</option>
          <option value="ur">{t("language.ur")}</option>
        </SelectField>
        <SelectField
          label={t("editor.visibility")}
          value={draft.visibility}
          onChange={(e) => set("visibility", e.target.value as Draft["visibility"])}
        >
          <option value="signed_in">{t("editor.visibilities.signed_in")}</option>
          <option value="public">{t("editor.visibilities.public")}</option>
        </SelectField>
        <SelectField
          label={t("editor.status")}
          value={draft.status}
          onChange={(e) => set("status", e.target.value as Draft["status"])}
        >
          <option value="draft">{t("editor.statuses.draft")}</option>
          <option value="published">{t("editor.statuses.published")}</option>
        </SelectField>
      </div>
      <fieldset>
        <legend>{t("editor.audiences")}</legend>
        {AUDIENCES.map((audience) => (
          <label key={audience} className="choice">
            <input
              type="checkbox"
              checked={draft.audiences.includes(audience)}
              onChange={(e) =>
                set(
                  "audiences",
                  e.target.checked ? [...draft.audiences, audience] : draft.audiences.filter((a) => a !== audience),
                )
              }
            />
            {t(`editor.audience.${audience}`)}
          </label>
        ))}
        {fieldError("audiences") ? <p className="error">{fieldError("audiences")}</p> : null}
      </fieldset>
      <TextField
        label={t("editor.embedUrl")}
        hint={t("editor.embedHint")}
        type="url"
        dir="ltr"
        value={draft.embedUrl ?? ""}
        error={fieldError("embedUrl")}
        onChange={(e) => set("embedUrl", e.target.value)}
      />
      <fieldset className="stack">
        <legend>{t("player.chapters")}</legend>
        {draft.chapters.map((chapter, index) => (
          <div className="row" key={index}>
            <TextField
              label={t("editor.chapterTitle", { n: index + 1 })}
              value={chapter.title}
              required
              onChange={(e) => setChapter(index, { ...chapter, title: e.target.value })}
            />
            <TextField
              label={t("editor.chapterStart", { n: index + 1 })}
              type="number"
              min={0}
              step={1}
              value={chapter.startSeconds}
              onChange={(e) => setChapter(index, { ...chapter, startSeconds: Number(e.target.value) })}
            />
            <button
              type="button"
              className="link"
              onClick={() =>
                set(
                  "chapters",
                  draft.chapters.filter((_, i) => i !== index),
                )
              }
            >
              {t("editor.removeChapter", { n: index + 1 })}
            </button>
          </div>
        ))}
        {fieldError("chapters") ? <p className="error">{fieldError("chapters")}</p> : null}
        <div className="row">
          <button
            type="button"
            onClick={() =>
              set("chapters", [
                ...draft.chapters,
                { title: "", startSeconds: Math.ceil((draft.chapters.at(-1)?.startSeconds ?? -30) + 30) },
              ])
            }
          >
            {t("editor.addChapter")}
          </button>
        </div>
      </fieldset>
      <Problem error={save.error} />
      {save.isSuccess && tutorial ? <p role="status">{t("editor.saved")}</p> : null}
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {tutorial ? t("editor.save") : t("editor.create")}
        </button>
      </div>
    </form>
  );
}
