CREATE TABLE "published_area_counts" (
	"level" text NOT NULL,
	"code" text NOT NULL,
	"kind" "survey_kind" NOT NULL,
	"year" integer NOT NULL,
	"question_key" text NOT NULL,
	"breakdown" text DEFAULT '' NOT NULL,
	"value" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "published_area_counts_level_code_kind_year_question_key_breakdown_value_pk" PRIMARY KEY("level","code","kind","year","question_key","breakdown","value")
);
--> statement-breakpoint
CREATE INDEX "published_area_counts_kind_year_idx" ON "published_area_counts" USING btree ("kind","year","level");