import { anonymousSurveyKinds } from "@fcs/surveys";
import { count } from "drizzle-orm";
import type { Database } from "../client.ts";
import { releaseResults } from "../published-counts.ts";
import { demoCentres, demoLundCentreName, demoMalmoCentreName } from "../reference/demo-centres.ts";
import { initialRegionCodes } from "../reference/geography.ts";
import { centres } from "../schema/centres.ts";
import { seedDemoCollection } from "./collection.ts";
import { seedDemoFollowUps } from "./followups.ts";
import { type ResponsePlan, seedResponses } from "./responses.ts";
import { insertUser } from "./users.ts";

export const demoPassword = "demo1234";

/** The demo sign-ins; README and the development start log list them. */
export const demoUsers = [
  { email: "admin@demo.local", displayName: "Ada Admin", role: "admin" },
  { email: "lansamordnare.skane@demo.local", displayName: "Lena Länssamordnare (Skåne)", role: "county_coordinator" },
  {
    email: "lansamordnare.jonkoping@demo.local",
    displayName: "Johan Länssamordnare (Jönköping)",
    role: "county_coordinator",
  },
  { email: "samordnare@demo.local", displayName: "Sara Samordnare", role: "local_coordinator" },
  { email: "lasare@demo.local", displayName: "Rasmus Läsare (Skåne)", role: "reader" },
] as const;

export type DemoSeedResult = { seeded: false } | { seeded: true; centres: number; users: number };

/**
 * Demo centres and one user per role, on an empty database only: a database
 * that already has centres is somebody's data and is left alone.
 */
export async function seedDemoData(db: Database, options: { passwordHash: string }): Promise<DemoSeedResult> {
  const [existing] = await db.select({ n: count() }).from(centres);
  if ((existing?.n ?? 0) > 0) return { seeded: false };

  const inserted = await db.insert(centres).values(demoCentres).returning({ id: centres.id, name: centres.name });
  const idOf = (name: string) => {
    const centre = inserted.find((c) => c.name === name);
    if (!centre) throw new Error(`demo centre missing: ${name}`);
    return centre.id;
  };
  const scopeByEmail: Record<(typeof demoUsers)[number]["email"], { regionCode?: string; centreId?: string }[]> = {
    "admin@demo.local": [],
    "lansamordnare.skane@demo.local": [{ regionCode: "12" }],
    "lansamordnare.jonkoping@demo.local": [{ regionCode: "06" }],
    "samordnare@demo.local": [{ centreId: idOf(demoMalmoCentreName) }, { centreId: idOf(demoLundCentreName) }],
    "lasare@demo.local": [{ regionCode: "12" }],
  };
  const userIds: Record<string, string> = {};
  for (const user of demoUsers) {
    const { id } = await insertUser(db, {
      ...user,
      passwordHash: options.passwordHash,
      scopes: scopeByEmail[user.email],
    });
    userIds[user.email] = id;
  }
  await seedDemoCollection(db, idOf(demoMalmoCentreName));
  await seedDemoFollowUps(
    db,
    inserted.map((c) => c.id),
    {
      reviewerId: userIds["lansamordnare.skane@demo.local"] as string,
      fresh: [idOf(demoMalmoCentreName), idOf(demoLundCentreName)],
    },
  );
  await seedResponses(db, demoResponsePlans(inserted), { years: demoResultYears, currentYear: 2026 });
  // Past years' collections have closed: their free text and splits are out. 2026 is still collecting.
  for (const regionCode of initialRegionCodes)
    for (const kind of anonymousSurveyKinds)
      for (const year of demoResultYears) if (year < 2026) await releaseResults(db, regionCode, kind, year);
  return { seeded: true, centres: inserted.length, users: demoUsers.length };
}

/** Five years of visitor and staff answers, so trends have a history on first start. */
export const demoResultYears = [2022, 2023, 2024, 2025, 2026] as const;

/** Centres with too few answers to show, so suppression is visible in the demo: one new and small, one with few staff. */
export const demoSmallCentres = {
  fewAnswers: "Familjecentralen Svalöv",
  fewStaff: "Familjecentralen Bromölla",
} as const;

function demoResponsePlans(centreRows: { id: string; name: string }[]): ResponsePlan[] {
  return centreRows.map(({ id, name }, index) => {
    // A spread of levels from -1 to 1 that does not follow the list's order.
    const level = (((index * 37) % 21) - 10) / 10;
    const scale = 0.6 + ((index * 13) % 9) / 10;
    const sizes = {
      besok_vuxen: Math.round(110 * scale),
      besok_barn: Math.round(40 * scale),
      spindel: Math.round(14 * scale),
    };
    if (name === demoSmallCentres.fewAnswers)
      return { centreId: id, level, sizes: { besok_vuxen: 3, besok_barn: 2, spindel: 3 } };
    if (name === demoSmallCentres.fewStaff) return { centreId: id, level, sizes: { ...sizes, spindel: 3 } };
    return { centreId: id, level, sizes };
  });
}
