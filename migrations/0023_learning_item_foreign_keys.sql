-- Playlist entries and onboarding steps get foreign keys to what they name (issue 13). Existing rows that name an
-- article or tutorial that no longer exists are deleted first: such a step could never be opened, and keeping it
-- would make the constraint impossible; the rest of the list keeps its order (positions may leave a gap).
DELETE FROM "playlist_items" WHERE "kind" = 'article' AND NOT EXISTS (SELECT 1 FROM "kb_articles" a WHERE a."id" = "playlist_items"."article_id");--> statement-breakpoint
ALTER TABLE "playlist_items" ADD CONSTRAINT "playlist_items_article_id_kb_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "playlist_items_article_idx" ON "playlist_items" USING btree ("article_id");--> statement-breakpoint
-- The polymorphic item_id becomes one column per kind, each with its foreign key.
ALTER TABLE "onboarding_path_items" ADD COLUMN "tutorial_id" uuid;--> statement-breakpoint
ALTER TABLE "onboarding_path_items" ADD COLUMN "article_id" uuid;--> statement-breakpoint
UPDATE "onboarding_path_items" i SET "tutorial_id" = i."item_id" WHERE i."kind" = 'tutorial' AND EXISTS (SELECT 1 FROM "tutorials" t WHERE t."id" = i."item_id");--> statement-breakpoint
UPDATE "onboarding_path_items" i SET "article_id" = i."item_id" WHERE i."kind" = 'article' AND EXISTS (SELECT 1 FROM "kb_articles" a WHERE a."id" = i."item_id");--> statement-breakpoint
DELETE FROM "onboarding_path_items" WHERE "tutorial_id" IS NULL AND "article_id" IS NULL;--> statement-breakpoint
DROP INDEX "onboarding_path_items_item_idx";--> statement-breakpoint
ALTER TABLE "onboarding_path_items" DROP COLUMN "item_id";--> statement-breakpoint
ALTER TABLE "onboarding_path_items" ADD CONSTRAINT "onboarding_path_items_tutorial_id_tutorials_id_fk" FOREIGN KEY ("tutorial_id") REFERENCES "public"."tutorials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_path_items" ADD CONSTRAINT "onboarding_path_items_article_id_kb_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "onboarding_path_items_tutorial_idx" ON "onboarding_path_items" USING btree ("tutorial_id");--> statement-breakpoint
CREATE INDEX "onboarding_path_items_article_idx" ON "onboarding_path_items" USING btree ("article_id");--> statement-breakpoint
ALTER TABLE "onboarding_path_items" ADD CONSTRAINT "onboarding_path_items_one_target" CHECK (("onboarding_path_items"."kind" = 'tutorial' and "onboarding_path_items"."tutorial_id" is not null and "onboarding_path_items"."article_id" is null) or ("onboarding_path_items"."kind" = 'article' and "onboarding_path_items"."article_id" is not null and "onboarding_path_items"."tutorial_id" is null));
