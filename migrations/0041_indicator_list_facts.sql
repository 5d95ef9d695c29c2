ALTER TABLE "ticket_indicator_facts" ADD COLUMN "subject" text;--> statement-breakpoint
ALTER TABLE "ticket_indicator_facts" ADD COLUMN "status" text;--> statement-breakpoint
ALTER TABLE "ticket_indicator_facts" ADD COLUMN "assignee_id" uuid;--> statement-breakpoint
ALTER TABLE "ticket_indicator_facts" ADD COLUMN "group_id" uuid;--> statement-breakpoint
ALTER TABLE "ticket_indicator_facts" ADD COLUMN "organization_id" uuid;--> statement-breakpoint
ALTER TABLE "ticket_indicator_facts" ADD COLUMN "response_breached" boolean;--> statement-breakpoint
ALTER TABLE "ticket_indicator_facts" ADD COLUMN "resolution_breached" boolean;--> statement-breakpoint
ALTER TABLE "ticket_indicator_facts" ADD COLUMN "linked_clocks" jsonb;--> statement-breakpoint
CREATE INDEX "ticket_indicator_facts_resolved_idx" ON "ticket_indicator_facts" USING btree ("resolved_at","number") WHERE "ticket_indicator_facts"."final";