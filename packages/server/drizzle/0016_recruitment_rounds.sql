CREATE TABLE "pool_recruitment_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"person_key" text NOT NULL,
	"birth_date" text NOT NULL,
	"sex" integer NOT NULL,
	"language" text NOT NULL,
	"municipality" text NOT NULL,
	"age_band" text,
	"letter" boolean NOT NULL,
	"contact_sealed" text,
	"stratum" text,
	"status" text DEFAULT 'frame' NOT NULL,
	"code_hash" text,
	"code_sealed" text,
	"letter_number" integer,
	"responded_at" timestamp with time zone,
	"signed_up_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "pool_recruitment_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"purpose" text NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"session_dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sample_size" integer NOT NULL,
	"stratify" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"seed" text NOT NULL,
	"letter_template" jsonb NOT NULL,
	"bilingual" boolean DEFAULT false NOT NULL,
	"frame_sha256" text,
	"frame_imported_at" timestamp with time zone,
	"drawn_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "pool_recruitment_rounds_window" CHECK ("pool_recruitment_rounds"."closes_at" > "pool_recruitment_rounds"."opens_at"),
	CONSTRAINT "pool_recruitment_rounds_sample" CHECK ("pool_recruitment_rounds"."sample_size" > 0)
);
--> statement-breakpoint
CREATE TABLE "pool_recruitment_signups" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"consent_purpose" boolean NOT NULL,
	"consent_research" boolean NOT NULL,
	"language" text NOT NULL,
	"gender" text NOT NULL,
	"availability" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"email_sealed" text,
	"phone_sealed" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pool_recruitment_people" ADD CONSTRAINT "pool_recruitment_people_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_recruitment_people" ADD CONSTRAINT "pool_recruitment_people_round_id_pool_recruitment_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."pool_recruitment_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_recruitment_rounds" ADD CONSTRAINT "pool_recruitment_rounds_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_recruitment_rounds" ADD CONSTRAINT "pool_recruitment_rounds_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_recruitment_signups" ADD CONSTRAINT "pool_recruitment_signups_person_id_pool_recruitment_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."pool_recruitment_people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_recruitment_signups" ADD CONSTRAINT "pool_recruitment_signups_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_recruitment_signups" ADD CONSTRAINT "pool_recruitment_signups_round_id_pool_recruitment_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."pool_recruitment_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pool_recruitment_people_person" ON "pool_recruitment_people" USING btree ("round_id","person_key");--> statement-breakpoint
CREATE UNIQUE INDEX "pool_recruitment_people_code" ON "pool_recruitment_people" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "pool_recruitment_people_round" ON "pool_recruitment_people" USING btree ("round_id","status");--> statement-breakpoint
CREATE INDEX "pool_recruitment_rounds_org" ON "pool_recruitment_rounds" USING btree ("organization_id","created_at");