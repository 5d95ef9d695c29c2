ALTER TABLE "telephony_calls" ADD COLUMN "callback_escalated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbound_mails" ADD COLUMN "fallback" text;--> statement-breakpoint
CREATE INDEX "whatsapp_messages_person_in_idx" ON "whatsapp_messages" USING btree ("person_id","created_at") WHERE direction = 'in';