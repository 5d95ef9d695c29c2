import { and, count, desc, gte, lt, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { searchLog } from "./search-log.tables.ts";

export type SearchLogEntry = typeof searchLog.$inferInsert;

/** Records one search (a single insert, outside any transaction: losing one under failure is acceptable). */
export async function recordSearch(db: Db, entry: SearchLogEntry): Promise<void> {
  await db.insert(searchLog).values(entry);
}

export type QueryCount = { query: string; searches: number; lastAt: Date };

/** The most frequent logged queries in [from, to), optionally only those that found nothing. */
export async function topQueries(
  db: Db,
  period: { from: Date; to: Date },
  options: { noResults: boolean; limit: number },
): Promise<QueryCount[]> {
  const searches = count();
  const lastAt = sql<Date>`max(${searchLog.at})`.mapWith(searchLog.at);
  return db
    .select({ query: searchLog.query, searches, lastAt })
    .from(searchLog)
    .where(
      and(
        gte(searchLog.at, period.from),
        lt(searchLog.at, period.to),
        sql`${searchLog.query} <> ''`,
        options.noResults ? sql`${searchLog.resultCount} = 0` : undefined,
      ),
    )
    .groupBy(searchLog.query)
    .orderBy(desc(searches), searchLog.query)
    .limit(options.limit);
}

/** How many searches were logged in [from, to), and how many of them found nothing. */
export async function searchTotals(
  db: Db,
  period: { from: Date; to: Date },
): Promise<{ searches: number; noResults: number }> {
  const [row] = await db
    .select({
      searches: count(),
      noResults: sql<number>`count(*) filter (where ${searchLog.resultCount} = 0)`.mapWith(Number),
    })
    .from(searchLog)
    .where(and(gte(searchLog.at, period.from), lt(searchLog.at, period.to)));
  return row ?? { searches: 0, noResults: 0 };
}
