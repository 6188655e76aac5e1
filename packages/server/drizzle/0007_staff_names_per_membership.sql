-- A staff person's name and last sign-in move from the shared account to each membership, so
-- that one organization neither sees nor edits what another knows of the person. Each existing
-- membership keeps the name shown today; the last sign-in is kept only for people on one
-- organization's staff (for others it cannot be told which organization it belonged to).
ALTER TABLE "memberships" ADD COLUMN "display_name" text;--> statement-breakpoint
UPDATE "memberships" SET "display_name" = u."display_name" FROM "staff_users" u WHERE u."id" = "memberships"."user_id";--> statement-breakpoint
ALTER TABLE "memberships" ALTER COLUMN "display_name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "last_sign_in_at" timestamp with time zone;--> statement-breakpoint
UPDATE "memberships" SET "last_sign_in_at" = u."last_sign_in_at" FROM "staff_users" u WHERE u."id" = "memberships"."user_id" AND (SELECT count(*) FROM "memberships" m2 WHERE m2."user_id" = "memberships"."user_id") = 1;--> statement-breakpoint
ALTER TABLE "staff_users" DROP COLUMN "display_name";--> statement-breakpoint
ALTER TABLE "staff_users" DROP COLUMN "last_sign_in_at";
