ALTER TABLE "statements" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
-- Hand-written: statements written before their language was kept are in the organization's default language.
UPDATE "statements" SET "language" = "organizations"."default_language" FROM "organizations" WHERE "statements"."organization_id" = "organizations"."id" AND "statements"."language" IS NULL;
