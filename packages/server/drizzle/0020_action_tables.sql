CREATE TABLE "action_editor_units" (
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"unit" text NOT NULL,
	CONSTRAINT "action_editor_units_organization_id_user_id_unit_pk" PRIMARY KEY("organization_id","user_id","unit")
);
--> statement-breakpoint
CREATE TABLE "action_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"measure_id" uuid,
	"measure_number" text DEFAULT '' NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"field" text NOT NULL,
	"old_value" text DEFAULT '' NOT NULL,
	"new_value" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"number" text NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"schedule" text DEFAULT '' NOT NULL,
	"start_month" text,
	"end_month" text,
	"status" text NOT NULL,
	"status_reason" text DEFAULT '' NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"budget_year" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "action_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"text" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"email" text NOT NULL,
	"language" text NOT NULL,
	"confirm_token_hash" text,
	"unsubscribe_token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"notified_up_to" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "action_subscriptions_language" CHECK ("action_subscriptions"."language" in ('fi', 'sv', 'en'))
);
--> statement-breakpoint
CREATE TABLE "action_tables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"source_kind" text,
	"source_id" text,
	"statuses" jsonb NOT NULL,
	"reminder_months" integer DEFAULT 6 NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_editor_units" ADD CONSTRAINT "action_editor_units_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_editor_units" ADD CONSTRAINT "action_editor_units_user_id_staff_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_history" ADD CONSTRAINT "action_history_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_history" ADD CONSTRAINT "action_history_table_id_action_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."action_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_history" ADD CONSTRAINT "action_history_measure_id_action_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."action_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_history" ADD CONSTRAINT "action_history_actor_user_id_staff_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_measures" ADD CONSTRAINT "action_measures_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_measures" ADD CONSTRAINT "action_measures_table_id_action_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."action_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_measures" ADD CONSTRAINT "action_measures_recommendation_id_action_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."action_recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_recommendations" ADD CONSTRAINT "action_recommendations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_recommendations" ADD CONSTRAINT "action_recommendations_table_id_action_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."action_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_subscriptions" ADD CONSTRAINT "action_subscriptions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_subscriptions" ADD CONSTRAINT "action_subscriptions_table_id_action_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."action_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_tables" ADD CONSTRAINT "action_tables_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_history_table" ON "action_history" USING btree ("table_id","at");--> statement-breakpoint
CREATE INDEX "action_measures_table" ON "action_measures" USING btree ("table_id","position");--> statement-breakpoint
CREATE INDEX "action_recommendations_table" ON "action_recommendations" USING btree ("table_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "action_subscriptions_email" ON "action_subscriptions" USING btree ("table_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "action_subscriptions_unsubscribe" ON "action_subscriptions" USING btree ("unsubscribe_token_hash");--> statement-breakpoint
CREATE INDEX "action_subscriptions_confirm" ON "action_subscriptions" USING btree ("confirm_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "action_tables_slug" ON "action_tables" USING btree ("organization_id","slug");