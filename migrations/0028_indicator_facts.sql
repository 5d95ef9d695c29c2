CREATE TABLE "ticket_indicator_facts" (
	"ticket_id" uuid NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone,
	"number" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"priority" text NOT NULL,
	"final" boolean NOT NULL,
	"resolved_at" timestamp with time zone,
	"linked" boolean NOT NULL,
	"response_stopped_at" timestamp with time zone,
	"response_business_minutes" double precision,
	"response_wall_minutes" double precision,
	"response_breached_at" timestamp with time zone,
	"resolution_stopped_at" timestamp with time zone,
	"resolution_business_minutes" double precision,
	"resolution_wall_minutes" double precision,
	"resolution_breached_at" timestamp with time zone,
	"fcr_excluded" boolean NOT NULL,
	"fcr_first_contact" boolean NOT NULL,
	"reopened_at" timestamp with time zone[] DEFAULT '{}'::timestamptz[] NOT NULL,
	"tier_holds" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "ticket_indicator_facts_ticket_id_valid_from_pk" PRIMARY KEY("ticket_id","valid_from")
);
--> statement-breakpoint
ALTER TABLE "ticket_indicator_facts" ADD CONSTRAINT "ticket_indicator_facts_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_indicator_facts_current_key" ON "ticket_indicator_facts" USING btree ("ticket_id") WHERE "ticket_indicator_facts"."valid_to" is null;--> statement-breakpoint
CREATE INDEX "ticket_indicator_facts_valid_from_idx" ON "ticket_indicator_facts" USING btree ("valid_from");--> statement-breakpoint
CREATE INDEX "ticket_indicator_facts_open_idx" ON "ticket_indicator_facts" USING btree ("valid_to") WHERE not "ticket_indicator_facts"."final";