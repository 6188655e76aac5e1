CREATE TABLE "pool_consents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"channel" text NOT NULL,
	"text_version" integer NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"given_via" text NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "pool_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" text NOT NULL,
	"email_sealed" text,
	"email_index" text,
	"phone_sealed" text,
	"phone_index" text,
	"municipality" text NOT NULL,
	"birth_year" integer NOT NULL,
	"gender" text NOT NULL,
	"mother_tongue" text NOT NULL,
	"language" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"interests" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"channels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"confirmed_at" timestamp with time zone,
	"confirmed_via" text,
	"last_active_at" timestamp with time zone DEFAULT now() NOT NULL,
	"left_at" timestamp with time zone,
	"left_reason" text,
	CONSTRAINT "pool_members_status" CHECK ("pool_members"."status" in ('pending', 'active', 'left')),
	CONSTRAINT "pool_members_contact" CHECK ("pool_members"."status" = 'left' or "pool_members"."email_sealed" is not null or "pool_members"."phone_sealed" is not null)
);
--> statement-breakpoint
CREATE TABLE "pool_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"municipalities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"themes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"consent_texts" jsonb NOT NULL,
	"inactive_retention_months" integer DEFAULT 36 NOT NULL,
	"left_retention_months" integer DEFAULT 60 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "pool_tokens" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "pool_consents" ADD CONSTRAINT "pool_consents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_consents" ADD CONSTRAINT "pool_consents_member_id_pool_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."pool_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_members" ADD CONSTRAINT "pool_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_members" ADD CONSTRAINT "pool_members_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_settings" ADD CONSTRAINT "pool_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_settings" ADD CONSTRAINT "pool_settings_updated_by_staff_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_tokens" ADD CONSTRAINT "pool_tokens_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_tokens" ADD CONSTRAINT "pool_tokens_member_id_pool_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."pool_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pool_consents_member" ON "pool_consents" USING btree ("member_id","given_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pool_members_email" ON "pool_members" USING btree ("organization_id","email_index");--> statement-breakpoint
CREATE UNIQUE INDEX "pool_members_phone" ON "pool_members" USING btree ("organization_id","phone_index");--> statement-breakpoint
CREATE INDEX "pool_members_org_status" ON "pool_members" USING btree ("organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "pool_tokens_hash" ON "pool_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "pool_tokens_member" ON "pool_tokens" USING btree ("member_id");