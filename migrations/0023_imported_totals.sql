CREATE TABLE "imported_totals" (
	"import_id" uuid NOT NULL,
	"centre_id" uuid NOT NULL,
	"kind" "survey_kind" NOT NULL,
	"year" integer NOT NULL,
	"question_key" text NOT NULL,
	"breakdown" text NOT NULL,
	"value" text NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "form" text DEFAULT 'responses' NOT NULL;--> statement-breakpoint
ALTER TABLE "imported_totals" ADD CONSTRAINT "imported_totals_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_totals" ADD CONSTRAINT "imported_totals_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imported_totals_import_idx" ON "imported_totals" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "imported_totals_centre_idx" ON "imported_totals" USING btree ("centre_id","kind","year");