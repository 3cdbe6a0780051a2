import { sql } from "drizzle-orm";
import { char, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { regions } from "./geography.ts";
import { users } from "./users.ts";

export const guidelineSetStatus = pgEnum("guideline_set_status", ["draft", "published"]);

/**
 * A region's guideline rules for an activity year, kept by its county coordinator: a draft
 * until published, then fixed. A year uses the latest published set of its year or before;
 * without one, the rules written in the code (`packages/surveys/src/guidelines/`). A set is
 * never made for a year that has begun, so a change never rewrites a past year.
 */
export const guidelineSets = pgTable(
  "guideline_sets",
  {
    regionCode: char("region_code", { length: 2 })
      .notNull()
      .references(() => regions.code),
    year: integer("year").notNull(),
    status: guidelineSetStatus("status").notNull().default("draft"),
    /** The document the rules come from. */
    source: text("source").notNull(),
    /** The rules as `GuidelineRule[]` (packages/surveys), checked against the year's follow-up when saved. */
    rules: jsonb("rules").$type<unknown[]>().notNull().default(sql`'[]'::jsonb`),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by")
      .notNull()
      .references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year] })],
);

export type GuidelineSetRow = typeof guidelineSets.$inferSelect;
