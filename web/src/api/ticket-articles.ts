import { useQuery } from "@tanstack/react-query";
import { client, type ApiAnswer, type ApiBody } from "./client.ts";

// A ticket's linked knowledge base articles (GET/DELETE /api/v1/tickets/{id}/articles), and putting an article into
// an answer (POST /api/v1/tickets/{id}/article-inserts: the text to insert, the article linked).

export type LinkedArticle = ApiAnswer<"/api/v1/tickets/{id}/articles", "get">["items"][number];
export type ArticleInsert = ApiBody<"/api/v1/tickets/{id}/article-inserts", "post">;

export const ticketArticleKeys = { of: (ticketId: string) => ["ticket-articles", ticketId] as const };

/** The articles linked to a ticket (those the caller may read). */
export function useTicketArticles(ticketId: string) {
  return useQuery({
    queryKey: ticketArticleKeys.of(ticketId),
    queryFn: () => client.get("/api/v1/tickets/{id}/articles", { path: { id: ticketId } }).then((r) => r.items),
  });
}

/** The text that puts a published article into a reply (its link or its Markdown); the article is linked too. */
export function insertArticle(ticketId: string, body: ArticleInsert) {
  return client.post("/api/v1/tickets/{id}/article-inserts", { path: { id: ticketId }, body });
}

/** Removes an article's link from the ticket; answers the links left. */
export function unlinkArticle(ticketId: string, articleId: string) {
  return client
    .delete("/api/v1/tickets/{id}/articles/{articleId}", { path: { id: ticketId, articleId } })
    .then((r) => r.items);
}
