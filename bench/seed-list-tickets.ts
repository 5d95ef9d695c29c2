// Filling a PostgreSQL database with many tickets fast, for the list scenarios of the HTTP bench (issue 12).
//
// `frontline seed-synthetic` writes tickets as the product does (events folded into the projection, clocks folded
// under the SLA policy): about 300 tickets/s here, so a million would take an hour. The bench writes a synthetic
// year of `BASE` tickets that way, then copies its closed tickets in SQL (`generate_series` INSERT … SELECT): each
// copy gets a new id (md5 of the original's id and the copy number, so events and SLA rows follow it), a new number
// from the ticket sequence, and its instants moved back by a whole number of days, spread over the years before;
// its events (the truth: the projection row is still their fold) and its SLA row are copied with it. Only closed
// tickets are copied, so the open backlog — what the queues and their counts show — stays what a desk has today,
// however long its history. The search index is not copied (the list never reads it).
/** One statement with its parameters on the bench's own connection (node-postgres or PGlite). */
export type Query = (text: string, params?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>;

/** Tickets written the product's way before copying. */
export const BASE_TICKETS = 3000;
/** Tickets per copying statement: progress is reported and no transaction grows unbounded. */
const CHUNK = 50_000;

/** Copies closed tickets until the database holds `total` tickets (no-op when it already has that many). */
export async function copyClosedTickets(query: Query, total: number, log: (line: string) => void): Promise<void> {
  const client = { query };
  await client.query("set synchronous_commit = off");
  const count = async () => Number((await client.query("select count(*)::int as n from tickets")).rows[0]!.n);
  let have = await count();
  // The originals (the closed tickets written the product's way) and the copy numbers used, kept in the database so
  // a reused one grows from where it stopped.
  await client.query("create table if not exists bench_originals as select id from tickets where status = 'closed'");
  await client.query("create table if not exists bench_copies (k int primary key)");
  const closed = Number((await client.query("select count(*)::int as n from bench_originals")).rows[0]!.n);
  if (closed === 0) throw new Error("no closed ticket to copy: seed a synthetic year first");
  let copy = Number((await client.query("select coalesce(max(k), 0)::int as k from bench_copies")).rows[0]!.k);
  const started = performance.now();
  while (have < total) {
    const copies = Math.max(1, Math.min(Math.floor(CHUNK / closed), Math.ceil((total - have) / closed)));
    const from = copy + 1;
    const to = copy + copies;
    await client.query("begin");
    // Copy k moves back k days plus a year per 40 copies (a million tickets span about 25 years of one desk).
    await client.query(
      `create temp table pick on commit drop as
           select o.id as old_id, md5(o.id::text || ':' || k)::uuid as new_id,
                  make_interval(days => k + (k / 40) * 365) as back
           from generate_series($1::int, $2::int) k cross join bench_originals o
           limit $3`,
      [from, to, total - have],
    );
    await client.query(
      `insert into tickets (id, subject, description, type, category_id, impact, urgency, priority,
            priority_override, status, requester_id, organization_id, group_id, assignee_id, channel, tags, parent_id,
            follower_ids, version, created_at, updated_at, resolved_at, closed_at)
         select p.new_id, t.subject, t.description, t.type, t.category_id, t.impact, t.urgency, t.priority,
            t.priority_override, t.status, t.requester_id, t.organization_id, t.group_id, t.assignee_id, t.channel,
            t.tags, null, t.follower_ids, t.version, t.created_at - p.back, t.updated_at - p.back,
            t.resolved_at - p.back, t.closed_at - p.back
         from pick p join tickets t on t.id = p.old_id`,
    );
    await client.query(
      `insert into ticket_events (ticket_id, seq, type, actor_id, at, data)
         select p.new_id, e.seq, e.type, e.actor_id, e.at - p.back, e.data
         from pick p join ticket_events e on e.ticket_id = p.old_id`,
    );
    await client.query(
      `insert into ticket_sla (ticket_id, policy_version_id, next_due_at, summary, response_due_at,
            resolution_due_at, resolution_paused_remaining_ms, breached, updated_at)
         select p.new_id, s.policy_version_id, null, s.summary, s.response_due_at - p.back,
            s.resolution_due_at - p.back, s.resolution_paused_remaining_ms, s.breached, s.updated_at - p.back
         from pick p join ticket_sla s on s.ticket_id = p.old_id`,
    );
    await client.query("insert into bench_copies select generate_series($1::int, $2::int) on conflict do nothing", [
      from,
      to,
    ]);
    await client.query("commit");
    copy = to;
    have = await count();
    const seconds = (performance.now() - started) / 1000;
    log(`  ${have.toLocaleString("en")} tickets (${Math.round(have / Math.max(seconds, 0.001))}/s copying)`);
  }
  await client.query("analyze tickets");
  await client.query("analyze ticket_events");
  await client.query("analyze ticket_sla");
}
