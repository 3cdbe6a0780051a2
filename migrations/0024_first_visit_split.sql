-- The adults' split by how often they come, for equality (packages/surveys/src/rollup.ts, answerSplits):
-- every adult visitor's respondent cell and ratings once more under "besok_frekvens:<answer>" ("-" when not
-- answered), for the responses counted before the split existed; in the live rollup every response not waiting
-- for a fold, in the published counts every published one. As migration 0021, whose note on ratings holds here.
INSERT INTO "answer_counts" ("centre_id", "kind", "year", "question_key", "breakdown", "value", "n")
SELECT r."centre_id", r."kind", r."year", c."question_key", d."breakdown", c."value", count(*)::integer
FROM "responses" r
CROSS JOIN LATERAL (
  SELECT '*' AS "question_key", '*' AS "value"
  UNION ALL
  SELECT a."key", a."value" #>> '{}' FROM jsonb_each(r."answers") a WHERE jsonb_typeof(a."value") = 'number'
) c
CROSS JOIN LATERAL (
  SELECT 'besok_frekvens:' || coalesce(r."answers" ->> 'besok_frekvens', '-') AS "breakdown"
) d
WHERE r."kind" = 'besok_vuxen'
  AND NOT EXISTS (SELECT 1 FROM "answer_counts_pending" p WHERE p."response_id" = r."id")
GROUP BY 1, 2, 3, 4, 5, 6
ON CONFLICT ("centre_id", "kind", "year", "question_key", "breakdown", "value")
  DO UPDATE SET "n" = "answer_counts"."n" + excluded."n";
--> statement-breakpoint
-- In the published counts: every published response.
INSERT INTO "published_counts" ("centre_id", "kind", "year", "question_key", "breakdown", "value", "n")
SELECT r."centre_id", r."kind", r."year", c."question_key", d."breakdown", c."value", count(*)::integer
FROM "responses" r
CROSS JOIN LATERAL (
  SELECT '*' AS "question_key", '*' AS "value"
  UNION ALL
  SELECT a."key", a."value" #>> '{}' FROM jsonb_each(r."answers") a WHERE jsonb_typeof(a."value") = 'number'
) c
CROSS JOIN LATERAL (
  SELECT 'besok_frekvens:' || coalesce(r."answers" ->> 'besok_frekvens', '-') AS "breakdown"
) d
WHERE r."kind" = 'besok_vuxen' AND r."published"
GROUP BY 1, 2, 3, 4, 5, 6
ON CONFLICT ("centre_id", "kind", "year", "question_key", "breakdown", "value")
  DO UPDATE SET "n" = "published_counts"."n" + excluded."n";
--> statement-breakpoint
-- The sums per region and municipality, made again from the published counts (as in 0015).
DELETE FROM "published_area_sums";
--> statement-breakpoint
INSERT INTO "published_area_sums" ("kind", "year", "level", "region_code", "cells")
SELECT s."kind", s."year", 'region', s."region_code",
       jsonb_object_agg(s."question_key" || E'\t' || s."breakdown" || E'\t' || s."value", s."n")
FROM (
  SELECT pc."kind", pc."year", m."region_code", pc."question_key", pc."breakdown", pc."value", sum(pc."n")::integer AS "n"
  FROM "published_counts" pc
  JOIN "centres" c ON c."id" = pc."centre_id"
  JOIN "municipalities" m ON m."code" = c."municipality_code"
  GROUP BY 1, 2, 3, 4, 5, 6
) s
GROUP BY s."kind", s."year", s."region_code";
--> statement-breakpoint
INSERT INTO "published_area_sums" ("kind", "year", "level", "region_code", "cells")
SELECT s."kind", s."year", 'municipality', s."region_code",
       jsonb_object_agg(s."code" || E'\t' || s."question_key" || E'\t' || s."breakdown" || E'\t' || s."value", s."n")
FROM (
  SELECT pc."kind", pc."year", m."region_code", m."code"::text AS "code", pc."question_key", pc."breakdown", pc."value",
         sum(pc."n")::integer AS "n"
  FROM "published_counts" pc
  JOIN "centres" c ON c."id" = pc."centre_id"
  JOIN "municipalities" m ON m."code" = c."municipality_code"
  GROUP BY 1, 2, 3, 4, 5, 6, 7
) s
GROUP BY s."kind", s."year", s."region_code";
--> statement-breakpoint
-- Cached results of every year are read again.
UPDATE "publication_versions" SET "version" = "version" + 1;
