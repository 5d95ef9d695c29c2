CREATE TABLE "survey_invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"question" text NOT NULL,
	"question_ur" text,
	"mailed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"score" integer,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"public_answer" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"person_id" uuid,
	"contact_email" text,
	"survey_invitation_id" uuid,
	"status_token_hash" text NOT NULL,
	"triaged_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_survey_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("survey_invitation_id") REFERENCES "public"."survey_invitations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_triaged_by_people_id_fk" FOREIGN KEY ("triaged_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_ticket_key" ON "survey_invitations" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "survey_invitations_person_created_idx" ON "survey_invitations" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "survey_invitations_created_idx" ON "survey_invitations" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "suggestions_status_created_idx" ON "suggestions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "suggestions_person_idx" ON "suggestions" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "suggestions_survey_key" ON "suggestions" USING btree ("survey_invitation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "suggestions_status_token_key" ON "suggestions" USING btree ("status_token_hash");