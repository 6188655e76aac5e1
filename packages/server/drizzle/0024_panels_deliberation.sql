CREATE TABLE "deliberation_amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"base_version" integer NOT NULL,
	"proposed_text" text,
	"comment" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deliberation_amendments_status" CHECK ("deliberation_amendments"."status" in ('proposed', 'accepted', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "deliberation_minority_opinions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"recommendation_id" uuid,
	"text" text NOT NULL,
	"supporters" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deliberation_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"ref" text NOT NULL,
	"label" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "deliberation_participants_role" CHECK ("deliberation_participants"."role" in ('panelist', 'juror', 'facilitator'))
);
--> statement-breakpoint
CREATE TABLE "deliberation_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"source_label" text NOT NULL,
	"text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recommendation_id" uuid
);
--> statement-breakpoint
CREATE TABLE "deliberation_recommendation_versions" (
	"organization_id" uuid NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"cause" text NOT NULL,
	"amendment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deliberation_recommendation_versions_recommendation_id_version_pk" PRIMARY KEY("recommendation_id","version")
);
--> statement-breakpoint
CREATE TABLE "deliberation_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deliberation_recommendations_status" CHECK ("deliberation_recommendations"."status" in ('draft', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "deliberation_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"preamble" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"support_scale" text NOT NULL,
	"status" text DEFAULT 'drafting' NOT NULL,
	"adopted_at" timestamp with time zone,
	"adopted_how" text DEFAULT '' NOT NULL,
	"handed_over_on" text,
	"handed_over_to" text DEFAULT '' NOT NULL,
	"handover_note" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deliberation_statements_owner_kind" CHECK ("deliberation_statements"."owner_kind" in ('panel', 'jury', 'round_table')),
	CONSTRAINT "deliberation_statements_kind" CHECK ("deliberation_statements"."kind" in ('final_statement', 'public_statement')),
	CONSTRAINT "deliberation_statements_scale" CHECK ("deliberation_statements"."support_scale" in ('gradients', 'consent')),
	CONSTRAINT "deliberation_statements_status" CHECK ("deliberation_statements"."status" in ('drafting', 'amending', 'support_check', 'adopted', 'published'))
);
--> statement-breakpoint
CREATE TABLE "deliberation_support" (
	"organization_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"participant_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deliberation_support_recommendation_id_version_participant_id_pk" PRIMARY KEY("recommendation_id","version","participant_id"),
	CONSTRAINT "deliberation_support_level" CHECK ("deliberation_support"."level" between 1 and 5)
);
--> statement-breakpoint
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
ALTER TABLE "deliberation_amendments" ADD CONSTRAINT "deliberation_amendments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_amendments" ADD CONSTRAINT "deliberation_amendments_statement_id_deliberation_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."deliberation_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_amendments" ADD CONSTRAINT "deliberation_amendments_recommendation_id_deliberation_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."deliberation_recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_amendments" ADD CONSTRAINT "deliberation_amendments_participant_id_deliberation_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."deliberation_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_amendments" ADD CONSTRAINT "deliberation_amendments_decided_by_staff_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_minority_opinions" ADD CONSTRAINT "deliberation_minority_opinions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_minority_opinions" ADD CONSTRAINT "deliberation_minority_opinions_statement_id_deliberation_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."deliberation_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_minority_opinions" ADD CONSTRAINT "deliberation_minority_opinions_recommendation_id_deliberation_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."deliberation_recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_participants" ADD CONSTRAINT "deliberation_participants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_participants" ADD CONSTRAINT "deliberation_participants_statement_id_deliberation_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."deliberation_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_proposals" ADD CONSTRAINT "deliberation_proposals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_proposals" ADD CONSTRAINT "deliberation_proposals_statement_id_deliberation_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."deliberation_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_proposals" ADD CONSTRAINT "deliberation_proposals_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_proposals" ADD CONSTRAINT "deliberation_proposals_recommendation_id_deliberation_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."deliberation_recommendations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_recommendation_versions" ADD CONSTRAINT "deliberation_recommendation_versions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_recommendation_versions" ADD CONSTRAINT "deliberation_recommendation_versions_recommendation_id_deliberation_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."deliberation_recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_recommendations" ADD CONSTRAINT "deliberation_recommendations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_recommendations" ADD CONSTRAINT "deliberation_recommendations_statement_id_deliberation_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."deliberation_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_statements" ADD CONSTRAINT "deliberation_statements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_support" ADD CONSTRAINT "deliberation_support_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_support" ADD CONSTRAINT "deliberation_support_statement_id_deliberation_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."deliberation_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_support" ADD CONSTRAINT "deliberation_support_recommendation_id_deliberation_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."deliberation_recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_support" ADD CONSTRAINT "deliberation_support_participant_id_deliberation_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."deliberation_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "deliberation_amendments_recommendation" ON "deliberation_amendments" USING btree ("recommendation_id");--> statement-breakpoint
CREATE INDEX "deliberation_minority_opinions_statement" ON "deliberation_minority_opinions" USING btree ("statement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "deliberation_participants_ref" ON "deliberation_participants" USING btree ("statement_id","ref");--> statement-breakpoint
CREATE INDEX "deliberation_proposals_statement" ON "deliberation_proposals" USING btree ("statement_id");--> statement-breakpoint
CREATE INDEX "deliberation_recommendations_statement" ON "deliberation_recommendations" USING btree ("statement_id","position");--> statement-breakpoint
CREATE INDEX "deliberation_statements_owner" ON "deliberation_statements" USING btree ("organization_id","owner_kind","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_candidates_number" ON "panel_candidates" USING btree ("panel_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_candidates_source" ON "panel_candidates" USING btree ("panel_id","source_ref");--> statement-breakpoint
CREATE INDEX "panel_candidates_status" ON "panel_candidates" USING btree ("panel_id","status");--> statement-breakpoint
CREATE INDEX "panel_selections_panel" ON "panel_selections" USING btree ("panel_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_sessions_position" ON "panel_sessions" USING btree ("panel_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_tokens_hash" ON "panel_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "panel_tokens_candidate" ON "panel_tokens" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "panels_org" ON "panels" USING btree ("organization_id","created_at");