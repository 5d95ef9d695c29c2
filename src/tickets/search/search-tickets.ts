import { hasScope, isStaff } from "../../identity/actor.ts";
import { snippetFromHeadline, type SearchItem, type SearchSource } from "../../knowledge/search/search-item.ts";
import { queryWords, ticketNumberIn } from "../../knowledge/search/search-query.ts";
import { contentWords, searchTicketDocuments, similarWords, type WordMatch } from "./ticket-search.store.ts";

/** Score kept by a hit found only through a respelled word: below any hit of the words as typed. */
const RESPELLED = 0.5;
/** Words shorter than this are not respelled: too many short words lie within one typo of each other. */
const RESPELL_FROM_LENGTH = 4;

/**
 * Ticket search: every query word (the last also as a prefix) must occur in the ticket's subject, description,
 * conversation, requester name or email, or number — internal notes too for staff, never for requesters — among
 * the tickets the caller may list. When the words as typed find nothing, each is also tried as its nearest
 * known spellings (pg_trgm). A query that is exactly a ticket's number puts that ticket first.
 */
export const searchTickets: SearchSource = async (db, actor, request) => {
  if (!actor || !hasScope(actor, "tickets:read")) return [];
  // English stop words are left out ("the" is in nearly every ticket); a query of stop words only finds no ticket.
  const typed = queryWords(request.q);
  const words = typed.length > 0 ? await contentWords(db, typed) : [];
  if (words.length === 0) return [];
  const staff = isStaff(actor);
  const asTyped: WordMatch[] = words.map((word, i) => ({ word, prefix: i === words.length - 1, spellings: [] }));
  let hits = await searchTicketDocuments(db, actor, staff, asTyped, request.limit);
  let factor = 1;
  if (hits.length === 0) {
    const respellable = words.filter((w) => w.length >= RESPELL_FROM_LENGTH && !/^\p{N}+$/u.test(w));
    const similar = respellable.length > 0 ? await similarWords(db, respellable) : new Map<string, string[]>();
    if (similar.size > 0) {
      const respelled = asTyped.map((w) => ({ ...w, spellings: similar.get(w.word) ?? [] }));
      hits = await searchTicketDocuments(db, actor, staff, respelled, request.limit);
      factor = RESPELLED;
    }
  }
  const number = ticketNumberIn(request.q);
  const items: SearchItem[] = hits.map((hit) => ({
    kind: "ticket",
    id: hit.id,
    title: hit.subject,
    ...snippetFromHeadline(hit.headline),
    score: hit.number === number ? 1 : hit.rank * factor,
    number: hit.number,
  }));
  return items.sort((a, b) => b.score - a.score);
};
