-- Indicator facts off the write path (issues 11 and 12, decision 0011): the tickets whose facts are behind their
-- events, and a GiST index for an old period's backlog (the open versions valid at its end).
CREATE TABLE "indicator_facts_dirty" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_facts_dirty" ADD CONSTRAINT "indicator_facts_dirty_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_facts_dirty_marked_at_idx" ON "indicator_facts_dirty" USING btree ("marked_at");--> statement-breakpoint
CREATE INDEX "ticket_indicator_facts_open_range_idx" ON "ticket_indicator_facts" USING gist (tstzrange("valid_from", "valid_to", '(]')) WHERE not "ticket_indicator_facts"."final";