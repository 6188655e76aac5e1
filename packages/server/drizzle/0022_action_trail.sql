CREATE TABLE "action_recommendation_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"source_id" text DEFAULT '' NOT NULL,
	"question_id" text DEFAULT '' NOT NULL,
	"item_id" text DEFAULT '' NOT NULL,
	"snapshot" jsonb NOT NULL,
	"linked_by" uuid,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_recommendation_sources_kind" CHECK ("action_recommendation_sources"."kind" in ('conversation_statement', 'survey_theme', 'statement_recommendation', 'round_table_proposal', 'other'))
);
--> statement-breakpoint
ALTER TABLE "action_recommendation_sources" ADD CONSTRAINT "action_recommendation_sources_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_recommendation_sources" ADD CONSTRAINT "action_recommendation_sources_table_id_action_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."action_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_recommendation_sources" ADD CONSTRAINT "action_recommendation_sources_recommendation_id_action_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."action_recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_recommendation_sources" ADD CONSTRAINT "action_recommendation_sources_linked_by_staff_users_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_recommendation_sources_recommendation" ON "action_recommendation_sources" USING btree ("recommendation_id");--> statement-breakpoint
CREATE INDEX "action_recommendation_sources_source" ON "action_recommendation_sources" USING btree ("organization_id","source_id");