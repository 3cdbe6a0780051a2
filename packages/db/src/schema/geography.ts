import { boolean, char, integer, pgTable, text } from "drizzle-orm/pg-core";

/** A county (län) with its SCB county code, e.g. "12" for Skåne. */
export const regions = pgTable("regions", {
  code: char("code", { length: 2 }).primaryKey(),
  name: text("name").notNull(),
  /** The short name people use in the field ("Skåne", "Sörmland"). */
  shortName: text("short_name").notNull(),
  /** Served by this installation: in the comparisons and the national figures. An administrator switches it. */
  active: boolean("active").notNull().default(false),
  /**
   * Whose guideline the region's centres are measured against, by the code of
   * the region that wrote it (a region may adopt another's); null for none.
   */
  guideline: char("guideline", { length: 2 }),
});

/** A municipality (kommun) with its four-digit SCB code, e.g. "1280" for Malmö. */
export const municipalities = pgTable("municipalities", {
  code: char("code", { length: 4 }).primaryKey(),
  name: text("name").notNull(),
  regionCode: char("region_code", { length: 2 })
    .notNull()
    .references(() => regions.code),
  population: integer("population").notNull(),
});

export type Region = typeof regions.$inferSelect;
export type Municipality = typeof municipalities.$inferSelect;
