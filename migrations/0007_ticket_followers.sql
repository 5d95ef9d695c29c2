ALTER TABLE "tickets" ADD COLUMN "follower_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
CREATE INDEX "tickets_followers_idx" ON "tickets" USING gin ("follower_ids");--> statement-breakpoint
-- Existing tickets: the same fold as events.ts (creator or recorder, every assignee, every staff act), first involvement first.
UPDATE "tickets" AS t SET "follower_ids" = f.ids
FROM (
  SELECT p.ticket_id, array_agg(p.person ORDER BY p.first_seq, p.ord) AS ids
  FROM (
    SELECT x.ticket_id, x.person, min(x.seq) AS first_seq, min(x.ord) AS ord
    FROM (
      SELECT e.ticket_id, e.seq, 0 AS ord, e.actor_id AS person
        FROM "ticket_events" e JOIN "tickets" tk ON tk.id = e.ticket_id
        WHERE e.actor_id IS NOT NULL AND e.actor_id <> tk.requester_id
          AND (e.type IN ('created', 'changed') OR coalesce((e.data->>'fromStaff')::boolean, false))
      UNION ALL
      SELECT e.ticket_id, e.seq, 1, (e.data->>'recordedBy')::uuid
        FROM "ticket_events" e WHERE e.type = 'created' AND e.data->>'recordedBy' IS NOT NULL
      UNION ALL
      SELECT e.ticket_id, e.seq, 2, (e.data->'fields'->>'assigneeId')::uuid
        FROM "ticket_events" e WHERE e.type = 'created' AND e.data->'fields'->>'assigneeId' IS NOT NULL
      UNION ALL
      SELECT e.ticket_id, e.seq, 2, (c->>'to')::uuid
        FROM "ticket_events" e, jsonb_array_elements(e.data->'changes') AS c
        WHERE e.type = 'changed' AND c->>'field' = 'assigneeId' AND c->>'to' IS NOT NULL
    ) AS x
    GROUP BY x.ticket_id, x.person
  ) AS p
  GROUP BY p.ticket_id
) AS f
WHERE t.id = f.ticket_id;
