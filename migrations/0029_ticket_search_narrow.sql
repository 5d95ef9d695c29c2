-- Ticket search at 200,000 tickets (issue 13, decision 0009): the searched row is narrowed so a common word's
-- matches are found and cut to the newest without reading `tickets`: the number and the scope columns (visibleTo)
-- are copied in, the snippet texts move to their own table, the vectors are stored out of line, and a small head
-- vector (subject, description, people) is what the candidates are ranked by.
CREATE TABLE "ticket_search_texts" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"conversation" text NOT NULL,
	"notes" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ticket_search_texts" ADD CONSTRAINT "ticket_search_texts_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
INSERT INTO "ticket_search_texts" ("ticket_id", "conversation", "notes")
SELECT "ticket_id", "conversation", "notes" FROM "ticket_search";--> statement-breakpoint
ALTER TABLE "ticket_search" DROP COLUMN "conversation";--> statement-breakpoint
ALTER TABLE "ticket_search" DROP COLUMN "notes";--> statement-breakpoint
ALTER TABLE "ticket_search" ADD COLUMN "number" integer;--> statement-breakpoint
ALTER TABLE "ticket_search" ADD COLUMN "requester_id" uuid;--> statement-breakpoint
ALTER TABLE "ticket_search" ADD COLUMN "organization_id" uuid;--> statement-breakpoint
ALTER TABLE "ticket_search" ADD COLUMN "group_id" uuid;--> statement-breakpoint
ALTER TABLE "ticket_search" ADD COLUMN "assignee_id" uuid;--> statement-breakpoint
ALTER TABLE "ticket_search" ADD COLUMN "follower_ids" uuid[];--> statement-breakpoint
ALTER TABLE "ticket_search" ADD COLUMN "head_document" tsvector;--> statement-breakpoint
-- Vectors leave the heap row (the TOAST table holds them): a bitmap scan of many matches reads few pages.
ALTER TABLE "ticket_search" SET (toast_tuple_target = 128);--> statement-breakpoint
UPDATE "ticket_search" s SET
  "number" = t."number",
  "requester_id" = t."requester_id",
  "organization_id" = t."organization_id",
  "group_id" = t."group_id",
  "assignee_id" = t."assignee_id",
  "follower_ids" = t."follower_ids",
  "head_document" =
    setweight(to_tsvector('english', left(t."subject", 100000)) || to_tsvector('simple', left(t."subject", 100000)), 'A')
    || setweight(to_tsvector('english', left(t."description", 100000)) || to_tsvector('simple', left(t."description", 100000)), 'B')
    || setweight(to_tsvector('simple', translate(p."name", '-_.@+', '     ') || ' ' || translate(p."email", '-_.@+', '     ') || ' ' || t."number"), 'D')
FROM "tickets" t JOIN "people" p ON p."id" = t."requester_id"
WHERE t."id" = s."ticket_id";--> statement-breakpoint
ALTER TABLE "ticket_search" ALTER COLUMN "number" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "ticket_search" ALTER COLUMN "requester_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "ticket_search" ALTER COLUMN "organization_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "ticket_search" ALTER COLUMN "follower_ids" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "ticket_search" ALTER COLUMN "head_document" SET NOT NULL;
