ALTER TABLE "regions" ADD COLUMN "active" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "regions" ADD COLUMN "guideline" char(2);--> statement-breakpoint
-- An installation from before this release holds only the regions it served: they stay switched on, with their own guidelines.
UPDATE "regions" SET "active" = true, "guideline" = CASE WHEN "code" IN ('12', '06', '18') THEN "code" END;
