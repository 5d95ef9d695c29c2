-- Search p95 (issue 13 §4). Tutorials get a stored search document (title A, description B, captions C, in the
-- tutorial's language's configuration), kept by each write of those (tutorial-search.store.ts), instead of one
-- computed per row at query time.
ALTER TABLE "tutorials" ADD COLUMN "search_vector" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
UPDATE "tutorials" t SET "search_vector" =
  setweight(to_tsvector((CASE WHEN t."language" = 'ur' THEN 'simple' ELSE 'english' END)::regconfig, t."title"), 'A')
  || setweight(to_tsvector((CASE WHEN t."language" = 'ur' THEN 'simple' ELSE 'english' END)::regconfig, t."description"), 'B')
  || setweight(to_tsvector((CASE WHEN t."language" = 'ur' THEN 'simple' ELSE 'english' END)::regconfig,
    coalesce((SELECT string_agg(c."cue_text", ' ' ORDER BY c."language") FROM "tutorial_captions" c WHERE c."tutorial_id" = t."id"), '')), 'C');--> statement-breakpoint
CREATE INDEX "tutorials_search_idx" ON "tutorials" USING gin ("search_vector");--> statement-breakpoint
-- Articles: search reads published ones, each language by its own query, one partial index per part.
CREATE INDEX "kb_articles_search_published_ur_idx" ON "kb_articles" USING gin ("search_vector") WHERE "kb_articles"."status" = 'published' and "kb_articles"."language" = 'ur';--> statement-breakpoint
CREATE INDEX "kb_articles_search_published_other_idx" ON "kb_articles" USING gin ("search_vector") WHERE "kb_articles"."status" = 'published' and "kb_articles"."language" <> 'ur';--> statement-breakpoint
-- The body and the search vector leave the heap row (as ticket_search's vectors, migration 0029): a common word's
-- matches are cut to the newest from narrow rows. Title, tags and audiences stay in the row (storage MAIN), since
-- every search reads them. Existing rows are rewritten once to take the new layout.
ALTER TABLE "kb_articles" SET (toast_tuple_target = 128);--> statement-breakpoint
ALTER TABLE "kb_articles" ALTER COLUMN "title" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "kb_articles" ALTER COLUMN "tags" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "kb_articles" ALTER COLUMN "audiences" SET STORAGE MAIN;--> statement-breakpoint
UPDATE "kb_articles" SET "body_text" = "body_text";--> statement-breakpoint
-- Ticket search: the scope columns (visibleTo) indexed, so a common word's matches are ANDed with the caller's
-- tickets (a requester's own; an agent's assigned, group's and followed ones) before any row is read.
CREATE INDEX "ticket_search_requester_id_idx" ON "ticket_search" USING btree ("requester_id");--> statement-breakpoint
CREATE INDEX "ticket_search_organization_id_idx" ON "ticket_search" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "ticket_search_group_id_idx" ON "ticket_search" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "ticket_search_assignee_id_idx" ON "ticket_search" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "ticket_search_follower_ids_idx" ON "ticket_search" USING gin ("follower_ids");
