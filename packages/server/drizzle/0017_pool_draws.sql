CREATE TABLE "pool_draws" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"method" text NOT NULL,
	"seed" text NOT NULL,
	"parameters" jsonb NOT NULL,
	"eligible" jsonb NOT NULL,
	"drawn" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "pool_populations" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"year" text,
	"label" text NOT NULL,
	"data" jsonb NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"uploaded_by" uuid
);
--> statement-breakpoint
ALTER TABLE "pool_draws" ADD CONSTRAINT "pool_draws_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_draws" ADD CONSTRAINT "pool_draws_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_populations" ADD CONSTRAINT "pool_populations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_populations" ADD CONSTRAINT "pool_populations_uploaded_by_staff_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pool_draws_org" ON "pool_draws" USING btree ("organization_id","created_at");