CREATE TABLE "telephony_call_states" (
	"call_id" uuid NOT NULL,
	"state" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "telephony_call_states_call_id_state_pk" PRIMARY KEY("call_id","state")
);
--> statement-breakpoint
CREATE TABLE "telephony_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" text NOT NULL,
	"direction" text NOT NULL,
	"from_number" text NOT NULL,
	"to_number" text NOT NULL,
	"state" text NOT NULL,
	"agent_extension" text,
	"agent_id" uuid,
	"recording_url" text,
	"ringing_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"callback_due_at" timestamp with time zone,
	"callback_done_at" timestamp with time zone,
	"callback_done_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "telephony_calls_call_id_unique" UNIQUE("call_id")
);
--> statement-breakpoint
CREATE TABLE "remote_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid NOT NULL,
	"tool_id" uuid NOT NULL,
	"session_ref" text NOT NULL,
	"purpose" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"consent_by" uuid,
	"consent_at" timestamp with time zone,
	"consent_via" text,
	"consent_recorded_by" uuid,
	"started_at" timestamp with time zone,
	"started_by" uuid,
	"ended_at" timestamp with time zone,
	"notes" text DEFAULT '' NOT NULL,
	"outcome" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "remote_tools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"launch_template" text DEFAULT '' NOT NULL,
	"agent_instructions" text DEFAULT '' NOT NULL,
	"requester_instructions" text DEFAULT '' NOT NULL,
	"link_for_requester" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "remote_tools_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "extension" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "preferred_channel" text DEFAULT 'email' NOT NULL;--> statement-breakpoint
ALTER TABLE "telephony_call_states" ADD CONSTRAINT "telephony_call_states_call_id_telephony_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."telephony_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "telephony_calls" ADD CONSTRAINT "telephony_calls_agent_id_people_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "telephony_calls" ADD CONSTRAINT "telephony_calls_callback_done_by_people_id_fk" FOREIGN KEY ("callback_done_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_sessions" ADD CONSTRAINT "remote_sessions_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_sessions" ADD CONSTRAINT "remote_sessions_tool_id_remote_tools_id_fk" FOREIGN KEY ("tool_id") REFERENCES "public"."remote_tools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_sessions" ADD CONSTRAINT "remote_sessions_requested_by_people_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_sessions" ADD CONSTRAINT "remote_sessions_consent_by_people_id_fk" FOREIGN KEY ("consent_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_sessions" ADD CONSTRAINT "remote_sessions_consent_recorded_by_people_id_fk" FOREIGN KEY ("consent_recorded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_sessions" ADD CONSTRAINT "remote_sessions_started_by_people_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "telephony_calls_callback_idx" ON "telephony_calls" USING btree ("callback_due_at") WHERE callback_done_at is null;--> statement-breakpoint
CREATE INDEX "remote_sessions_ticket_idx" ON "remote_sessions" USING btree ("ticket_id");
