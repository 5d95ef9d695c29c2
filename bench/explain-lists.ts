// EXPLAIN ANALYZE of the ticket list queries the HTTP bench ran, as the server builds them: the bench agent is
// authenticated with its token and each list's query string goes through the route's own schema and the list
// store, with a Drizzle logger catching the SQL; the plans go into the bench output (issue 12).
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { authenticateToken } from "../src/identity/authenticate.ts";
import { referenceCache } from "../src/platform/cache/reference-cache.ts";
import { systemClock } from "../src/platform/clock/clock.ts";
import type { Db } from "../src/platform/db/database.ts";
import { listTickets } from "../src/tickets/ticket/list-tickets.store.ts";
import { TicketListQuery } from "../src/tickets/ticket/ticket-list-query.ts";

export type ListPlan = { path: string; sql: string; plan: string };

/** The plan of each list path's queries (`/api/v1/tickets?…`), executed on the scratch database as the agent. */
export async function explainLists(databaseUrl: string, token: string, paths: readonly string[]): Promise<ListPlan[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const caught: Array<{ sql: string; params: unknown[] }> = [];
  const db = drizzle(pool, {
    logger: { logQuery: (sql, params) => void caught.push({ sql, params }) },
  }) as unknown as Db;
  try {
    const actor = await authenticateToken({ db, clock: systemClock, cache: referenceCache(0) }, token);
    const plans: ListPlan[] = [];
    for (const path of paths) {
      const query = Object.fromEntries(new URL(path, "http://bench").searchParams);
      caught.length = 0;
      await listTickets({ readDb: db, clock: systemClock }, actor, TicketListQuery.parse(query));
      for (const q of caught) {
        const { rows } = await pool.query<{ "QUERY PLAN": string }>(`explain (analyze, buffers) ${q.sql}`, q.params);
        plans.push({ path, sql: q.sql, plan: rows.map((r) => r["QUERY PLAN"]).join("\n") });
      }
    }
    return plans;
  } finally {
    await pool.end();
  }
}
