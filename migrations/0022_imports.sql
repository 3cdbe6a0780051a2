ALTER TYPE "public"."response_channel" ADD VALUE 'import';--> statement-breakpoint
CREATE TABLE "import_mappings" (
	"region_code" char(2) NOT NULL,
	"kind" "survey_kind" NOT NULL,
	"source" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_mappings_region_code_kind_source_pk" PRIMARY KEY("region_code","kind","source")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(2) NOT NULL,
	"kind" "survey_kind" NOT NULL,
	"source" text NOT NULL,
	"file_name" text NOT NULL,
	"responses" integer NOT NULL,
	"years" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_by" uuid,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imports_region_idx" ON "imports" USING btree ("region_code","created_at");--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "responses_import_idx" ON "responses" USING btree ("import_id") WHERE "responses"."import_id" is not null;