CREATE TABLE "kiosk_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"event_name" text NOT NULL,
	"token_hash" text NOT NULL,
	"started_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	CONSTRAINT "kiosk_sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "accessibility_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"message" text NOT NULL,
	"concerns" text,
	"email" text,
	"language" text NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"answer_note" text
);
--> statement-breakpoint
CREATE TABLE "legal_documents" (
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "legal_documents_organization_id_kind_pk" PRIMARY KEY("organization_id","kind"),
	CONSTRAINT "legal_documents_kind" CHECK ("legal_documents"."kind" in ('privacy', 'accessibility'))
);
--> statement-breakpoint
CREATE TABLE "legal_facts" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"controller_contact" text DEFAULT '' NOT NULL,
	"dpo_contact" text DEFAULT '' NOT NULL,
	"supervisory_authority" text DEFAULT '' NOT NULL,
	"conformance" text DEFAULT 'partial' NOT NULL,
	"evaluated_on" text,
	"evaluator" text DEFAULT '' NOT NULL,
	"non_conformities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "channel" text DEFAULT 'web' NOT NULL;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "kiosk_session_id" uuid;--> statement-breakpoint
ALTER TABLE "conversation_segments" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kiosk_sessions" ADD CONSTRAINT "kiosk_sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiosk_sessions" ADD CONSTRAINT "kiosk_sessions_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accessibility_feedback" ADD CONSTRAINT "accessibility_feedback_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accessibility_feedback" ADD CONSTRAINT "accessibility_feedback_answered_by_staff_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_updated_by_staff_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_facts" ADD CONSTRAINT "legal_facts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_facts" ADD CONSTRAINT "legal_facts_updated_by_staff_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kiosk_sessions_conversation_id_index" ON "kiosk_sessions" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "accessibility_feedback_org" ON "accessibility_feedback" USING btree ("organization_id","received_at");--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_kiosk_session_id_kiosk_sessions_id_fk" FOREIGN KEY ("kiosk_session_id") REFERENCES "public"."kiosk_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Residents who came through an embedding site with a signed participant id took part through the embed.
UPDATE "participants" SET "channel" = 'embed' WHERE "xid_hash" IS NOT NULL;
