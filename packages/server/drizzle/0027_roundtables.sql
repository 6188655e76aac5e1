CREATE TABLE "round_table_distributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"round_table_id" uuid NOT NULL,
	"recipient" text NOT NULL,
	"sent_on" text NOT NULL,
	"channel" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "round_table_distributions_channel" CHECK ("round_table_distributions"."channel" in ('email', 'letter', 'meeting', 'registry', 'other'))
);
--> statement-breakpoint
CREATE TABLE "round_table_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"round_table_id" uuid NOT NULL,
	"held_on" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"participants" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_table_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"made_by" text DEFAULT '' NOT NULL,
	"text" text NOT NULL,
	"statement_proposal_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_table_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"round_table_id" uuid NOT NULL,
	"body" text NOT NULL,
	"received_on" text NOT NULL,
	"text" text NOT NULL,
	"link" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_table_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"conversation_id" uuid,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"results" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_tables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"theme" text DEFAULT '' NOT NULL,
	"organizer_unit" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'preparing' NOT NULL,
	"statement_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "round_tables_status" CHECK ("round_tables"."status" in ('preparing', 'meeting', 'writing', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "round_table_distributions" ADD CONSTRAINT "round_table_distributions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_distributions" ADD CONSTRAINT "round_table_distributions_round_table_id_round_tables_id_fk" FOREIGN KEY ("round_table_id") REFERENCES "public"."round_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_meetings" ADD CONSTRAINT "round_table_meetings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_meetings" ADD CONSTRAINT "round_table_meetings_round_table_id_round_tables_id_fk" FOREIGN KEY ("round_table_id") REFERENCES "public"."round_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_proposals" ADD CONSTRAINT "round_table_proposals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_proposals" ADD CONSTRAINT "round_table_proposals_meeting_id_round_table_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."round_table_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_proposals" ADD CONSTRAINT "round_table_proposals_statement_proposal_id_deliberation_proposals_id_fk" FOREIGN KEY ("statement_proposal_id") REFERENCES "public"."deliberation_proposals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_responses" ADD CONSTRAINT "round_table_responses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_responses" ADD CONSTRAINT "round_table_responses_round_table_id_round_tables_id_fk" FOREIGN KEY ("round_table_id") REFERENCES "public"."round_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_snapshots" ADD CONSTRAINT "round_table_snapshots_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_snapshots" ADD CONSTRAINT "round_table_snapshots_meeting_id_round_table_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."round_table_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_snapshots" ADD CONSTRAINT "round_table_snapshots_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_tables" ADD CONSTRAINT "round_tables_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_tables" ADD CONSTRAINT "round_tables_statement_id_deliberation_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."deliberation_statements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "round_table_distributions_process" ON "round_table_distributions" USING btree ("round_table_id");--> statement-breakpoint
CREATE INDEX "round_table_meetings_process" ON "round_table_meetings" USING btree ("round_table_id","held_on");--> statement-breakpoint
CREATE INDEX "round_table_proposals_meeting" ON "round_table_proposals" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "round_table_responses_process" ON "round_table_responses" USING btree ("round_table_id");--> statement-breakpoint
CREATE INDEX "round_table_snapshots_meeting" ON "round_table_snapshots" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "round_tables_organization" ON "round_tables" USING btree ("organization_id","created_at");