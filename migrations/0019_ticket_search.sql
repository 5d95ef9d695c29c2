-- pg_trgm (a trusted extension: the database owner may create it; PGlite loads it in platform/db/database.ts) serves the
-- typo tolerance of search (ticket_search_words). See docs/decisions/0009-search.md.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "ticket_search" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"conversation" text NOT NULL,
	"notes" text NOT NULL,
	"requester_document" "tsvector" NOT NULL,
	"staff_document" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"query" text NOT NULL,
	"kinds" text NOT NULL,
	"result_count" integer NOT NULL,
	"caller_kind" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ticket_search" ADD CONSTRAINT "ticket_search_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ticket_search_requester_idx" ON "ticket_search" USING gin ("requester_document");--> statement-breakpoint
CREATE INDEX "ticket_search_staff_idx" ON "ticket_search" USING gin ("staff_document");--> statement-breakpoint
CREATE INDEX "ticket_search_words_trgm_idx" ON "ticket_search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_log_at_idx" ON "search_log" USING btree ("at");