import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ticketArticleKeys, unlinkArticle, useTicketArticles } from "../api/ticket-articles.ts";
import { Problem } from "../ui/Problem.tsx";
import type { Ticket } from "./types.ts";

/** The knowledge base articles linked to the ticket (inserted into an answer, or linked by hand), each to its page. */
export function LinkedArticlesPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation(["console", "common"]);
  const queryClient = useQueryClient();
  const linked = useTicketArticles(ticket.id);
  const unlink = useMutation({
    mutationFn: (articleId: string) => unlinkArticle(ticket.id, articleId),
    onSuccess: (items) => queryClient.setQueryData(ticketArticleKeys.of(ticket.id), items),
  });
  const items = linked.data ?? [];
  return (
    <section aria-labelledby="linked-articles-heading" className="card">
      <h2 id="linked-articles-heading">{t("articles.heading")}</h2>
      <Problem error={linked.error ?? unlink.error} />
      {linked.data && items.length === 0 ? <p className="muted">{t("articles.none")}</p> : null}
      <ul className="plain-list">
        {items.map((a) => (
          <li key={a.id} className="spread">
            <Link to={`/kb/articles/${a.id}`} lang={a.language} dir={a.language === "ur" ? "rtl" : "ltr"}>
              {a.title}
            </Link>
            {ticket.abilities.note ? (
              <button
                type="button"
                className="link"
                disabled={unlink.isPending}
                onClick={() => unlink.mutate(a.id)}
                aria-label={t("articles.unlinkNamed", { title: a.title })}
              >
                {t("articles.unlink")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
