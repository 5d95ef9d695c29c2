import { Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useArticle, useArticleSuggestions } from "../api/articles.ts";
import { Dialog } from "../ui/Dialog.tsx";
import { Problem } from "../ui/Problem.tsx";
import { useDebounced } from "../ui/useDebounced.ts";
import { ArticleBody } from "./ArticleBody.tsx";
import "./kb.css";

/** How long typing must pause before the draft is looked up: one request per pause, not per key. */
const PAUSE_MS = 400;

type Props = {
  /** The draft's subject and description as typed. */
  text: string;
  /** An article was opened from the suggestions (the draft may now be a deflection). */
  onOpen(articleId: string): void;
};

/**
 * While a request is typed: the published articles that may already answer it. One opens in a dialog over the
 * form, so the draft stays as typed; "Back to my request" closes it.
 */
export function ArticleSuggestions(props: Props) {
  // The knowledge base's strings load on their own: the form shows at once, the suggestions when they are ready.
  return (
    <Suspense fallback={null}>
      <Suggestions {...props} />
    </Suspense>
  );
}

function Suggestions({ text, onOpen }: Props) {
  const { t, i18n } = useTranslation(["kb", "common"]);
  const settled = useDebounced(text.trim(), PAUSE_MS);
  const suggestions = useArticleSuggestions(settled, i18n.language);
  const [openId, setOpenId] = useState<string | null>(null);
  const items = settled ? (suggestions.data ?? []) : [];
  return (
    <>
      <p className="visually-hidden" role="status">
        {items.length > 0 ? t("suggest.count", { count: items.length }) : ""}
      </p>
      {items.length > 0 ? (
        <section className="card kb-suggestions" aria-labelledby="kb-suggest-title">
          <h2 id="kb-suggest-title">{t("suggest.title")}</h2>
          <p className="hint">{t("suggest.hint")}</p>
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="link"
                  lang={item.language}
                  onClick={() => {
                    setOpenId(item.id);
                    onOpen(item.id);
                  }}
                >
                  {item.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <SuggestedArticle id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}

function SuggestedArticle({ id, onClose }: { id: string | null; onClose(): void }) {
  const { t } = useTranslation(["kb", "common"]);
  const article = useArticle("signed-in", id ?? "", id !== null);
  const a = article.data;
  return (
    <Dialog
      open={id !== null}
      title={a ? <bdi lang={a.language}>{a.title}</bdi> : t("common:loading")}
      onClose={onClose}
    >
      <div className="stack kb-dialog">
        <Problem error={article.error} />
        {a ? <ArticleBody html={a.html} lang={a.language} dir={a.direction} /> : null}
        <div className="row">
          <button type="button" className="primary" onClick={onClose}>
            {t("suggest.back")}
          </button>
          {id ? <Link to={`/kb/articles/${id}`}>{t("suggest.openFull")}</Link> : null}
        </div>
      </div>
    </Dialog>
  );
}
