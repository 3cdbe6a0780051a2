import { sql } from "drizzle-orm";
import {
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { centres } from "./centres.ts";
import { regions } from "./geography.ts";
import { collectionTokens, countColumns, surveyKind } from "./surveys.ts";
import { users } from "./users.ts";

/**
 * The counts every result leaves the server from: the same shape as the live
 * rollup (`answer_counts`), but moved forward only by a publication, and only
 * by at least the minimum group size of respondents at a time, so two reads
 * before and after a visitor can never be told apart (docs/privacy.md).
 */
export const publishedCounts = pgTable("published_counts", countColumns(), (t) => [
  primaryKey({ columns: [t.centreId, t.kind, t.year, t.questionKey, t.breakdown, t.value] }),
  index("published_counts_respondents_idx")
    .on(t.kind, t.year, t.centreId)
    .where(sql`${t.questionKey} = '*' and ${t.breakdown} = ''`),
]);

/** The last publication of one centre's survey and year: when, and how many respondents it holds. */
export const publications = pgTable(
  "publications",
  {
    centreId: uuid("centre_id")
      .notNull()
      .references(() => centres.id),
    kind: surveyKind("kind").notNull(),
    year: integer("year").notNull(),
    respondents: integer("respondents").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.kind, t.year] })],
);

/**
 * Counts up by one with every publication that changes a survey's year
 * anywhere: a results cache holds while its version is unchanged.
 */
export const publicationVersions = pgTable(
  "publication_versions",
  {
    kind: surveyKind("kind").notNull(),
    year: integer("year").notNull(),
    version: integer("version").notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.year] })],
);

/**
 * A region's survey year whose collection has closed and whose last publication
 * has run: only then are free text and the splits (profession, who answered)
 * sent to anyone, all at once, so neither can be read as it grows.
 */
export const resultReleases = pgTable(
  "result_releases",
  {
    regionCode: char("region_code", { length: 2 })
      .notNull()
      .references(() => regions.code),
    kind: surveyKind("kind").notNull(),
    year: integer("year").notNull(),
    releasedAt: timestamp("released_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.kind, t.year] })],
);

/**
 * Answers that came with one collection token within some days, left out of
 * the published results (never deleted): a coordinator's answer to a link
 * that was stuffed. Revoking an exclusion brings the answers back.
 */
export const responseExclusions = pgTable(
  "response_exclusions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenId: uuid("token_id")
      .notNull()
      .references(() => collectionTokens.id, { onDelete: "cascade" }),
    fromDate: date("from_date").notNull(),
    toDate: date("to_date").notNull(),
    reason: text("reason").notNull(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedBy: uuid("revoked_by").references(() => users.id),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    index("response_exclusions_token_idx").on(t.tokenId),
    check("response_exclusions_range", sql`${t.toDate} >= ${t.fromDate}`),
  ],
);

/**
 * Submissions per client and hour through a link: the client is a keyed hash
 * of its address and the token, never the address itself. Kept in the
 * database so every server process counts the same; purged by the retention job.
 */
export const submissionAllowances = pgTable(
  "submission_allowances",
  {
    clientKey: text("client_key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.clientKey, t.windowStart] })],
);

/**
 * Scheduled work that must run once across every server process: a run is
 * claimed by inserting its key in the same transaction that does the work, so
 * a crash mid-run leaves it unclaimed and another process takes it.
 */
export const jobRuns = pgTable(
  "job_runs",
  {
    job: text("job").notNull(),
    runKey: text("run_key").notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }).notNull().defaultNow(),
    summary: jsonb("summary").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [primaryKey({ columns: [t.job, t.runKey] })],
);

/**
 * The published counts summed per region, and per municipality of a region,
 * kept with every publication: one document per survey, year, level and
 * region, read in one go. Rows per cell were scattered over the table by the
 * daily updates, so the first read after a publication read thousands of pages.
 */
export const publishedAreaSums = pgTable(
  "published_area_sums",
  {
    kind: surveyKind("kind").notNull(),
    year: integer("year").notNull(),
    level: text("level", { enum: ["region", "municipality"] }).notNull(),
    regionCode: char("region_code", { length: 2 })
      .notNull()
      .references(() => regions.code),
    /** "question\tbreakdown\tvalue" (the region level) or "municipality\tquestion\tbreakdown\tvalue" → n. */
    cells: jsonb("cells").$type<Record<string, number>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.year, t.level, t.regionCode] })],
);
