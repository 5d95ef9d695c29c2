import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearch } from "../api/search.ts";
import { insertArticle, ticketArticleKeys, type ArticleInsert } from "../api/ticket-articles.ts";
import { Problem } from "../ui/Problem.tsx";

/**
 * The knowledge base articles matching the picker's search (GET /api/v1/search, kind=article, as the agent may read
 * them), each insertable as a link to its public page or as its text. Inserting links the article to the ticket.
 */
export function ArticlePicks({ ticketId, q, onInsert }: { ticketId: string; q: string; onInsert(text: string): void }) {
  const { t } = useTranslation(["console", "common"]);
  const queryClient = useQueryClient();
  const hits = useSearch(q, ["article"]);
  const insert = useMutation({
    mutationFn: (body: ArticleInsert) => insertArticle(ticketId, body),
    onSuccess: (answer) => {
      queryClient.setQueryData(ticketArticleKeys.of(ticketId), answer.items);
      onInsert(answer.text);
    },
  });
  const items = hits.data?.items ?? [];
  return (
    <section className="stack" aria-labelledby="picker-articles">
      <h3 id="picker-articles">{t("composer.articles")}</h3>
      {q === "" ? <p className="hint">{t("composer.articlesHint")}</p> : null}
      {q !== "" && hits.isPending ? <p className="hint">{t("common:loading")}</p> : null}
      {hits.error ? <p className="error">{t("composer.articlesError")}</p> : null}
      {hits.data && items.length === 0 ? <p className="hint">{t("composer.articlesNone")}</p> : null}
      <Problem error={insert.error} />
      <ul className="canned-list">
        {items.map((a) => (
          <li key={a.id}>
            <div>
              <strong>
                <bdi>{a.title}</bdi>
              </strong>
              <p className="hint clamp" dir="auto">
                {a.snippet}
              </p>
            </div>
            <div className="row">
              <button
                type="button"
                disabled={insert.isPending}
                onClick={() => insert.mutate({ articleId: a.id, as: "link" })}
                aria-label={t("composer.insertLinkNamed", { title: a.title })}
              >
                {t("composer.insertLink")}
              </button>
              <button
                type="button"
                disabled={insert.isPending}
                onClick={() => insert.mutate({ articleId: a.id, as: "text" })}
                aria-label={t("composer.insertTextNamed", { title: a.title })}
              >
                {t("composer.insertText")}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
