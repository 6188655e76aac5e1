ALTER TABLE "participants" DROP CONSTRAINT "participants_conversation_id_xid_unique";--> statement-breakpoint
ALTER TABLE "participants" DROP COLUMN "xid";