CREATE TABLE "regular_survey_invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"mailed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"answers" jsonb
);
--> statement-breakpoint
CREATE TABLE "regular_survey_reminders" (
	"invitation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "regular_survey_reminders_invitation_id_number_pk" PRIMARY KEY("invitation_id","number")
);
--> statement-breakpoint
CREATE TABLE "regular_survey_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"title" text NOT NULL,
	"title_ur" text,
	"questions" jsonb NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"invited" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regular_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"title_ur" text,
	"questions" jsonb NOT NULL,
	"organization_ids" jsonb NOT NULL,
	"recurrence" text NOT NULL,
	"start_date" date NOT NULL,
	"window_days" integer NOT NULL,
	"reminder_after_days" integer,
	"reminder_max" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "regular_survey_invitations" ADD CONSTRAINT "regular_survey_invitations_round_id_regular_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."regular_survey_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regular_survey_invitations" ADD CONSTRAINT "regular_survey_invitations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regular_survey_reminders" ADD CONSTRAINT "regular_survey_reminders_invitation_id_regular_survey_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."regular_survey_invitations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regular_survey_rounds" ADD CONSTRAINT "regular_survey_rounds_survey_id_regular_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."regular_surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "regular_survey_invitations_round_person_key" ON "regular_survey_invitations" USING btree ("round_id","person_id");--> statement-breakpoint
CREATE INDEX "regular_survey_invitations_person_idx" ON "regular_survey_invitations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "regular_survey_invitations_answered_idx" ON "regular_survey_invitations" USING btree ("answered_at");--> statement-breakpoint
CREATE UNIQUE INDEX "regular_survey_rounds_period_key" ON "regular_survey_rounds" USING btree ("survey_id","period_start");