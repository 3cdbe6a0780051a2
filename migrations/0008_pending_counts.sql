CREATE TABLE "answer_counts_pending" (
	"response_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "answer_counts_pending" ADD CONSTRAINT "answer_counts_pending_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;