ALTER TABLE "conversation_math" ADD COLUMN "tx_through" "xid8" DEFAULT '0'::xid8 NOT NULL;--> statement-breakpoint
ALTER TABLE "conversation_math" ADD COLUMN "lease_owner" uuid;--> statement-breakpoint
-- Existing events get transaction 0 (no table rewrite); the math takes each of them once more,
-- which is harmless (it feeds the current vote of every pair it touches). New events record
-- their writing transaction.
ALTER TABLE "vote_events" ADD COLUMN "tx_id" "xid8" DEFAULT '0'::xid8 NOT NULL;--> statement-breakpoint
ALTER TABLE "vote_events" ALTER COLUMN "tx_id" SET DEFAULT pg_current_xact_id();--> statement-breakpoint
CREATE INDEX "vote_events_conversation_id_tx_id_index" ON "vote_events" USING btree ("conversation_id","tx_id");