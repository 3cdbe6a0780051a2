CREATE TABLE "job_runs" (
	"job" text NOT NULL,
	"run_key" text NOT NULL,
	"finished_at" timestamp with time zone DEFAULT now() NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "job_runs_job_run_key_pk" PRIMARY KEY("job","run_key")
);
--> statement-breakpoint
CREATE TABLE "publication_versions" (
	"kind" "survey_kind" NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	CONSTRAINT "publication_versions_kind_year_pk" PRIMARY KEY("kind","year")
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"centre_id" uuid NOT NULL,
	"kind" "survey_kind" NOT NULL,
	"year" integer NOT NULL,
	"respondents" integer NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "publications_centre_id_kind_year_pk" PRIMARY KEY("centre_id","kind","year")
);
--> statement-breakpoint
CREATE TABLE "published_counts" (
	"centre_id" uuid NOT NULL,
	"kind" "survey_kind" NOT NULL,
	"year" integer NOT NULL,
	"question_key" text NOT NULL,
	"breakdown" text DEFAULT '' NOT NULL,
	"value" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "published_counts_centre_id_kind_year_question_key_breakdown_value_pk" PRIMARY KEY("centre_id","kind","year","question_key","breakdown","value")
);
--> statement-breakpoint
CREATE TABLE "response_exclusions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_by" uuid,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "response_exclusions_range" CHECK ("response_exclusions"."to_date" >= "response_exclusions"."from_date")
);
--> statement-breakpoint
CREATE TABLE "result_releases" (
	"region_code" char(2) NOT NULL,
	"kind" "survey_kind" NOT NULL,
	"year" integer NOT NULL,
	"released_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "result_releases_region_code_kind_year_pk" PRIMARY KEY("region_code","kind","year")
);
--> statement-breakpoint
CREATE TABLE "submission_allowances" (
	"client_key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "submission_allowances_client_key_window_start_pk" PRIMARY KEY("client_key","window_start")
);
--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "actor_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "token_id" uuid;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "published" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_counts" ADD CONSTRAINT "published_counts_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_exclusions" ADD CONSTRAINT "response_exclusions_token_id_collection_tokens_id_fk" FOREIGN KEY ("token_id") REFERENCES "public"."collection_tokens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_exclusions" ADD CONSTRAINT "response_exclusions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_exclusions" ADD CONSTRAINT "response_exclusions_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_releases" ADD CONSTRAINT "result_releases_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "published_counts_kind_year_idx" ON "published_counts" USING btree ("kind","year");--> statement-breakpoint
CREATE INDEX "published_counts_respondents_idx" ON "published_counts" USING btree ("kind","year","centre_id") WHERE "published_counts"."question_key" = '*' and "published_counts"."breakdown" = '';--> statement-breakpoint
CREATE INDEX "response_exclusions_token_idx" ON "response_exclusions" USING btree ("token_id");--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_token_id_collection_tokens_id_fk" FOREIGN KEY ("token_id") REFERENCES "public"."collection_tokens"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "responses_unpublished_idx" ON "responses" USING btree ("centre_id","kind","year") WHERE not "responses"."published";--> statement-breakpoint
CREATE INDEX "responses_token_day_idx" ON "responses" USING btree ("token_id","submitted_on");