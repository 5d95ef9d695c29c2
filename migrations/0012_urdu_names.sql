ALTER TABLE "support_groups" ADD COLUMN "name_ur" text;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "name_ur" text;--> statement-breakpoint
ALTER TABLE "channel_settings" ADD COLUMN "instructions_ur" text;