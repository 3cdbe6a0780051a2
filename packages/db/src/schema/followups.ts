import { sql } from "drizzle-orm";
import {
  char,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { centres } from "./centres.ts";
import { regions } from "./geography.ts";
import { surveyDefinitions } from "./surveys.ts";
import { users } from "./users.ts";

/** The quality follow-up's life: not_started is the absence of a row. */
export const followUpStatus = pgEnum("follow_up_status", ["draft", "submitted", "returned", "approved"]);

/**
 * One centre's quality follow-up for one activity year, filled in by its local
 * coordinator and reviewed by the county coordinator. `version` increases with
 * every change, so two people editing at once cannot overwrite each other unseen.
 */
export const followUps = pgTable(
  "follow_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => centres.id),
    year: integer("year").notNull(),
    definitionId: uuid("definition_id")
      .notNull()
      .references(() => surveyDefinitions.id),
    status: followUpStatus("status").notNull(),
    /** As typed so far; validated in full when submitted. */
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull(),
    version: integer("version").notNull(),
    returnComment: text("return_comment"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by")
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    uniqueIndex("follow_ups_centre_year_unique").on(t.centreId, t.year),
    check("follow_ups_version_positive", sql`${t.version} > 0`),
  ],
);

/** Who did what to the follow-ups and periods, and when; readable by the region's county coordinator. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** Empty for what the platform's scheduled jobs did. */
    actorId: uuid("actor_id").references(() => users.id),
    regionCode: char("region_code", { length: 2 })
      .notNull()
      .references(() => regions.code),
    centreId: uuid("centre_id").references(() => centres.id),
    action: text("action").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index("audit_log_region_at_idx").on(t.regionCode, t.at)],
);

export type FollowUpStatus = (typeof followUpStatus.enumValues)[number];
export type FollowUpRow = typeof followUps.$inferSelect;
