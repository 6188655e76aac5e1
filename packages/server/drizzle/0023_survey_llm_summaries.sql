ALTER TABLE "survey_analyses" ADD COLUMN "llm_summaries" jsonb;--> statement-breakpoint
ALTER TABLE "survey_analyses" ADD COLUMN "llm_status" text;--> statement-breakpoint
ALTER TABLE "survey_analyses" ADD COLUMN "llm_done" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_analyses" ADD COLUMN "llm_total" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_analyses" ADD COLUMN "llm_error" text;--> statement-breakpoint
ALTER TABLE "survey_analyses" ADD COLUMN "llm_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "survey_analyses" ADD CONSTRAINT "survey_analyses_llm_status" CHECK ("survey_analyses"."llm_status" in ('running', 'done', 'failed'));