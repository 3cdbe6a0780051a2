import { sql } from "drizzle-orm";
import { char, check, date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { municipalities } from "./geography.ts";

export const centreKind = pgEnum("centre_kind", ["familjecentral", "familjecentralsliknande"]);

/** The four base services a family centre co-locates (docs/domain.md, glossary). */
export const baseService = pgEnum("base_service", ["mhv", "bhv", "oppen_forskola", "socialtjanst"]);

export const centres = pgTable(
  "centres",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    municipalityCode: char("municipality_code", { length: 4 })
      .notNull()
      .references(() => municipalities.code),
    kind: centreKind("kind").notNull(),
    baseServices: baseService("base_services").array().notNull(),
    /** Other partners under the same roof: library, dental care, SFI … */
    otherPartners: text("other_partners").array().notNull().default(sql`'{}'::text[]`),
    activeFrom: date("active_from").notNull(),
    activeTo: date("active_to"),
    /**
     * The staff PIN that lets staff leave the kiosk on the centre's tablets, as
     * "pbkdf2-sha256$iterations$salt$hash". Tablets get it with their status and
     * check a PIN themselves, so staff can get out of kiosk mode offline too.
     */
    kioskPinHash: text("kiosk_pin_hash"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("centres_municipality_idx").on(t.municipalityCode),
    check("centres_active_range", sql`${t.activeTo} is null or ${t.activeTo} >= ${t.activeFrom}`),
  ],
);

export type Centre = typeof centres.$inferSelect;
export type NewCentre = typeof centres.$inferInsert;
export type CentreKind = (typeof centreKind.enumValues)[number];
export type BaseService = (typeof baseService.enumValues)[number];
