import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useKbArticles, useKbCategories, type ArticleSummary } from "../api/articles.ts";
import { formatDateTime, inReadersLanguage } from "../app/i18n.ts";
import { useSession } from "../app/session.tsx";
import { SearchResults } from "../search/SearchResults.tsx";
import { Problem } from "../ui/Problem.tsx";
import { countByCategory, oneVersionEach, sectionsOf } from "./readers.ts";
// The list styles the search results share with the portal.
import "../portal/portal.css";
import "./kb.css";

/**
 * The knowledge base for everyone: signed in, what the reader's role and audience allow; signed out, the public
 * articles. Search (articles and tutorials), categories (?category=), and the articles by audience.
 */
export default function KbHomePage() {
  const { t, i18n } = useTranslation(["kb", "common"]);
  const { me, loading } = useSession();
  const reader = me ? "signed-in" : "public";
  const [params, setParams] = useSearchParams();
  const q = params.get("q")?.trim() ?? "";
  const categoryId = params.get("category") ?? "";
  const [typed, setTyped] = useState(q);
  // Until the session is known, nobody knows which list to ask for.
  const articles = useKbArticles(reader, !loading);
  const categories = useKbCategories(reader, !loading);
  const readable = oneVersionEach(articles.data ?? [], i18n.language);
  const counts = countByCategory(readable);
  const listed = (categories.data ?? []).filter((c) => counts.has(c.id));
  const chosen = listed.find((c) => c.id === categoryId) ?? null;
  const sections = sectionsOf(readable);

  const searchFor = (value: string) => {
    const copy = new URLSearchParams(params);
    if (value) copy.set("q", value);
    else copy.delete("q");
    setParams(copy, { replace: true });
  };

  return (
    <section className="page medium kb" aria-labelledby="kb-title">
      <div className="spread">
        <h1 id="kb-title">{t("home.title")}</h1>
        <Link to="/kb/tutorials">{t("home.tutorials")}</Link>
      </div>
      <p className="hint">
        {me ? (
          t("home.intro")
        ) : (
          <>
            {t("home.introPublic")} <Link to="/sign-in?next=%2Fkb">{t("home.signIn")}</Link>
          </>
        )}
      </p>

      <form
        role="search"
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          searchFor(typed.trim());
        }}
      >
        <label htmlFor="kb-search" className="visually-hidden">
          {t("home.search")}
        </label>
        <input
          id="kb-search"
          type="search"
          value={typed}
          placeholder={t("home.searchPlaceholder")}
          onChange={(e) => {
            setTyped(e.target.value);
            if (e.target.value === "") searchFor("");
          }}
        />
        <button type="submit">{t("common:search")}</button>
      </form>
      {q ? <SearchResults q={q} kinds={["article", "tutorial"]} ticketBase="/portal/requests" /> : null}

      <Problem error={articles.error ?? categories.error} />
      {loading || articles.isPending ? (
        <p className="loading" role="status">
          {t("common:loading")}
        </p>
      ) : null}

      {listed.length > 0 ? (
        <nav className="kb-categories" aria-labelledby="kb-categories-title">
          <h2 id="kb-categories-title">{t("home.categories")}</h2>
          <ul>
            {listed.map((c) => (
              <li key={c.id}>
                <Link
                  to={`/kb?category=${c.id}`}
                  aria-current={c.id === categoryId ? "page" : undefined}
                  className={c.id === categoryId ? "chosen" : undefined}
                >
                  {inReadersLanguage(c.name, c.nameUr, i18n.language)}{" "}
                  <span className="count">{t("home.count", { count: counts.get(c.id) ?? 0 })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {articles.isSuccess ? (
        chosen ? (
          <>
            <ArticleList
              id="kb-category"
              heading={inReadersLanguage(chosen.name, chosen.nameUr, i18n.language)}
              items={readable.filter((a) => a.categoryId === chosen.id)}
            />
            <Link to="/kb">{t("home.allArticles")}</Link>
          </>
        ) : (
          <>
            <ArticleList id="kb-new" heading={t("home.newEmployees")} items={sections.newEmployees} />
            <ArticleList id="kb-everyday" heading={t("home.everyday")} items={sections.everyday} />
            {sections.agents.length > 0 ? (
              <ArticleList id="kb-agents" heading={t("home.agents")} items={sections.agents} />
            ) : null}
          </>
        )
      ) : null}
    </section>
  );
}

function ArticleList({ id, heading, items }: { id: string; heading: string; items: ArticleSummary[] }) {
  const { t, i18n } = useTranslation(["kb", "common"]);
  return (
    <section aria-labelledby={id} className="stack">
      <h2 id={id}>{heading}</h2>
      {items.length === 0 ? <p className="empty">{t("home.empty")}</p> : null}
      <ul className="request-list">
        {items.map((a) => (
          <li key={a.id} className="card request">
            <Link to={`/kb/articles/${a.id}`} className="request-link" lang={a.language} dir={a.direction}>
              {a.title}
            </Link>
            <p className="meta">
              {a.categoryName ? (
                <span>{inReadersLanguage(a.categoryName, a.categoryNameUr, i18n.language)}</span>
              ) : null}
              <span>{t("article.updated", { time: formatDateTime(a.updatedAt, i18n.language) })}</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
