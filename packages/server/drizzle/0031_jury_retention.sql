ALTER TABLE "juries" ADD COLUMN "finished_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "juries" ADD COLUMN "contacts_erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "jury_members" ADD COLUMN "source_ref" text;--> statement-breakpoint
CREATE UNIQUE INDEX "jury_members_source" ON "jury_members" USING btree ("jury_id","source_ref");