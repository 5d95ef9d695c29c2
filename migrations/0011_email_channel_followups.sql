ALTER TABLE "inbound_mails" ADD COLUMN "quoted_html" text;--> statement-breakpoint
ALTER TABLE "inbound_mails" ADD COLUMN "body_text" text;--> statement-breakpoint
ALTER TABLE "inbound_mails" ADD COLUMN "quoted_text" text;--> statement-breakpoint
ALTER TABLE "mail_quarantine" ADD COLUMN "dedupe_key" text;--> statement-breakpoint
ALTER TABLE "outbound_mails" ADD COLUMN "attachment_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "mail_quarantine_dedupe_key" ON "mail_quarantine" USING btree ("dedupe_key");