CREATE TABLE "panel_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"panel_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"source" text NOT NULL,
	"source_ref" text NOT NULL,
	"attributes" jsonb NOT NULL,
	"language" text DEFAULT 'fi' NOT NULL,
	"contact_sealed" text,
	"consent" jsonb,
	"status" text DEFAULT 'candidate' NOT NULL,
	"reserve_rank" integer,
	"probability" real,
	"invited_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_selections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"panel_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"seed" text NOT NULL,
	"algorithm" text NOT NULL,
	"algorithm_version" text NOT NULL,
	"method" text NOT NULL,
	"seated" jsonb NOT NULL,
	"reserves" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"withdrawn" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"replacements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"probabilities" jsonb NOT NULL,
	"stats" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "panel_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"panel_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"date" text NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"accessibility" text DEFAULT '' NOT NULL,
	"online_url" text
);
--> statement-breakpoint
CREATE TABLE "panel_tokens" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"panel_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "panels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"core_questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"questions_formed_by" text DEFAULT '' NOT NULL,
	"target_size" integer NOT NULL,
	"reserves" integer DEFAULT 0 NOT NULL,
	"quotas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"fees" jsonb NOT NULL,
	"source" text NOT NULL,
	"round_id" uuid,
	"seed_announcement" text,
	"seed_known_at" timestamp with time zone,
	"seed_announced_at" timestamp with time zone,
	"response_deadline" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "panels_size" CHECK ("panels"."target_size" > 0 and "panels"."reserves" >= 0)
);
--> statement-breakpoint
ALTER TABLE "panel_candidates" ADD CONSTRAINT "panel_candidates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_candidates" ADD CONSTRAINT "panel_candidates_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_selections" ADD CONSTRAINT "panel_selections_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_selections" ADD CONSTRAINT "panel_selections_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_selections" ADD CONSTRAINT "panel_selections_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_sessions" ADD CONSTRAINT "panel_sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_sessions" ADD CONSTRAINT "panel_sessions_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_tokens" ADD CONSTRAINT "panel_tokens_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_tokens" ADD CONSTRAINT "panel_tokens_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_tokens" ADD CONSTRAINT "panel_tokens_candidate_id_panel_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."panel_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panels" ADD CONSTRAINT "panels_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panels" ADD CONSTRAINT "panels_round_id_pool_recruitment_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."pool_recruitment_rounds"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panels" ADD CONSTRAINT "panels_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "panel_candidates_number" ON "panel_candidates" USING btree ("panel_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_candidates_source" ON "panel_candidates" USING btree ("panel_id","source_ref");--> statement-breakpoint
CREATE INDEX "panel_candidates_status" ON "panel_candidates" USING btree ("panel_id","status");--> statement-breakpoint
CREATE INDEX "panel_selections_panel" ON "panel_selections" USING btree ("panel_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_sessions_position" ON "panel_sessions" USING btree ("panel_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_tokens_hash" ON "panel_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "panel_tokens_candidate" ON "panel_tokens" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "panels_org" ON "panels" USING btree ("organization_id","created_at");