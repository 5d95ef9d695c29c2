CREATE TABLE "chat_channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"group_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_channels_key_unique" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "chat_channels" ADD CONSTRAINT "chat_channels_group_id_support_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."support_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "chat_channels_one_default" ON "chat_channels" USING btree ("is_default") WHERE is_default;--> statement-breakpoint
-- Embeddings already in use keep working: each key chats arrived on becomes an active channel (no group: routing decides).
INSERT INTO "chat_channels" ("key", "name") SELECT DISTINCT "channel_key", "channel_key" FROM "chat_sessions" ON CONFLICT DO NOTHING;
