CREATE TYPE "public"."guideline_set_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TABLE "guideline_sets" (
	"region_code" char(2) NOT NULL,
	"year" integer NOT NULL,
	"status" "guideline_set_status" DEFAULT 'draft' NOT NULL,
	"source" text NOT NULL,
	"rules" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "guideline_sets_region_code_year_pk" PRIMARY KEY("region_code","year")
);
--> statement-breakpoint
ALTER TABLE "guideline_sets" ADD CONSTRAINT "guideline_sets_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guideline_sets" ADD CONSTRAINT "guideline_sets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;