CREATE TABLE "panel_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"panel_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"checked_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_in_by" uuid
);
--> statement-breakpoint
CREATE TABLE "panel_fee_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"panel_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"payer" jsonb NOT NULL,
	"payment_date" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"paid_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "panel_fee_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"sessions_attended" integer NOT NULL,
	"fee_cents" integer NOT NULL,
	"travel_cents" integer DEFAULT 0 NOT NULL,
	"gross_cents" integer NOT NULL,
	"withholding_cents" integer NOT NULL,
	"net_cents" integer NOT NULL,
	"form" text NOT NULL,
	"reason" text NOT NULL,
	"reported_at" timestamp with time zone,
	"reported_by" uuid,
	CONSTRAINT "panel_fee_payments_amounts" CHECK ("panel_fee_payments"."gross_cents" = "panel_fee_payments"."net_cents" + "panel_fee_payments"."withholding_cents")
);
--> statement-breakpoint
CREATE TABLE "panel_payment_details" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"panel_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"details_sealed" text NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delete_after" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "panel_attendance" ADD CONSTRAINT "panel_attendance_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_attendance" ADD CONSTRAINT "panel_attendance_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_attendance" ADD CONSTRAINT "panel_attendance_session_id_panel_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."panel_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_attendance" ADD CONSTRAINT "panel_attendance_candidate_id_panel_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."panel_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_attendance" ADD CONSTRAINT "panel_attendance_checked_in_by_staff_users_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_fee_batches" ADD CONSTRAINT "panel_fee_batches_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_fee_batches" ADD CONSTRAINT "panel_fee_batches_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_fee_batches" ADD CONSTRAINT "panel_fee_batches_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_fee_batches" ADD CONSTRAINT "panel_fee_batches_approved_by_staff_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_fee_payments" ADD CONSTRAINT "panel_fee_payments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_fee_payments" ADD CONSTRAINT "panel_fee_payments_batch_id_panel_fee_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."panel_fee_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_fee_payments" ADD CONSTRAINT "panel_fee_payments_candidate_id_panel_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."panel_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_fee_payments" ADD CONSTRAINT "panel_fee_payments_reported_by_staff_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_payment_details" ADD CONSTRAINT "panel_payment_details_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_payment_details" ADD CONSTRAINT "panel_payment_details_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_payment_details" ADD CONSTRAINT "panel_payment_details_candidate_id_panel_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."panel_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "panel_attendance_seat" ON "panel_attendance" USING btree ("session_id","candidate_id");--> statement-breakpoint
CREATE INDEX "panel_attendance_panel" ON "panel_attendance" USING btree ("panel_id");--> statement-breakpoint
CREATE INDEX "panel_fee_batches_panel" ON "panel_fee_batches" USING btree ("panel_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_fee_payments_payee" ON "panel_fee_payments" USING btree ("batch_id","candidate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_payment_details_candidate" ON "panel_payment_details" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "panel_payment_details_retention" ON "panel_payment_details" USING btree ("delete_after");