CREATE TABLE "whatsapp_groups" (
	"group_id" text PRIMARY KEY NOT NULL,
	"phone_number_id" text NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"invite_link" text,
	"state" text DEFAULT 'active' NOT NULL,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"organization_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "whatsapp_messages" ADD COLUMN "context_wamid" text;--> statement-breakpoint
ALTER TABLE "whatsapp_groups" ADD CONSTRAINT "whatsapp_groups_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;