CREATE TABLE "published_area_sums" (
	"kind" "survey_kind" NOT NULL,
	"year" integer NOT NULL,
	"level" text NOT NULL,
	"region_code" char(2) NOT NULL,
	"cells" jsonb NOT NULL,
	CONSTRAINT "published_area_sums_kind_year_level_region_code_pk" PRIMARY KEY("kind","year","level","region_code")
);
--> statement-breakpoint
DROP TABLE "published_area_counts" CASCADE;--> statement-breakpoint
ALTER TABLE "published_area_sums" ADD CONSTRAINT "published_area_sums_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;