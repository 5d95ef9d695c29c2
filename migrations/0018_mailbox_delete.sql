ALTER TABLE "inbound_mails" DROP CONSTRAINT "inbound_mails_mailbox_id_mailboxes_id_fk";
--> statement-breakpoint
ALTER TABLE "mail_quarantine" DROP CONSTRAINT "mail_quarantine_mailbox_id_mailboxes_id_fk";
--> statement-breakpoint
ALTER TABLE "inbound_mails" ALTER COLUMN "mailbox_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "inbound_mails" ADD CONSTRAINT "inbound_mails_mailbox_id_mailboxes_id_fk" FOREIGN KEY ("mailbox_id") REFERENCES "public"."mailboxes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_quarantine" ADD CONSTRAINT "mail_quarantine_mailbox_id_mailboxes_id_fk" FOREIGN KEY ("mailbox_id") REFERENCES "public"."mailboxes"("id") ON DELETE set null ON UPDATE no action;