ALTER TABLE "ticket_sla" ADD COLUMN "resolution_paused_remaining_ms" bigint;--> statement-breakpoint
-- Tickets already waiting keep their place in sort=due from the first start on: their stored clocks say what is left.
UPDATE "ticket_sla" AS t SET "resolution_paused_remaining_ms" = (
  SELECT greatest(0, round((c->>'remainingMs')::numeric))::bigint
  FROM jsonb_array_elements(t."summary"->'clocks') AS c
  WHERE c->>'kind' = 'resolution' AND c->>'state' = 'paused'
  LIMIT 1
);
