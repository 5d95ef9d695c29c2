import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { Instant } from "../../shared/instant.ts";
import { storableText } from "../../shared/storable-text.ts";
import { getSearchStats } from "./get-search-stats.ts";
import { SEARCH_KINDS, type SearchItem } from "./search-item.ts";
import { QUERY_MAX_LENGTH } from "./search-query.ts";
import { search } from "./search.ts";

const SearchQuery = z.strictObject({
  q: storableText()
    .max(QUERY_MAX_LENGTH)
    .describe("What to find: words (the last one also as a prefix), a ticket number (10003 or #10003)"),
  kind: storableText()
    .max(100)
    .transform((s) => s.split(",").filter(Boolean))
    .pipe(z.array(z.enum(SEARCH_KINDS)).min(1))
    .optional()
    .describe("Comma-separated kinds (article, tutorial, ticket); default: every kind you may search"),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

const SearchHit = z
  .object({
    kind: z.enum(SEARCH_KINDS),
    id: z.string(),
    title: z.string().describe("A ticket's subject, an article's or tutorial's title"),
    snippet: z.string().describe("Plain text around the matches (never HTML)"),
    highlights: z
      .array(z.array(z.number().int()))
      .describe("Spans of the snippet to mark: [start, end) in UTF-16 code units"),
    score: z.number().describe("0..1, higher is better; orders hits of every kind"),
    number: z.number().int().optional().describe("Tickets only: the ticket's number"),
  })
  .meta({ id: "SearchHit" });

const StatsQuery = z.strictObject({
  from: Instant.optional().describe("Default: 30 days before `to`"),
  to: Instant.optional().describe("Default: now"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const QueryCount = z.object({ query: z.string(), searches: z.number().int(), lastAt: z.string() });

const SearchStats = z
  .object({
    from: z.string(),
    to: z.string(),
    searches: z.number().int(),
    noResults: z.number().int().describe("Searches that found nothing"),
    topQueries: z.array(QueryCount),
    topWithoutResults: z.array(QueryCount).describe("The most frequent searches that found nothing"),
  })
  .meta({ id: "SearchStats" });

const present = (item: SearchItem) => ({ ...item, highlights: item.highlights.map((h) => [...h]) });

/** Search across kinds (anonymous callers: the public kinds, rate-limited) and the search statistics. */
export async function searchRoutes(app: HttpServer, deps: Deps): Promise<void> {
  app.get(
    "/api/v1/search",
    {
      config: {
        public: true,
        signInOptional: true,
        // Only anonymous callers are limited; signed-in traffic is bounded by its credentials.
        rateLimit: { max: deps.config.RATE_LIMIT_PER_MINUTE, timeWindow: "1 minute", allowList: (r) => !!r.actor },
      },
      schema: {
        tags: ["knowledge"],
        summary: "Search articles, tutorials and tickets the caller may read, best first (tickets need a sign-in)",
        security: [{}, { session: [] }, { bearer: [] }],
        querystring: SearchQuery,
        response: { 200: z.object({ items: z.array(SearchHit) }) },
      },
    },
    async (request) => {
      const { q, kind, limit } = request.query;
      const items = await search(deps, request.actor, { q, kinds: kind, limit });
      return { items: items.map(present) };
    },
  );

  app.get(
    "/api/v1/knowledge/search-stats",
    {
      schema: {
        tags: ["knowledge"],
        summary: "What people searched for over a period: top queries and top queries without results (staff)",
        querystring: StatsQuery,
        response: { 200: SearchStats },
      },
    },
    async (request) => {
      const stats = await getSearchStats(deps, actorOf(request), request.query);
      const count = (c: { query: string; searches: number; lastAt: Date }) => ({
        ...c,
        lastAt: c.lastAt.toISOString(),
      });
      return {
        ...stats,
        from: stats.from.toISOString(),
        to: stats.to.toISOString(),
        topQueries: stats.topQueries.map(count),
        topWithoutResults: stats.topWithoutResults.map(count),
      };
    },
  );
}
