CREATE TABLE "pool_partner_consents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"partner_organization_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"given_via" text NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "pool_sharing_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"partner_organization_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"reference" text NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"proposed_by" uuid,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	CONSTRAINT "pool_sharing_agreements_status" CHECK ("pool_sharing_agreements"."status" in ('proposed', 'accepted', 'ended')),
	CONSTRAINT "pool_sharing_agreements_other" CHECK ("pool_sharing_agreements"."organization_id" <> "pool_sharing_agreements"."partner_organization_id")
);
--> statement-breakpoint
ALTER TABLE "pool_draws" ADD COLUMN "drawn_by_organization_id" uuid;--> statement-breakpoint
ALTER TABLE "pool_partner_consents" ADD CONSTRAINT "pool_partner_consents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_partner_consents" ADD CONSTRAINT "pool_partner_consents_member_id_pool_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."pool_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_partner_consents" ADD CONSTRAINT "pool_partner_consents_partner_organization_id_organizations_id_fk" FOREIGN KEY ("partner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_partner_consents" ADD CONSTRAINT "pool_partner_consents_agreement_id_pool_sharing_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."pool_sharing_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_sharing_agreements" ADD CONSTRAINT "pool_sharing_agreements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_sharing_agreements" ADD CONSTRAINT "pool_sharing_agreements_partner_organization_id_organizations_id_fk" FOREIGN KEY ("partner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_sharing_agreements" ADD CONSTRAINT "pool_sharing_agreements_proposed_by_staff_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_sharing_agreements" ADD CONSTRAINT "pool_sharing_agreements_accepted_by_staff_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_sharing_agreements" ADD CONSTRAINT "pool_sharing_agreements_ended_by_staff_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pool_partner_consents_member" ON "pool_partner_consents" USING btree ("member_id","given_at");--> statement-breakpoint
CREATE INDEX "pool_partner_consents_partner" ON "pool_partner_consents" USING btree ("partner_organization_id","organization_id");--> statement-breakpoint
CREATE INDEX "pool_sharing_agreements_partner" ON "pool_sharing_agreements" USING btree ("partner_organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "pool_sharing_agreements_open" ON "pool_sharing_agreements" USING btree ("organization_id","partner_organization_id") WHERE "pool_sharing_agreements"."status" <> 'ended';--> statement-breakpoint
ALTER TABLE "pool_draws" ADD CONSTRAINT "pool_draws_drawn_by_organization_id_organizations_id_fk" FOREIGN KEY ("drawn_by_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;