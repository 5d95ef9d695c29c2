-- Onsite visits (issue 15): the ticket_visits projection of the tickets' visit events, organizations' addresses
-- (the sites technicians go to), and the iCalendar invitation an outbound mail carries.
CREATE TABLE "ticket_visits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"technician_id" uuid NOT NULL,
	"site" jsonb NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"follow_up_of" uuid,
	"status" text NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"travel_started_at" timestamp with time zone,
	"arrived_at" timestamp with time zone,
	"departed_at" timestamp with time zone,
	"missed_at" timestamp with time zone,
	"report" jsonb,
	"scheduled_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "addresses" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "outbound_mails" ADD COLUMN "calendar" jsonb;--> statement-breakpoint
ALTER TABLE "ticket_visits" ADD CONSTRAINT "ticket_visits_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_visits" ADD CONSTRAINT "ticket_visits_technician_id_people_id_fk" FOREIGN KEY ("technician_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ticket_visits_ticket_idx" ON "ticket_visits" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "ticket_visits_technician_window_idx" ON "ticket_visits" USING btree ("technician_id","window_start");