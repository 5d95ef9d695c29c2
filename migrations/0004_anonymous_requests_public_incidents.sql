CREATE TABLE "public_incident_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_incidents" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"unpublished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "consultation_requests" ADD COLUMN "linked_person_id" uuid;--> statement-breakpoint
ALTER TABLE "consultation_requests" ADD COLUMN "linked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "public_incident_updates" ADD CONSTRAINT "public_incident_updates_ticket_id_public_incidents_ticket_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."public_incidents"("ticket_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_incident_updates" ADD CONSTRAINT "public_incident_updates_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_incidents" ADD CONSTRAINT "public_incidents_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "public_incident_updates_ticket_idx" ON "public_incident_updates" USING btree ("ticket_id","at");--> statement-breakpoint
CREATE INDEX "public_incidents_published_idx" ON "public_incidents" USING btree ("published_at");--> statement-breakpoint
ALTER TABLE "consultation_requests" ADD CONSTRAINT "consultation_requests_linked_person_id_people_id_fk" FOREIGN KEY ("linked_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_requests_ticket_key" ON "consultation_requests" USING btree ("ticket_id");