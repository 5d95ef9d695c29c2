CREATE TABLE "tutorial_captions" (
	"tutorial_id" uuid NOT NULL,
	"language" text NOT NULL,
	"vtt" text NOT NULL,
	"cue_text" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "tutorial_captions_tutorial_id_language_pk" PRIMARY KEY("tutorial_id","language")
);
--> statement-breakpoint
CREATE TABLE "tutorials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pair_key" uuid DEFAULT gen_random_uuid() NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"audiences" text[] NOT NULL,
	"visibility" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"owner_id" uuid NOT NULL,
	"embed_url" text,
	"video_storage_key" text,
	"video_content_type" text,
	"video_size" bigint,
	"video_sha256" text,
	"poster_storage_key" text,
	"poster_content_type" text,
	"chapters" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"video_updated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "playlist_items" (
	"playlist_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"tutorial_id" uuid,
	"article_id" uuid,
	CONSTRAINT "playlist_items_playlist_id_position_pk" PRIMARY KEY("playlist_id","position"),
	CONSTRAINT "playlist_items_one_target" CHECK (("playlist_items"."kind" = 'tutorial' and "playlist_items"."tutorial_id" is not null and "playlist_items"."article_id" is null) or ("playlist_items"."kind" = 'article' and "playlist_items"."article_id" is not null and "playlist_items"."tutorial_id" is null))
);
--> statement-breakpoint
CREATE TABLE "playlists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onboarding_path_items" (
	"path_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"item_id" uuid NOT NULL,
	CONSTRAINT "onboarding_path_items_path_id_position_pk" PRIMARY KEY("path_id","position")
);
--> statement-breakpoint
CREATE TABLE "onboarding_paths" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"organization_id" uuid,
	"audience" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "onboarding_paths_one_owner" CHECK (("onboarding_paths"."organization_id" is null) <> ("onboarding_paths"."audience" is null))
);
--> statement-breakpoint
CREATE TABLE "onboarding_progress" (
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"item_id" uuid NOT NULL,
	"opened_at" timestamp with time zone,
	"watched_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	CONSTRAINT "onboarding_progress_person_id_kind_item_id_pk" PRIMARY KEY("person_id","kind","item_id")
);
--> statement-breakpoint
ALTER TABLE "tutorial_captions" ADD CONSTRAINT "tutorial_captions_tutorial_id_tutorials_id_fk" FOREIGN KEY ("tutorial_id") REFERENCES "public"."tutorials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tutorials" ADD CONSTRAINT "tutorials_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playlist_items" ADD CONSTRAINT "playlist_items_playlist_id_playlists_id_fk" FOREIGN KEY ("playlist_id") REFERENCES "public"."playlists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playlist_items" ADD CONSTRAINT "playlist_items_tutorial_id_tutorials_id_fk" FOREIGN KEY ("tutorial_id") REFERENCES "public"."tutorials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playlists" ADD CONSTRAINT "playlists_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_path_items" ADD CONSTRAINT "onboarding_path_items_path_id_onboarding_paths_id_fk" FOREIGN KEY ("path_id") REFERENCES "public"."onboarding_paths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_paths" ADD CONSTRAINT "onboarding_paths_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_progress" ADD CONSTRAINT "onboarding_progress_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tutorials_pair_language_key" ON "tutorials" USING btree ("pair_key","language");--> statement-breakpoint
CREATE INDEX "tutorials_status_idx" ON "tutorials" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "playlist_items_tutorial_idx" ON "playlist_items" USING btree ("tutorial_id");--> statement-breakpoint
CREATE INDEX "onboarding_path_items_item_idx" ON "onboarding_path_items" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "onboarding_paths_organization_key" ON "onboarding_paths" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "onboarding_paths_audience_key" ON "onboarding_paths" USING btree ("audience");