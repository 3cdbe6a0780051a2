import { surveyKinds } from "@fcs/surveys/kinds";
import type { QuestionMeta, SurveyJson } from "@fcs/surveys/types";
import type { Answers } from "@fcs/surveys/validation";
import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { centres } from "./centres.ts";
import { regions } from "./geography.ts";

export const surveyKind = pgEnum("survey_kind", surveyKinds);

/**
 * How a response arrived: tablet in the centre, visitor or staff link, a coordinator's form, typed in from
 * paper, or imported from the tool a region used before.
 */
export const responseChannel = pgEnum("response_channel", ["kiosk", "link", "coordinator", "paper", "import"]);

/**
 * One import of earlier years' answers from a file (modules/imports): its responses carry its id, so the
 * whole import can be undone. Undone imports stay, for the record.
 */
export const imports = pgTable(
  "imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: char("region_code", { length: 2 })
      .notNull()
      .references(() => regions.code),
    kind: surveyKind("kind").notNull(),
    /** The tool or export the file came from: its column mapping is kept under this name. */
    source: text("source").notNull(),
    fileName: text("file_name").notNull(),
    /** "responses": one row per respondent; "totals": counts or means per centre, year and question. */
    form: text("form", { enum: ["responses", "totals"] })
      .notNull()
      .default("responses"),
    /** Respondents brought in (for totals: the largest count of a question, per centre and year, added up). */
    responses: integer("responses").notNull(),
    /** The years it brought in, oldest first. */
    years: jsonb("years").$type<number[]>().notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    undoneBy: uuid("undone_by"),
    undoneAt: timestamp("undone_at", { withTimezone: true }),
  },
  (t) => [index("imports_region_idx").on(t.regionCode, t.createdAt)],
);

/**
 * The counts a totals import added (modules/imports): exactly the cells it put into the live and
 * published counts, so its undo takes the same out. Deleted with the undo.
 */
export const importedTotals = pgTable(
  "imported_totals",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => centres.id),
    kind: surveyKind("kind").notNull(),
    year: integer("year").notNull(),
    questionKey: text("question_key").notNull(),
    breakdown: text("breakdown").notNull(),
    value: text("value").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [
    index("imported_totals_import_idx").on(t.importId),
    index("imported_totals_centre_idx").on(t.centreId, t.kind, t.year),
  ],
);

/** How a source's columns and values map to a survey's questions and options, saved per region and reused. */
export const importMappings = pgTable(
  "import_mappings",
  {
    regionCode: char("region_code", { length: 2 })
      .notNull()
      .references(() => regions.code),
    kind: surveyKind("kind").notNull(),
    source: text("source").notNull(),
    mapping: jsonb("mapping").$type<Record<string, unknown>>().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.kind, t.source] })],
);

/** Every instrument version, as shipped in packages/surveys; synced at start so responses can reference it. */
export const surveyDefinitions = pgTable(
  "survey_definitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: surveyKind("kind").notNull(),
    year: integer("year").notNull(),
    version: text("version").notNull(),
    definition: jsonb("definition").$type<SurveyJson>().notNull(),
    questions: jsonb("questions").$type<Record<string, QuestionMeta>>().notNull(),
    published: boolean("published").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("survey_definitions_version_unique").on(t.kind, t.year, t.version)],
);

/** When a region collects answers to one survey for one activity year. */
export const collectionPeriods = pgTable(
  "collection_periods",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionCode: char("region_code", { length: 2 })
      .notNull()
      .references(() => regions.code),
    kind: surveyKind("kind").notNull(),
    year: integer("year").notNull(),
    opens: date("opens").notNull(),
    closes: date("closes").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("collection_periods_unique").on(t.regionCode, t.kind, t.year),
    check("collection_periods_range", sql`${t.closes} >= ${t.opens}`),
  ],
);

/**
 * What lets a visitor's tablet or a staff link submit: bound to one centre, some
 * survey kinds and one channel. Only a hash is stored; the token itself is shown once.
 */
export const collectionTokens = pgTable(
  "collection_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "cascade" }),
    kinds: surveyKind("kinds").array().notNull(),
    channel: responseChannel("channel").notNull(),
    label: text("label").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** The last day a response came with this token: enough for staff to see a tablet is alive. */
    lastUsedOn: date("last_used_on"),
  },
  (t) => [
    uniqueIndex("collection_tokens_hash_unique").on(t.tokenHash),
    index("collection_tokens_centre_idx").on(t.centreId),
  ],
);

/**
 * A short code a coordinator reads out to a tablet, once: exchanged for a
 * kiosk token of the centre. Only a hash is kept; it expires within minutes.
 */
export const kioskEnrolments = pgTable(
  "kiosk_enrolments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    codeHash: text("code_hash").notNull(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("kiosk_enrolments_code_unique").on(t.codeHash)],
);

/**
 * One submitted survey. The id is made by the client, so a retry is recognised;
 * there is deliberately no IP address, user agent, device or time of day.
 */
export const responses = pgTable(
  "responses",
  {
    id: uuid("id").primaryKey(),
    definitionId: uuid("definition_id")
      .notNull()
      .references(() => surveyDefinitions.id),
    kind: surveyKind("kind").notNull(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => centres.id),
    year: integer("year").notNull(),
    locale: text("locale").notNull(),
    channel: responseChannel("channel").notNull(),
    /** Day precision only: enough for the period, too coarse to single out a visitor. */
    submittedOn: date("submitted_on").notNull(),
    answers: jsonb("answers").$type<Answers>().notNull(),
    /** SHA-256 of the request as sent, to tell a retry from a different submission with the same id. */
    requestHash: text("request_hash").notNull(),
    /** The tablet or link it came through (none for a coordinator's own form): what an exclusion names. */
    tokenId: uuid("token_id").references(() => collectionTokens.id, { onDelete: "set null" }),
    /** Counted in the published results (docs/privacy.md); false until a publication takes it in. */
    published: boolean("published").notNull().default(false),
    /** The import it came with (channel import), so an import can be undone whole. */
    importId: uuid("import_id").references(() => imports.id),
  },
  (t) => [
    index("responses_centre_kind_year_idx").on(t.centreId, t.kind, t.year),
    index("responses_kind_year_idx").on(t.kind, t.year),
    index("responses_unpublished_idx").on(t.centreId, t.kind, t.year).where(sql`not ${t.published}`),
    index("responses_token_day_idx").on(t.tokenId, t.submittedOn),
    index("responses_import_idx").on(t.importId).where(sql`${t.importId} is not null`),
  ],
);

/**
 * Responses stored but not yet added to the counts rollup. A submission writes
 * its row here in the same statement as the response; the rollup folds these in
 * batches (`packages/db/src/counts-rollup.ts`), deleting them in the transaction
 * that adds their counts, so each response is counted exactly once.
 */
export const pendingCounts = pgTable("answer_counts_pending", {
  responseId: uuid("response_id")
    .primaryKey()
    .references(() => responses.id, { onDelete: "cascade" }),
});

/** The columns of a table of counts per centre, survey, year, question, split and value: live or published. */
export const countColumns = () => ({
  centreId: uuid("centre_id")
    .notNull()
    .references(() => centres.id),
  kind: surveyKind("kind").notNull(),
  year: integer("year").notNull(),
  questionKey: text("question_key").notNull(),
  /** A split such as the respondent's profession; empty when none. */
  breakdown: text("breakdown").notNull().default(""),
  value: text("value").notNull(),
  n: integer("n").notNull(),
});

/**
 * The counts rollup: how many answers of each value each question got per centre,
 * survey and year (and per split such as profession). Folded from the pending
 * responses in batches, and always before counts are read, so dashboards read
 * thousands of rows instead of a million answers and never miss a stored answer.
 */
export const answerCounts = pgTable("answer_counts", countColumns(), (t) => [
  primaryKey({ columns: [t.centreId, t.kind, t.year, t.questionKey, t.breakdown, t.value] }),
  index("answer_counts_kind_year_idx").on(t.kind, t.year),
  // The respondent rows alone: how many answered where, read on every results request to tell whether cached counts still hold.
  index("answer_counts_respondents_idx")
    .on(t.kind, t.year, t.centreId)
    .where(sql`${t.questionKey} = '*' and ${t.breakdown} = ''`),
]);

export type SurveyDefinitionRow = typeof surveyDefinitions.$inferSelect;
export type ResponseChannel = (typeof responseChannel.enumValues)[number];
export type ResponseRow = typeof responses.$inferSelect;
