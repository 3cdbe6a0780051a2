CREATE TYPE "public"."response_channel" AS ENUM('kiosk', 'link', 'coordinator', 'paper');--> statement-breakpoint
CREATE TYPE "public"."survey_kind" AS ENUM('kvalitetsuppfoljning', 'spindel', 'besok_vuxen', 'besok_barn');--> statement-breakpoint
CREATE TABLE "answer_counts" (
	"centre_id" uuid NOT NULL,
	"kind" "survey_kind" NOT NULL,
	"year" integer NOT NULL,
	"question_key" text NOT NULL,
	"breakdown" text DEFAULT '' NOT NULL,
	"value" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "answer_counts_centre_id_kind_year_question_key_breakdown_value_pk" PRIMARY KEY("centre_id","kind","year","question_key","breakdown","value")
);
--> statement-breakpoint
CREATE TABLE "collection_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(2) NOT NULL,
	"kind" "survey_kind" NOT NULL,
	"year" integer NOT NULL,
	"opens" date NOT NULL,
	"closes" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collection_periods_range" CHECK ("collection_periods"."closes" >= "collection_periods"."opens")
);
--> statement-breakpoint
CREATE TABLE "collection_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"centre_id" uuid NOT NULL,
	"kinds" "survey_kind"[] NOT NULL,
	"channel" "response_channel" NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"definition_id" uuid NOT NULL,
	"kind" "survey_kind" NOT NULL,
	"centre_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"locale" text NOT NULL,
	"channel" "response_channel" NOT NULL,
	"submitted_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	"request_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "survey_kind" NOT NULL,
	"year" integer NOT NULL,
	"version" text NOT NULL,
	"definition" jsonb NOT NULL,
	"questions" jsonb NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "answer_counts" ADD CONSTRAINT "answer_counts_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_periods" ADD CONSTRAINT "collection_periods_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_tokens" ADD CONSTRAINT "collection_tokens_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_definition_id_survey_definitions_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."survey_definitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answer_counts_kind_year_idx" ON "answer_counts" USING btree ("kind","year");--> statement-breakpoint
CREATE UNIQUE INDEX "collection_periods_unique" ON "collection_periods" USING btree ("region_code","kind","year");--> statement-breakpoint
CREATE UNIQUE INDEX "collection_tokens_hash_unique" ON "collection_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "collection_tokens_centre_idx" ON "collection_tokens" USING btree ("centre_id");--> statement-breakpoint
CREATE INDEX "responses_centre_kind_year_idx" ON "responses" USING btree ("centre_id","kind","year");--> statement-breakpoint
CREATE INDEX "responses_kind_year_idx" ON "responses" USING btree ("kind","year");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_definitions_version_unique" ON "survey_definitions" USING btree ("kind","year","version");