-- Everything counted before publication existed had been visible live: it becomes the first publication.
UPDATE "responses" SET "published" = true
WHERE "id" NOT IN (SELECT "response_id" FROM "answer_counts_pending");
--> statement-breakpoint
INSERT INTO "published_counts" ("centre_id", "kind", "year", "question_key", "breakdown", "value", "n")
SELECT "centre_id", "kind", "year", "question_key", "breakdown", "value", "n" FROM "answer_counts" WHERE "n" > 0;
--> statement-breakpoint
INSERT INTO "publications" ("centre_id", "kind", "year", "respondents")
SELECT "centre_id", "kind", "year", "n" FROM "published_counts" WHERE "question_key" = '*' AND "breakdown" = '';
--> statement-breakpoint
INSERT INTO "publication_versions" ("kind", "year", "version")
SELECT DISTINCT "kind", "year", 1 FROM "publications";
--> statement-breakpoint
-- Free text and splits of years whose collection has closed (or that had no period) are released as before.
INSERT INTO "result_releases" ("region_code", "kind", "year")
SELECT DISTINCT m."region_code", p."kind", p."year"
FROM "publications" p
JOIN "centres" c ON c."id" = p."centre_id"
JOIN "municipalities" m ON m."code" = c."municipality_code"
WHERE NOT EXISTS (
  SELECT 1 FROM "collection_periods" cp
  WHERE cp."region_code" = m."region_code" AND cp."kind" = p."kind" AND cp."year" = p."year"
    AND cp."closes" >= current_date
);
