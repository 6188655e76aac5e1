CREATE TABLE "phone_callbacks" (
	"key" text PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "phone_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"number_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"status" text DEFAULT 'placing' NOT NULL,
	"provider_call_id" text,
	"state" jsonb NOT NULL,
	"answered" boolean DEFAULT false NOT NULL,
	"outcome" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "phone_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"survey_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"caller" text NOT NULL,
	"calling_number" text NOT NULL,
	"languages" jsonb NOT NULL,
	"rate" text DEFAULT 'normal' NOT NULL,
	"window" jsonb NOT NULL,
	"max_attempts" integer NOT NULL,
	"spacing_hours" real NOT NULL,
	"max_concurrent" integer NOT NULL,
	"sms_notice" boolean DEFAULT false NOT NULL,
	"machine_detection" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"webhook_token" text NOT NULL,
	"prompts_done" integer,
	"prompts_total" integer,
	"prompts_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "phone_campaigns_status" CHECK ("phone_campaigns"."status" in ('draft', 'ready', 'running', 'paused', 'finished')),
	CONSTRAINT "phone_campaigns_provider" CHECK ("phone_campaigns"."provider" in ('46elks', 'twilio', 'fake'))
);
--> statement-breakpoint
CREATE TABLE "phone_numbers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"number_sealed" text NOT NULL,
	"number_index" text NOT NULL,
	"language" text NOT NULL,
	"source" text NOT NULL,
	"pool_member_id" uuid,
	"consent_basis" text NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"response_id" uuid,
	"notice_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "phone_prompts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"prompt_id" text NOT NULL,
	"language" text NOT NULL,
	"text" text NOT NULL,
	"source" text NOT NULL,
	"content_type" text NOT NULL,
	"audio" "bytea" NOT NULL,
	"seconds" real NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "phone_callbacks" ADD CONSTRAINT "phone_callbacks_call_id_phone_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."phone_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_calls" ADD CONSTRAINT "phone_calls_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_calls" ADD CONSTRAINT "phone_calls_campaign_id_phone_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."phone_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_calls" ADD CONSTRAINT "phone_calls_number_id_phone_numbers_id_fk" FOREIGN KEY ("number_id") REFERENCES "public"."phone_numbers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_campaigns" ADD CONSTRAINT "phone_campaigns_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_campaigns" ADD CONSTRAINT "phone_campaigns_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_campaigns" ADD CONSTRAINT "phone_campaigns_version_id_survey_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."survey_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_campaigns" ADD CONSTRAINT "phone_campaigns_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_numbers" ADD CONSTRAINT "phone_numbers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_numbers" ADD CONSTRAINT "phone_numbers_campaign_id_phone_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."phone_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_numbers" ADD CONSTRAINT "phone_numbers_pool_member_id_pool_members_id_fk" FOREIGN KEY ("pool_member_id") REFERENCES "public"."pool_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_numbers" ADD CONSTRAINT "phone_numbers_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_prompts" ADD CONSTRAINT "phone_prompts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_prompts" ADD CONSTRAINT "phone_prompts_campaign_id_phone_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."phone_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "phone_callbacks_call" ON "phone_callbacks" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "phone_calls_attempt" ON "phone_calls" USING btree ("number_id","attempt");--> statement-breakpoint
CREATE INDEX "phone_calls_campaign_status" ON "phone_calls" USING btree ("campaign_id","status");--> statement-breakpoint
CREATE INDEX "phone_campaigns_org" ON "phone_campaigns" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "phone_numbers_campaign_number" ON "phone_numbers" USING btree ("campaign_id","number_index");--> statement-breakpoint
CREATE INDEX "phone_numbers_due" ON "phone_numbers" USING btree ("campaign_id","status","next_attempt_at");--> statement-breakpoint
CREATE UNIQUE INDEX "phone_prompts_prompt" ON "phone_prompts" USING btree ("campaign_id","language","prompt_id");