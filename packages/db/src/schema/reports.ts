import { sql } from "drizzle-orm";
import { char, check, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { centres } from "./centres.ts";
import { municipalities, regions } from "./geography.ts";
import { users } from "./users.ts";

export const reportStatus = pgEnum("report_status", ["draft", "final"]);

/**
 * An annual report: a region's joint report for its steering groups, a municipality's
 * for its förvaltningschefer, or one centre's for its verksamhetsberättelse. The figures come from the results
 * each time it is read, until it is marked final: then they are kept here as
 * they were (`snapshot`), so late answers do not change a report already presented.
 */
export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: char("region_code", { length: 2 }).references(() => regions.code),
    centreId: uuid("centre_id").references(() => centres.id),
    municipalityCode: char("municipality_code", { length: 4 }).references(() => municipalities.code),
    year: integer("year").notNull(),
    status: reportStatus("status").notNull().default("draft"),
    /** Who the report is for ("Strategigrupp barn och unga", "Förvaltningschefen"): on its cover. */
    addressee: text("addressee").notNull().default(""),
    /** Chapter id → the text the coordinator wrote. */
    narratives: jsonb("narratives").$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    /** The centres whose good example from their follow-up the county coordinator chose to include. */
    examples: jsonb("examples").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by")
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    uniqueIndex("reports_region_year_unique").on(t.regionCode, t.year).where(sql`${t.centreId} is null`),
    uniqueIndex("reports_centre_year_unique").on(t.centreId, t.year).where(sql`${t.regionCode} is null`),
    uniqueIndex("reports_municipality_year_unique")
      .on(t.municipalityCode, t.year)
      .where(sql`${t.municipalityCode} is not null`),
    check("reports_one_scope", sql`num_nonnulls(${t.regionCode}, ${t.centreId}, ${t.municipalityCode}) = 1`),
  ],
);

export type ReportRow = typeof reports.$inferSelect;
