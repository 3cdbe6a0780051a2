import { roles } from "@fcs/contracts/permissions";
import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { centres } from "./centres.ts";
import { municipalities, regions } from "./geography.ts";

/** The roles of the permission table, as the database keeps them. */
export const userRole = pgEnum("user_role", roles);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased; the unique index makes e-mail the login name. */
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    /** argon2id, PHC string format. */
    passwordHash: text("password_hash").notNull(),
    role: userRole("role").notNull(),
    active: boolean("active").notNull().default(true),
    /**
     * Set while an administrator or county coordinator has deactivated the
     * account; tells a deactivated account from an invitee who has not yet set a password.
     */
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(t.email),
    check("users_email_lower", sql`${t.email} = lower(${t.email})`),
  ],
);

/**
 * What a user may see: exactly one of region, municipality or centre per row.
 * A county coordinator has one region row, a reader one region or municipality row,
 * a local coordinator one row per centre, an admin none.
 */
export const userScopes = pgTable(
  "user_scopes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    regionCode: char("region_code", { length: 2 }).references(() => regions.code),
    municipalityCode: char("municipality_code", { length: 4 }).references(() => municipalities.code),
    centreId: uuid("centre_id").references(() => centres.id, { onDelete: "cascade" }),
  },
  (t) => [
    index("user_scopes_user_idx").on(t.userId),
    check("user_scopes_exactly_one", sql`num_nonnulls(${t.regionCode}, ${t.municipalityCode}, ${t.centreId}) = 1`),
  ],
);

/** A signed-in session; the JWT carries its id so that logout and deactivation take effect at once. */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type UserRole = (typeof userRole.enumValues)[number];
export type UserScopeRow = typeof userScopes.$inferSelect;

/**
 * A one-time link with which an invited coordinator sets their password. Only
 * the token's hash is stored; the link is shown once to whoever invited.
 */
export const invites = pgTable(
  "invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("invites_token_hash_unique").on(t.tokenHash), index("invites_user_idx").on(t.userId)],
);

/**
 * Failed sign-ins per account (its normalised e-mail) and per client address,
 * with the time until which the next try waits: in the database, so the
 * back-off holds across restarts and every server process.
 */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }).notNull(),
});
