CREATE TABLE "juries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"question" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recruitment" text NOT NULL,
	"recruitment_ref" text DEFAULT '' NOT NULL,
	"audience" text DEFAULT '' NOT NULL,
	"minimum_age" integer DEFAULT 13 NOT NULL,
	"moderation" text DEFAULT 'post' NOT NULL,
	"phase" text DEFAULT 'get_to_know' NOT NULL,
	"phases" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"decision_response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "juries_minimum_age" CHECK ("juries"."minimum_age" between 0 and 120)
);
--> statement-breakpoint
CREATE TABLE "jury_hearings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"jury_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"subject" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jury_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"jury_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"plain_body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"url" text,
	"alt_text" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"captions_url" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jury_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"jury_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"contact_sealed" text,
	"language" text DEFAULT 'fi' NOT NULL,
	"plain_language" boolean DEFAULT false NOT NULL,
	"age" integer,
	"guardian_sealed" text,
	"guardian_consent_at" timestamp with time zone,
	"active" boolean DEFAULT true NOT NULL,
	"digest" text DEFAULT 'none' NOT NULL,
	"last_digest_at" timestamp with time zone,
	"invited_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jury_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"jury_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"parent_id" uuid,
	"author_member_id" uuid,
	"author_user_id" uuid,
	"summary" boolean DEFAULT false NOT NULL,
	"body" text NOT NULL,
	"flags" text[] DEFAULT '{}' NOT NULL,
	"status" text NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"moderation_reason" text DEFAULT '' NOT NULL,
	"moderated_at" timestamp with time zone,
	"moderated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jury_posts_status" CHECK ("jury_posts"."status" in ('pending', 'visible', 'hidden'))
);
--> statement-breakpoint
CREATE TABLE "jury_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"hearing_id" uuid NOT NULL,
	"asked_by" uuid NOT NULL,
	"question" text NOT NULL,
	"answer" text DEFAULT '' NOT NULL,
	"answer_video_url" text,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jury_reactions" (
	"organization_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jury_reactions_post_id_member_id_kind_pk" PRIMARY KEY("post_id","member_id","kind")
);
--> statement-breakpoint
CREATE TABLE "jury_tokens" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "juries" ADD CONSTRAINT "juries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_hearings" ADD CONSTRAINT "jury_hearings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_hearings" ADD CONSTRAINT "jury_hearings_jury_id_juries_id_fk" FOREIGN KEY ("jury_id") REFERENCES "public"."juries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_hearings" ADD CONSTRAINT "jury_hearings_expert_id_jury_members_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."jury_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_materials" ADD CONSTRAINT "jury_materials_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_materials" ADD CONSTRAINT "jury_materials_jury_id_juries_id_fk" FOREIGN KEY ("jury_id") REFERENCES "public"."juries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_members" ADD CONSTRAINT "jury_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_members" ADD CONSTRAINT "jury_members_jury_id_juries_id_fk" FOREIGN KEY ("jury_id") REFERENCES "public"."juries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_posts" ADD CONSTRAINT "jury_posts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_posts" ADD CONSTRAINT "jury_posts_jury_id_juries_id_fk" FOREIGN KEY ("jury_id") REFERENCES "public"."juries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_posts" ADD CONSTRAINT "jury_posts_author_member_id_jury_members_id_fk" FOREIGN KEY ("author_member_id") REFERENCES "public"."jury_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_posts" ADD CONSTRAINT "jury_posts_author_user_id_staff_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_posts" ADD CONSTRAINT "jury_posts_moderated_by_staff_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_questions" ADD CONSTRAINT "jury_questions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_questions" ADD CONSTRAINT "jury_questions_hearing_id_jury_hearings_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."jury_hearings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_questions" ADD CONSTRAINT "jury_questions_asked_by_jury_members_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."jury_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_reactions" ADD CONSTRAINT "jury_reactions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_reactions" ADD CONSTRAINT "jury_reactions_post_id_jury_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."jury_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_reactions" ADD CONSTRAINT "jury_reactions_member_id_jury_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."jury_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_tokens" ADD CONSTRAINT "jury_tokens_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_tokens" ADD CONSTRAINT "jury_tokens_member_id_jury_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."jury_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "juries_organization" ON "juries" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "jury_hearings_jury" ON "jury_hearings" USING btree ("jury_id");--> statement-breakpoint
CREATE INDEX "jury_materials_jury" ON "jury_materials" USING btree ("jury_id","phase");--> statement-breakpoint
CREATE INDEX "jury_members_jury" ON "jury_members" USING btree ("jury_id");--> statement-breakpoint
CREATE INDEX "jury_posts_jury" ON "jury_posts" USING btree ("jury_id","created_at");--> statement-breakpoint
CREATE INDEX "jury_questions_hearing" ON "jury_questions" USING btree ("hearing_id");--> statement-breakpoint
CREATE UNIQUE INDEX "jury_tokens_hash" ON "jury_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "jury_tokens_member" ON "jury_tokens" USING btree ("member_id");