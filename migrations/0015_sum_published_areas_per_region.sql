-- The sums per region, and per municipality of each region, of what is already published.
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
