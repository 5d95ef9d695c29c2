CREATE INDEX "outbound_mails_acknowledged_idx" ON "outbound_mails" USING btree (("to_addresses"[1]),"created_at") WHERE kind = 'acknowledgement';--> statement-breakpoint
-- Search documents grow by appending a new reply's or note's vector (ticket-search.store.ts): a rebuild folds the
-- messages' vectors in order with this aggregate, so both give the same document.
CREATE AGGREGATE tsvector_concat_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');--> statement-breakpoint
-- The documents in their new order: head (subject A, description B, people D), then each message (C), oldest first.
UPDATE "ticket_search" s SET
		"conversation" = m.conversation,
		"notes" = m.notes,
		"requester_document" = h.head || m.replies,
		"staff_document" = h.head || m.messages
	FROM "tickets" t
	JOIN "people" p ON p.id = t.requester_id
	CROSS JOIN LATERAL (SELECT
		setweight(to_tsvector('english', left(t.subject, 100000)) || to_tsvector('simple', left(t.subject, 100000)), 'A')
		|| setweight(to_tsvector('english', left(t.description, 100000)) || to_tsvector('simple', left(t.description, 100000)), 'B')
		|| setweight(to_tsvector('simple', translate(p.name, '-_.@+', '     ') || ' ' || translate(p.email, '-_.@+', '     ') || ' ' || t.number), 'D') AS head
	) h
	CROSS JOIN LATERAL (
		SELECT
			coalesce(string_agg(e.data->>'body', E'\n' ORDER BY e.id) FILTER (WHERE e.type = 'replied' AND e.data->>'body' <> ''), '') AS conversation,
			coalesce(string_agg(e.data->>'body', E'\n' ORDER BY e.id) FILTER (WHERE e.type = 'noted' AND e.data->>'body' <> ''), '') AS notes,
			coalesce(tsvector_concat_agg(setweight(to_tsvector('english', left(e.data->>'body', 100000)) || to_tsvector('simple', left(e.data->>'body', 100000)), 'C') ORDER BY e.id) FILTER (WHERE e.type = 'replied'), ''::tsvector) AS replies,
			coalesce(tsvector_concat_agg(setweight(to_tsvector('english', left(e.data->>'body', 100000)) || to_tsvector('simple', left(e.data->>'body', 100000)), 'C') ORDER BY e.id), ''::tsvector) AS messages
		FROM "ticket_events" e
		WHERE e.ticket_id = t.id AND e.type IN ('replied', 'noted')
	) m
	WHERE t.id = s.ticket_id;
