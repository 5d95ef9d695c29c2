import { inArray, sql, type SQL } from "drizzle-orm";
import type { Actor } from "../../identity/actor.ts";
import { people } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import type { DeferredWrites } from "../../platform/db/deferred-writes.ts";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "../../knowledge/search/search-item.ts";
import { ticketEvents, tickets } from "../ticket.tables.ts";
import { visibleTo } from "../ticket/ticket.store.ts";
import { ticketSearch, ticketSearchTexts, ticketSearchWords } from "./ticket-search.tables.ts";

// A text's lexemes in both configurations: 'english' stems ("passwords" finds "password"), 'simple' keeps every
// word of any script as typed (Urdu, names, product names). Capped: a tsvector holds at most 1 MB.
const both = (text: SQL) =>
  sql`(to_tsvector('english', left(${text}, 100000)) || to_tsvector('simple', left(${text}, 100000)))`;

/** One reply's or note's part of a document: its text in both configurations at weight C. */
const messageVector = (body: SQL) => sql`setweight(${both(body)}, 'C')`;

// The typo lexicon's words of a vector: 'simple' and 'english' lexemes of three to forty letters, no digits. Sorted,
// so concurrent transactions take the words' key locks in one order.
const lexiconWords = (vector: SQL, from: SQL, also: SQL = sql``) => sql`
  insert into ${ticketSearchWords} (word)
  select distinct w.lexeme from ${from} cross join lateral unnest(${vector}) w
  where length(w.lexeme) between 3 and 40 and w.lexeme !~ '[0-9]' ${also}
  order by 1
  on conflict do nothing`;

/**
 * Rewrites the search rows of these tickets (all tickets when `ticketIds` is omitted: seeding, import) from the
 * ticket, its requester and its messages, and adds their words to the typo lexicon. A document is its head — subject
 * (A), description (B), the requester's name, email and the ticket number (D) — followed by its messages oldest first,
 * each a vector of its own (C) concatenated in order (`tsvector_concat_agg`, migration 0023): public replies in both
 * documents, internal notes ('noted' events, never shown to requesters: requester-view.policy.ts) only in the staff
 * one. So a new message is appended (appendTicketSearchMessageUnscoped) and the document equals this rebuild. The
 * head alone is kept too (candidates are ranked by it), with the ticket's number and scope columns (visibleTo), and
 * the snippets' texts go to `ticket_search_texts`.
 * Unscoped: run by the ticket reaction and maintenance, never for a caller.
 */
export async function refreshTicketSearchUnscoped(tx: Db, ticketIds?: readonly string[]): Promise<void> {
  if (ticketIds?.length === 0) return;
  const only = ticketIds ? sql`where ${inArray(tickets.id, [...ticketIds])}` : sql``;
  await tx.execute(sql`with ${refreshCtes("r", only)} select 1`);
}

/** The same rewrite of one ticket's search row, queued with a ticket change's other writes. */
export function refreshTicketSearchLater(later: DeferredWrites, ticketId: string): void {
  later.writeCtes((prefix) => refreshCtes(prefix, sql`where ${tickets.id} = ${ticketId}`));
}

/** The rewrite as data-modifying CTEs named from `prefix` (so it can share a statement with other writes). */
function refreshCtes(prefix: string, only: SQL): SQL {
  const name = (part: string) => sql.raw(`${prefix}_${part}`);
  // Separators become spaces, so a name or address holds the same words a query is split into (search-query.ts):
  // PostgreSQL's parser would read "ali-5" as "ali" and "-5", and an address as one token.
  const separate = (text: SQL) => sql`translate(${text}, '-_.@+', '     ')`;
  const peopleText = sql`${separate(sql`${people.name}`)} || ' ' || ${separate(sql`${people.email}`)} || ' ' || ${tickets.number}`;
  const head = sql`setweight(${both(sql`${tickets.subject}`)}, 'A')
      || setweight(${both(sql`${tickets.description}`)}, 'B')
      || setweight(to_tsvector('simple', ${peopleText}), 'D')`;
  const body = sql`e.data->>'body'`;
  // The snippets' texts skip empty bodies, as appending does.
  const text = (type: string) =>
    sql`coalesce(string_agg(${body}, E'\n' order by e.id) filter (where e.type = ${type} and ${body} <> ''), '')`;
  const vectors = (filter: SQL) =>
    sql`coalesce(tsvector_concat_agg(${messageVector(body)} order by e.id) filter (where ${filter}), ''::tsvector)`;
  return sql`
    ${name("source")} as (
      select ${tickets.id} as ticket_id, ${tickets.number} as number, ${tickets.requesterId} as requester_id,
        ${tickets.organizationId} as organization_id, ${tickets.groupId} as group_id,
        ${tickets.assigneeId} as assignee_id, ${tickets.followerIds} as follower_ids,
        h.head, m.conversation, m.notes, m.replies, m.messages
      from ${tickets}
      join ${people} on ${people.id} = ${tickets.requesterId}
      cross join lateral (select ${head} as head) h
      cross join lateral (
        select ${text("replied")} as conversation, ${text("noted")} as notes,
          ${vectors(sql`e.type = 'replied'`)} as replies, ${vectors(sql`true`)} as messages
        from ${ticketEvents} e
        where e.ticket_id = ${tickets.id} and e.type in ('replied', 'noted')
      ) m
      ${only}
    ),
    ${name("texts")} as (
      insert into ${ticketSearchTexts} (ticket_id, conversation, notes)
      select ticket_id, conversation, notes from ${name("source")}
      on conflict (ticket_id) do update set conversation = excluded.conversation, notes = excluded.notes
    ),
    ${name("written")} as (
      insert into ${ticketSearch} (ticket_id, number, requester_id, organization_id, group_id, assignee_id,
        follower_ids, head_document, requester_document, staff_document)
      select ticket_id, number, requester_id, organization_id, group_id, assignee_id, follower_ids,
        head, head || replies, head || messages
      from ${name("source")}
      on conflict (ticket_id) do update set
        number = excluded.number,
        requester_id = excluded.requester_id,
        organization_id = excluded.organization_id,
        group_id = excluded.group_id,
        assignee_id = excluded.assignee_id,
        follower_ids = excluded.follower_ids,
        head_document = excluded.head_document,
        requester_document = excluded.requester_document,
        staff_document = excluded.staff_document
      returning staff_document
    ),
    ${name("words")} as (${lexiconWords(sql`${name("written")}.staff_document`, name("written"))})`;
}

/**
 * Copies a ticket's scope columns (who may see it: requester, organization, group, assignee, followers) into its
 * search row when they differ, so search is scoped like the list without reading `tickets` per match. Run by the
 * ticket reaction on every change that does not rewrite the row. Unscoped: never for a caller.
 */
export async function syncTicketSearchScopeUnscoped(tx: Db, ticketId: string): Promise<void> {
  await tx.execute(syncScopeSql(ticketId));
}

/** The same copy, queued with a ticket change's other writes. */
export function syncTicketSearchScopeLater(later: DeferredWrites, ticketId: string): void {
  later.write(syncScopeSql(ticketId));
}

function syncScopeSql(ticketId: string): SQL {
  return sql`
    update ${ticketSearch} set
      requester_id = t.requester_id, organization_id = t.organization_id, group_id = t.group_id,
      assignee_id = t.assignee_id, follower_ids = t.follower_ids
    from ${tickets} t
    where t.id = ${ticketId} and ${ticketSearch.ticketId} = t.id
      and (${ticketSearch.requesterId}, ${ticketSearch.organizationId}, ${ticketSearch.groupId},
        ${ticketSearch.assigneeId}, ${ticketSearch.followerIds})
        is distinct from (t.requester_id, t.organization_id, t.group_id, t.assignee_id, t.follower_ids)`;
}

/**
 * Appends one new reply (`public`: to both documents and the conversation) or internal note (to the staff document
 * and the notes) to a ticket's search row, and its words to the typo lexicon: the same row a rebuild would write,
 * without reading the conversation again. Answers false when the ticket has no search row yet (nothing appended).
 */
export async function appendTicketSearchMessageUnscoped(
  tx: Db,
  ticketId: string,
  message: { body: string; public: boolean },
): Promise<boolean> {
  const column = sql.raw(message.public ? "conversation" : "notes");
  const requester = message.public ? sql`, requester_document = ${ticketSearch.requesterDocument} || v.vector` : sql``;
  // The body is sent once; empty bodies are left out of the texts, as in a rebuild.
  const result = await tx.execute<{ appended: number }>(sql`
    with b as (select ${message.body}::text as body),
    v as (select b.body, ${messageVector(sql`b.body`)} as vector from b),
    appended as (
      update ${ticketSearch} set
        staff_document = ${ticketSearch.staffDocument} || v.vector
        ${requester}
      from v
      where ${ticketSearch.ticketId} = ${ticketId}
      returning 1
    ),
    texts as (
      update ${ticketSearchTexts} set
        ${column} = case when v.body = '' then ${ticketSearchTexts}.${column} when ${ticketSearchTexts}.${column} = ''
          then v.body else ${ticketSearchTexts}.${column} || E'\n' || v.body end
      from v
      where ${ticketSearchTexts.ticketId} = ${ticketId}
    ),
    words as (${lexiconWords(sql`v.vector`, sql`v`, sql`and exists (select 1 from appended)`)})
    select count(*)::int as appended from appended`);
  return Number(rowsOf<{ appended: number }>(result)[0]?.appended ?? 0) > 0;
}

/** Up to three known words spelled like each of these (pg_trgm similarity), for words that found nothing. */
export async function similarWords(db: Db, words: readonly string[]): Promise<Map<string, string[]>> {
  const result = await db.execute<{ typed: string; word: string }>(sql`
    select q.typed, w.word
    from jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) as q(typed)
    cross join lateral (
      select ${ticketSearchWords.word} as word from ${ticketSearchWords}
      where ${ticketSearchWords.word} % q.typed and ${ticketSearchWords.word} <> q.typed
      order by similarity(${ticketSearchWords.word}, q.typed) desc, ${ticketSearchWords.word}
      limit 3
    ) w`);
  const map = new Map<string, string[]>();
  for (const row of rowsOf<{ typed: string; word: string }>(result))
    map.set(row.typed, [...(map.get(row.typed) ?? []), row.word]);
  return map;
}

/** One query word: what it matches (the word, its stem, its prefix when it is the last word, and its spellings). */
export type WordMatch = { word: string; prefix: boolean; spellings: readonly string[] };

function wordQuery(w: WordMatch): SQL {
  const parts = [sql`plainto_tsquery('english', ${w.word})`, sql`plainto_tsquery('simple', ${w.word})`];
  // Safe in to_tsquery: a query word holds only letters, digits and marks (search-query.ts queryWords).
  if (w.prefix) parts.push(sql`to_tsquery('simple', ${`${w.word}:*`})`);
  for (const s of w.spellings) parts.push(sql`plainto_tsquery('simple', ${s})`);
  return sql`(${sql.join(parts, sql` || `)})`;
}

/**
 * How many of the newest matching tickets are ranked (see searchTicketDocuments). A common word ("password") is in
 * a third of all tickets: ranking every match would read and rank tens of thousands of documents. The newest 200
 * are what a help desk searches for; an older ticket is found by a rarer word, its number or its requester.
 */
const RANKED_CANDIDATES = 200;

/**
 * The spans of newest ticket numbers a query's matches are first looked for in, narrowest first, before all of them.
 * A common word's GIN bitmap is ANDed with the number index's bitmap of the span, so only the rows of the matches in
 * it are read (the newest-first cut otherwise reads every match's row: "password", in a third of 200,000 tickets,
 * read 6,800 heap pages). A span is used when it holds RANKED_CANDIDATES matches: then they are exactly the newest
 * RANKED_CANDIDATES of all, so the answer is the one a search of every ticket gives. A rarer word falls through to
 * the next span, or straight to all tickets when the narrower span held too few to fill it (spanBounds, the gates).
 */
const NEWEST_WINDOWS = [4_000, 40_000];

/**
 * The lower number bounds of the spans of newest tickets a search by `actor` looks in first, then null (all tickets).
 * Only for callers who see every ticket: a scoped caller's matches are already cut to their tickets by the scope's
 * index (a requester's hundred, an agent's group), and an extra span there only repeats the word's posting list.
 * Spans as wide as all tickets are left out. The bounds are read here and sent as numbers: the planner then knows
 * how few rows a span holds and ANDs its number index bitmap with the word's; a bound computed in the statement it
 * cannot size, and then reads every match's row.
 */
async function spanBounds(db: Db, actor: Actor): Promise<(number | null)[]> {
  if (visibleTo(actor, ticketSearch)) return [null];
  const span = rowsOf<{ lowest: number | null; highest: number | null }>(
    await db.execute(sql`select min(${ticketSearch.number}) as lowest, max(${ticketSearch.number}) as highest
      from ${ticketSearch}`),
  )[0];
  const lowest = Number(span?.lowest ?? 0);
  const highest = Number(span?.highest ?? 0);
  return [...NEWEST_WINDOWS.map((w) => highest - w).filter((bound) => bound > lowest), null];
}

/**
 * How much of a ticket's text (description, then the conversation, then — for staff — the notes) its snippet is cut
 * from: ts_headline parses and stems every word it is given, about a millisecond per 10,000 characters, for each hit
 * answered. A match further on still finds the ticket; its snippet then shows the ticket's start unhighlighted.
 */
const HEADLINE_TEXT = 4000;

export type TicketHit = { id: string; number: number; subject: string; headline: string; rank: number };

/**
 * The best `limit` tickets the actor may see (the list's scope, visibleTo) whose document holds every word,
 * best first: ts_rank over the weights subject > description > conversation > people, normalised to 0..1
 * (rank / (rank + 1)), among the RANKED_CANDIDATES newest matches. Staff search the staff document; anyone else the
 * requester document, and their snippets come from the description and public replies only.
 */
export async function searchTicketDocuments(
  db: Db,
  actor: Actor,
  staff: boolean,
  words: readonly WordMatch[],
  limit: number,
): Promise<TicketHit[]> {
  const document = staff ? ticketSearch.staffDocument : ticketSearch.requesterDocument;
  const text = staff
    ? sql`t.description || E'\n' || x.conversation || E'\n' || x.notes`
    : sql`t.description || E'\n' || x.conversation`;
  const query = sql.join(words.map(wordQuery), sql` && `);
  const options = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  // The query is selected once in a CTE, which hides its words from the planner: it then always reads the matches
  // from the GIN index (a cost that follows the matches). Written out in the WHERE clause, the planner may instead
  // walk the newest tickets checking each document, which it believes cheap: with a prefix or a number it
  // overestimates the matches and reads all 200,000 documents (8 s in bench/search.bench.ts).
  // The matches are scoped and cut to the newest from the narrow search row alone (number and scope columns copied
  // in, vectors out of line), looked for first among the newest numbers only (NEWEST_WINDOWS, all spans in one
  // statement: a span whose gate is false never runs); the candidates are ranked by their small head vector; only
  // the best `limit` read their texts for ts_headline.
  const bounds = await spanBounds(db, actor);
  const newest = (bound: number | null) => sql`
      select ${ticketSearch.ticketId} as id, ${ticketSearch.number} as number
      from ${ticketSearch}
      cross join q
      where ${document} @@ q.query ${bound === null ? sql`` : sql`and ${ticketSearch.number} > ${bound}`}
        ${scope(actor)}
      order by ${ticketSearch.number} desc
      limit ${RANKED_CANDIDATES}`;
  const spanName = (i: number) => sql.raw(`w${i}`);
  const count = (i: number) => sql`(select count(*) from ${spanName(i)})`;
  const filled = (i: number) => sql`${count(i)} = ${RANKED_CANDIDATES}`;
  // Span i is tried when every narrower one fell short and the last held enough matches that i, as many times
  // wider, likely fills (a rare word goes straight to all tickets); it answers when tried and full. The unbounded
  // one answers when no other did. Initplans are evaluated lazily and `and` stops at the first false, so a span is
  // only ever run when its gate needs its count.
  const tried = (i: number): SQL =>
    i === 0
      ? sql`true`
      : sql`${tried(i - 1)} and not ${filled(i - 1)}
          and ${count(i - 1)} * ${NEWEST_WINDOWS[i]! / NEWEST_WINDOWS[i - 1]!} >= ${RANKED_CANDIDATES}`;
  const used = (i: number) => sql`(${tried(i)} and ${filled(i)})`;
  const gate = (i: number) =>
    i < bounds.length - 1
      ? used(i)
      : bounds.length === 1
        ? sql`true`
        : sql.join(
            bounds.slice(0, -1).map((_, j) => sql`not ${used(j)}`),
            sql` and `,
          );
  const result = await db.execute<TicketHit>(sql`
    with q as (select ${query} as query),
    ${sql.join(
      bounds.map((bound, i) => sql`${spanName(i)} as (${newest(bound)})`),
      sql`,\n`,
    )},
    matches as (
      ${sql.join(
        bounds.map((_, i) => sql`select id, number from ${spanName(i)} where ${gate(i)}`),
        sql`\nunion all\n`,
      )}
    ),
    best as (
      select m.id, m.number, ts_rank(c.head_document, q.query, 32) as rank
      from matches m
      join ${ticketSearch} c on c.ticket_id = m.id
      cross join q
      order by rank desc, m.number desc
      limit ${limit}
    )
    select b.id, b.number, t.subject, b.rank::float8 as rank,
      ts_headline('english', left(${text}, ${HEADLINE_TEXT}), q.query, ${options}) as headline
    from best b
    join ${tickets} t on t.id = b.id
    join ${ticketSearchTexts} x on x.ticket_id = b.id
    cross join q
    order by b.rank desc, b.number desc`);
  return rowsOf<TicketHit>(result).map((r) => ({ ...r, rank: Number(r.rank) }));
}

/**
 * The query words that carry meaning: English stop words ("the", "a", "is") are dropped, since in the 'simple'
 * half of the documents they match nearly every ticket. Words of other scripts (Urdu), numbers and names are kept.
 */
export async function contentWords(db: Db, words: readonly string[]): Promise<string[]> {
  const result = await db.execute<{ word: string }>(sql`
    select q.word from jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) with ordinality as q(word, i)
    where numnode(plainto_tsquery('english', q.word)) > 0
    order by q.i`);
  return rowsOf<{ word: string }>(result).map((r) => r.word);
}

function scope(actor: Actor): SQL {
  const visible = visibleTo(actor, ticketSearch);
  return visible ? sql`and ${visible}` : sql``;
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
