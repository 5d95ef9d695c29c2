import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useArticle } from "../api/articles.ts";
import { formatDateTime, inReadersLanguage } from "../app/i18n.ts";
import { isStaff, useSession } from "../app/session.tsx";
import { Problem } from "../ui/Problem.tsx";
import { ArticleBody } from "./ArticleBody.tsx";
import { ArticleFeedback } from "./ArticleFeedback.tsx";
import "./kb.css";

/**
 * One article: its title and body in the article's own language and direction (Urdu right to left), category, tags,
 * when it was updated, a link to its other language version, and "Was this helpful?" for signed-in readers.
 */
export default function ArticlePage() {
  const { t, i18n } = useTranslation(["kb", "common"]);
  const { id = "" } = useParams();
  const { me, loading } = useSession();
  const article = useArticle(me ? "signed-in" : "public", id, !loading);
  const a = article.data;
  const lang = i18n.language;

  return (
    <article className="page medium kb kb-article" aria-labelledby="article-title">
      <nav aria-label={t("article.breadcrumb")}>
        <Link to="/kb">{t("home.title")}</Link>
      </nav>
      {loading || article.isPending ? (
        <p className="loading" role="status">
          {t("common:loading")}
        </p>
      ) : null}
      {article.isError ? (
        <>
          <h1 id="article-title">{t("article.unavailable")}</h1>
          <Problem error={article.error} />
          {me ? null : (
            <p>
              {t("article.maybeSignIn")}{" "}
              <Link to={`/sign-in?next=${encodeURIComponent(`/kb/articles/${id}`)}`}>{t("home.signIn")}</Link>
            </p>
          )}
        </>
      ) : null}
      {a ? (
        <>
          <h1 id="article-title" lang={a.language} dir={a.direction}>
            {a.title}
          </h1>
          <p className="meta">
            {a.categoryName ? (
              <span>{t("article.category", { name: inReadersLanguage(a.categoryName, a.categoryNameUr, lang) })}</span>
            ) : null}
            <span>{t("article.updated", { time: formatDateTime(a.updatedAt, lang) })}</span>
            {a.status === "draft" ? <span className="badge warning">{t("article.draft")}</span> : null}
            {a.abilities.edit && isStaff(me) ? <Link to={`/console/kb/${a.id}/edit`}>{t("article.edit")}</Link> : null}
          </p>
          {a.tags.length > 0 ? (
            <ul className="kb-tags" aria-label={t("article.tags")}>
              {a.tags.map((tag) => (
                <li key={tag} className="badge" dir="auto">
                  {tag}
                </li>
              ))}
            </ul>
          ) : null}
          {a.translations.length > 0 ? (
            <p className="kb-translations">
              {a.translations.map((other) => (
                <Link key={other.id} to={`/kb/articles/${other.id}`} lang={other.language} hrefLang={other.language}>
                  {t(`article.readIn.${other.language}`)}
                </Link>
              ))}
            </p>
          ) : null}
          <ArticleBody html={a.html} lang={a.language} dir={a.direction} />
          {me && a.status === "published" ? (
            <ArticleFeedback key={a.id} articleId={a.id} />
          ) : me ? null : (
            <p className="hint">
              {t("feedback.signIn")}{" "}
              <Link to={`/sign-in?next=${encodeURIComponent(`/kb/articles/${a.id}`)}`}>{t("home.signIn")}</Link>
            </p>
          )}
        </>
      ) : null}
    </article>
  );
}
