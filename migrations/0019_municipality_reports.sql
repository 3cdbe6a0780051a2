ALTER TABLE "reports" DROP CONSTRAINT "reports_one_scope";--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "municipality_code" char(4);--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "addressee" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reports_municipality_year_unique" ON "reports" USING btree ("municipality_code","year") WHERE "reports"."municipality_code" is not null;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_one_scope" CHECK (num_nonnulls("reports"."region_code", "reports"."centre_id", "reports"."municipality_code") = 1);