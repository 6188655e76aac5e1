CREATE TABLE "panel_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"panel_id" uuid NOT NULL,
	"audience" text NOT NULL,
	"survey_id" uuid NOT NULL,
	"survey_slug" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"panel_id" uuid NOT NULL,
	"session_id" uuid,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"url" text,
	"caption_url" text,
	"pdf" "bytea",
	"pdf_name" text,
	"pdf_bytes" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "panel_materials_source" CHECK ("panel_materials"."url" is not null or "panel_materials"."pdf" is not null),
	CONSTRAINT "panel_materials_captions" CHECK ("panel_materials"."kind" <> 'video' or "panel_materials"."caption_url" is not null)
);
--> statement-breakpoint
CREATE TABLE "panel_table_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"proposal_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "panel_table_seats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"moved_by" uuid
);
--> statement-breakpoint
CREATE TABLE "panel_tables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"panel_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"facilitator_id" uuid,
	"seed" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "panel_feedback" ADD CONSTRAINT "panel_feedback_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_feedback" ADD CONSTRAINT "panel_feedback_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_materials" ADD CONSTRAINT "panel_materials_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_materials" ADD CONSTRAINT "panel_materials_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_materials" ADD CONSTRAINT "panel_materials_session_id_panel_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."panel_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_materials" ADD CONSTRAINT "panel_materials_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_table_notes" ADD CONSTRAINT "panel_table_notes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_table_notes" ADD CONSTRAINT "panel_table_notes_table_id_panel_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."panel_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_table_notes" ADD CONSTRAINT "panel_table_notes_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_table_seats" ADD CONSTRAINT "panel_table_seats_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_table_seats" ADD CONSTRAINT "panel_table_seats_session_id_panel_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."panel_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_table_seats" ADD CONSTRAINT "panel_table_seats_table_id_panel_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."panel_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_table_seats" ADD CONSTRAINT "panel_table_seats_candidate_id_panel_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."panel_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_table_seats" ADD CONSTRAINT "panel_table_seats_moved_by_staff_users_id_fk" FOREIGN KEY ("moved_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_tables" ADD CONSTRAINT "panel_tables_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_tables" ADD CONSTRAINT "panel_tables_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_tables" ADD CONSTRAINT "panel_tables_session_id_panel_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."panel_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_tables" ADD CONSTRAINT "panel_tables_facilitator_id_staff_users_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "panel_feedback_audience" ON "panel_feedback" USING btree ("panel_id","audience");--> statement-breakpoint
CREATE INDEX "panel_materials_panel" ON "panel_materials" USING btree ("panel_id","created_at");--> statement-breakpoint
CREATE INDEX "panel_table_notes_table" ON "panel_table_notes" USING btree ("table_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_table_seats_person" ON "panel_table_seats" USING btree ("session_id","candidate_id");--> statement-breakpoint
CREATE INDEX "panel_table_seats_table" ON "panel_table_seats" USING btree ("table_id");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_tables_number" ON "panel_tables" USING btree ("session_id","number");