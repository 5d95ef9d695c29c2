import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  setTutorialCaptions,
  tutorialKeys,
  uploadTutorialPoster,
  uploadTutorialVideo,
  type CaptionLanguage,
  type Tutorial,
} from "../api/tutorials.ts";
import { Problem } from "../ui/Problem.tsx";

const CAPTION_LANGUAGES: CaptionLanguage[] = ["en", "ur"];

/** A tutorial's media (staff): the video (with upload progress), the poster, and captions per language. */
export function TutorialMedia({ tutorial }: { tutorial: Tutorial }) {
  const { t } = useTranslation("tutorials");
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: tutorialKeys.all });
  const [sent, setSent] = useState<number | null>(null);
  const video = useMutation({
    mutationFn: (file: File) => uploadTutorialVideo(tutorial.id, file, setSent),
    onSettled: () => setSent(null),
    onSuccess: refresh,
  });
  const poster = useMutation({
    mutationFn: (file: File) => uploadTutorialPoster(tutorial.id, file),
    onSuccess: refresh,
  });
  const captions = useMutation({
    mutationFn: async ({ language, file }: { language: CaptionLanguage; file: File }) =>
      setTutorialCaptions(tutorial.id, language, await file.text()),
    onSuccess: refresh,
  });
  const has = (language: CaptionLanguage) => tutorial.captions.some((c) => c.language === language);

  return (
    <section className="card stack" aria-labelledby="tutorial-media-title">
      <h2 id="tutorial-media-title">{t("editor.media")}</h2>
      <div className="field">
        <label htmlFor="tutorial-video-file">{t("editor.video")}</label>
        <input
          id="tutorial-video-file"
          type="file"
          accept="video/mp4,video/webm,video/ogg,video/quicktime"
          disabled={video.isPending}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) video.mutate(file);
            e.target.value = "";
          }}
        />
        <p className="hint">
          {tutorial.video?.kind === "upload"
            ? t("editor.videoSize", { mb: mb(tutorial.video.size) })
            : t("list.noVideo")}
        </p>
        {sent !== null ? (
          <progress max={1} value={sent} aria-label={t("editor.uploading")}>
            {Math.round(sent * 100)}%
          </progress>
        ) : null}
        <Problem error={video.error} />
      </div>
      <div className="field">
        <label htmlFor="tutorial-poster-file">{t("editor.poster")}</label>
        <input
          id="tutorial-poster-file"
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          disabled={poster.isPending}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) poster.mutate(file);
            e.target.value = "";
          }}
        />
        {tutorial.posterUrl ? <img src={tutorial.posterUrl} alt="" width={160} height={90} /> : null}
        <Problem error={poster.error} />
      </div>
      {CAPTION_LANGUAGES.map((language) => (
        <div className="field" key={language}>
          <label htmlFor={`tutorial-captions-${language}`}>
            {t("editor.captions", { language: t(`language.${language}`) })}
          </label>
          <input
            id={`tutorial-captions-${language}`}
            type="file"
            accept=".vtt,text/vtt"
            disabled={captions.isPending}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) captions.mutate({ language, file });
              e.target.value = "";
            }}
          />
          <p className="hint">{has(language) ? t("editor.captionsSet") : t("editor.captionsNone")}</p>
        </div>
      ))}
      {captions.data ? <p role="status">{t("editor.captionsSaved", { cues: captions.data.cues })}</p> : null}
      <Problem error={captions.error} />
    </section>
  );
}

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);
