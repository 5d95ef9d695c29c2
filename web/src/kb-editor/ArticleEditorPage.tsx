import { useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import { kbEditorKeys, useKbArticle, type KbArticle } from "../api/kb-editor.ts";
import { useMe } from "../app/session.tsx";
import { Problem } from "../ui/Problem.tsx";
import { ArticleForm } from "./ArticleForm.tsx";
import { ArticleHistory } from "./ArticleHistory.tsx";
import { draftOf, emptyDraft } from "./draft.ts";
import "./kb-editor.css";

/** What the page says after a save: carried over from /new to /:id/edit in the navigation's state. */
type Said = { message?: string } | null;

/**
 * /console/kb/new (?translationOf=<id>: the other language's version of that article, sharing its key) and
 * /console/kb/:id/edit: the editor, its preview, its languages and its history.
 */
export default function ArticleEditorPage() {
  const { id } = useParams();
  return id ? <EditArticle key={id} id={id} /> : <NewArticle />;
}

function Frame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation(["kbEditor", "common"]);
  return (
    <section className="page kb-editor stack" aria-labelledby="kb-editor-title">
      <Link to="/console/kb">{t("editor.back")}</Link>
      <h1 id="kb-editor-title">{title}</h1>
      {children}
    </section>
  );
}

function NewArticle() {
  const { t } = useTranslation(["kbEditor", "common"]);
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const pairId = params.get("translationOf") ?? undefined;
  const pair = useKbArticle(pairId);
  const onSaved = (saved: KbArticle) => {
    queryClient.setQueryData(kbEditorKeys.one(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: kbEditorKeys.all });
    void navigate(`/console/kb/${saved.id}/edit`, {
      state: { message: t("editor.created", { version: saved.version }) } satisfies Said,
    });
  };
  if (pairId && !pair.data) {
    return (
      <Frame title={t("editor.translationTitle")}>
        <Problem error={pair.error} />
        {pair.isPending ? (
          <p className="loading" role="status">
            {t("common:loading")}
          </p>
        ) : null}
      </Frame>
    );
  }
  const initial = pair.data ? emptyDraft(pair.data) : { ...emptyDraft(), ownerId: me.id };
  return (
    <Frame title={pair.data ? t("editor.translationTitle") : t("editor.newTitle")}>
      <ArticleForm article={null} initial={initial} onSaved={onSaved} onReload={() => undefined} />
    </Frame>
  );
}

function EditArticle({ id }: { id: string }) {
  const { t } = useTranslation(["kbEditor", "common"]);
  const queryClient = useQueryClient();
  const location = useLocation();
  const [message, setMessage] = useState((location.state as Said)?.message ?? "");
  const article = useKbArticle(id);
  const onSaved = (saved: KbArticle) => {
    queryClient.setQueryData(kbEditorKeys.one(id), saved);
    void queryClient.invalidateQueries({ queryKey: kbEditorKeys.all });
    setMessage(t("editor.saved", { version: saved.version, status: t(`status.${saved.status}`) }));
  };
  const reload = () => {
    setMessage("");
    void queryClient.invalidateQueries({ queryKey: kbEditorKeys.one(id) });
  };
  if (!article.data) {
    return (
      <Frame title={t("list.title")}>
        <Problem error={article.error} />
        {article.isPending ? (
          <p className="loading" role="status">
            {t("common:loading")}
          </p>
        ) : null}
      </Frame>
    );
  }
  const a = article.data;
  return (
    <Frame title={t("editor.editTitle", { title: a.title })}>
      <p>
        {t("editor.current", { version: a.version, status: t(`status.${a.status}`) })}
        {a.reviewOverdue ? <span className="badge breached">{t("editor.overdue")}</span> : null}
      </p>
      <p role="status">{message}</p>
      {/* A new version (a save, a restore, a reload after 409) fills the form afresh from what was saved. */}
      <ArticleForm key={a.version} article={a} initial={draftOf(a)} onSaved={onSaved} onReload={reload} />
      <Translations article={a} />
      <ArticleHistory
        article={a}
        onRestored={(restored, version) => {
          queryClient.setQueryData(kbEditorKeys.one(id), restored);
          setMessage(t("history.restored", { version, current: restored.version }));
        }}
      />
    </Frame>
  );
}

/** The article's other language versions, or a link to write the missing one (it shares this article's key). */
function Translations({ article }: { article: KbArticle }) {
  const { t } = useTranslation(["kbEditor", "common"]);
  const other = article.language === "en" ? "ur" : "en";
  const existing = article.translations.filter((tr) => tr.language === other);
  return (
    <section className="stack" aria-labelledby="kb-languages">
      <h2 id="kb-languages">{t("translations.title")}</h2>
      {existing.length > 0 ? (
        <ul>
          {existing.map((tr) => (
            <li key={tr.id}>
              <Link to={`/console/kb/${tr.id}/edit`}>
                {t("translations.other", { language: t(`language.${tr.language}`), title: tr.title })}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <Link to={`/console/kb/new?translationOf=${article.id}`}>
            {other === "ur" ? t("translations.addUrdu") : t("translations.addEnglish")}
          </Link>
        </p>
      )}
    </section>
  );
}
