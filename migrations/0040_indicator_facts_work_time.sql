ALTER TABLE "ticket_indicator_facts" ADD COLUMN "work_done" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- Tickets with visits or remote sessions already in their log get their finished work folded in by the facts worker.
INSERT INTO "indicator_facts_dirty" ("ticket_id")
SELECT DISTINCT "ticket_id" FROM "ticket_events" WHERE "type" IN ('visit', 'remote_session')
ON CONFLICT ("ticket_id") DO UPDATE SET "marked_at" = "indicator_facts_dirty"."marked_at";
