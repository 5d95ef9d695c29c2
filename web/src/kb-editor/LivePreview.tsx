import { useTranslation } from "react-i18next";
import { useKbPreview, type KbLanguage } from "../api/kb-editor.ts";
import { Problem } from "../ui/Problem.tsx";
import { useDebounced } from "../ui/useDebounced.ts";
import { RenderedHtml } from "./RenderedHtml.tsx";

/** How long typing must pause before the text is rendered again: one request per pause, not per key. */
const PAUSE_MS = 300;

/**
 * The Markdown being written as readers will see it: rendered and sanitised by the server (the one renderer, so a
 * typed script or script link shows inert here exactly as it would on the article), asked again when typing pauses.
 */
export function LivePreview({ body, language }: { body: string; language: KbLanguage }) {
  const { t } = useTranslation(["kbEditor", "common"]);
  const settled = useDebounced({ body, language }, PAUSE_MS);
  const preview = useKbPreview(settled.body, settled.language);
  const behind = preview.isFetching || settled.body !== body || settled.language !== language;
  return (
    <section className="card stack" aria-labelledby="kb-preview" aria-busy={behind}>
      <h2 id="kb-preview">{t("preview.title")}</h2>
      <p className="hint">{t("preview.hint")}</p>
      <Problem error={preview.error} />
      {body.trim() === "" ? (
        <p className="hint">{t("preview.none")}</p>
      ) : preview.data ? (
        <RenderedHtml html={preview.data.html} lang={settled.language} dir={preview.data.direction} />
      ) : null}
    </section>
  );
}
