CREATE TABLE "survey_analyses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"step" text,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"error" text,
	"response_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"seed" integer DEFAULT 1 NOT NULL,
	"k" integer,
	"report" jsonb,
	"edits" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"excluded_quotes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"picked_quotes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"started_by" uuid,
	"signed_off_by" uuid,
	"signed_off_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "survey_analyses_status" CHECK ("survey_analyses"."status" in ('running', 'done', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "survey_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"visibility" text NOT NULL,
	"token_hash" text,
	"content" jsonb NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_publications_visibility" CHECK ("survey_publications"."visibility" in ('public', 'link'))
);
--> statement-breakpoint
ALTER TABLE "survey_analyses" ADD CONSTRAINT "survey_analyses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_analyses" ADD CONSTRAINT "survey_analyses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_analyses" ADD CONSTRAINT "survey_analyses_started_by_staff_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_analyses" ADD CONSTRAINT "survey_analyses_signed_off_by_staff_users_id_fk" FOREIGN KEY ("signed_off_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_publications" ADD CONSTRAINT "survey_publications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_publications" ADD CONSTRAINT "survey_publications_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_publications" ADD CONSTRAINT "survey_publications_published_by_staff_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_analyses_question" ON "survey_analyses" USING btree ("survey_id","question_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_publications_survey" ON "survey_publications" USING btree ("survey_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_publications_token" ON "survey_publications" USING btree ("token_hash");