import { count } from "drizzle-orm";
import type { Database } from "../client.ts";
import { demoCentres, demoLundCentreName, demoMalmoCentreName } from "../reference/demo-centres.ts";
import { centres } from "../schema/centres.ts";
import { seedDemoCollection } from "./collection.ts";
import { seedDemoFollowUps } from "./followups.ts";
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
  return { seeded: true, centres: inserted.length, users: demoUsers.length };
}
