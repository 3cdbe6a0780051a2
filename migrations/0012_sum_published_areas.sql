-- The sums per region and municipality of what is already published; publications keep them from now on.
INSERT INTO "published_area_counts" ("level", "code", "kind", "year", "question_key", "breakdown", "value", "n")
SELECT a."level", a."code", pc."kind", pc."year", pc."question_key", pc."breakdown", pc."value", sum(pc."n")::integer
FROM "published_counts" pc
JOIN "centres" c ON c."id" = pc."centre_id"
JOIN "municipalities" m ON m."code" = c."municipality_code"
CROSS JOIN LATERAL (VALUES ('region', m."region_code"::text), ('municipality', m."code"::text)) AS a("level", "code")
GROUP BY 1, 2, 3, 4, 5, 6, 7;
