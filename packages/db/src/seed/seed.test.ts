import { instruments } from "@fcs/surveys";
import { asc, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../client.ts";
import { centres } from "../schema/centres.ts";
import { followUps } from "../schema/followups.ts";
import { municipalities, regions } from "../schema/geography.ts";
import { users } from "../schema/users.ts";
import { createTestDatabase, testDatabaseKinds } from "../testing.ts";
import { demoUsers, seedDemoData } from "./demo.ts";
import { seedReferenceData } from "./reference.ts";
import { syncSurveyDefinitions } from "./surveys.ts";

describe.each(testDatabaseKinds())("seeding on %s", (kind) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedReferenceData(database.db);
    await syncSurveyDefinitions(database.db, instruments);
    await seedDemoData(database.db, { passwordHash: "$argon2id$placeholder" });
  });
  afterAll(() => database.close());

  it("holds all 21 regions and 290 municipalities of Sweden, with 33, 13, 12 and 9 in Skåne, Jönköping, Örebro and Södermanland", async () => {
    const rows = await database.db
      .select({ region: regions.code, n: count() })
      .from(municipalities)
      .innerJoin(regions, eq(regions.code, municipalities.regionCode))
      .groupBy(regions.code)
      .orderBy(asc(regions.code));
    expect(rows).toHaveLength(21);
    expect(rows.reduce((sum, r) => sum + r.n, 0)).toBe(290);
    expect(rows.filter((r) => ["04", "06", "12", "18"].includes(r.region))).toEqual([
      { region: "04", n: 9 },
      { region: "06", n: 13 },
      { region: "12", n: 33 },
      { region: "18", n: 12 },
    ]);
    // Sweden had about 10.55 million inhabitants in 2023; the rounded figures must add up to about that.
    const [total] = await database.db
      .select({ people: sql<number>`sum(${municipalities.population})::int` })
      .from(municipalities);
    expect(total?.people).toBeGreaterThan(10_300_000);
    expect(total?.people).toBeLessThan(10_800_000);
  });

  it("switches on only the four regions served from the start, with their own guidelines (Sörmland's only recommends)", async () => {
    const active = await database.db
      .select({ code: regions.code, guideline: regions.guideline })
      .from(regions)
      .where(eq(regions.active, true))
      .orderBy(asc(regions.code));
    expect(active).toEqual([
      { code: "04", guideline: "04" },
      { code: "06", guideline: "06" },
      { code: "12", guideline: "12" },
      { code: "18", guideline: "18" },
    ]);
  });

  it.each([
    ["1280", "Malmö", "12"],
    ["1283", "Helsingborg", "12"],
    ["1214", "Svalöv", "12"],
    ["1293", "Hässleholm", "12"],
    ["0680", "Jönköping", "06"],
    ["0604", "Aneby", "06"],
    ["1880", "Örebro", "18"],
    ["1814", "Lekeberg", "18"],
    ["0484", "Eskilstuna", "04"],
    ["0428", "Vingåker", "04"],
  ])("uses the SCB code %s for %s in county %s", async (code, name, regionCode) => {
    const [row] = await database.db.select().from(municipalities).where(eq(municipalities.code, code));
    expect(row).toMatchObject({ name, regionCode });
  });

  it("creates about forty centres in Skåne and a few in each other region", async () => {
    const rows = await database.db
      .select({ region: municipalities.regionCode, n: count() })
      .from(centres)
      .innerJoin(municipalities, eq(municipalities.code, centres.municipalityCode))
      .groupBy(municipalities.regionCode);
    const byRegion = Object.fromEntries(rows.map((r) => [r.region, r.n]));
    expect(byRegion["12"]).toBeGreaterThanOrEqual(38);
    for (const other of ["06", "18", "04"]) expect(byRegion[other]).toBeGreaterThanOrEqual(3);
  });

  it("creates one demo user per role", async () => {
    const rows = await database.db.select({ email: users.email, role: users.role }).from(users);
    expect(rows).toHaveLength(demoUsers.length);
    expect(new Set(rows.map((r) => r.role))).toEqual(
      new Set(["admin", "county_coordinator", "local_coordinator", "reader"]),
    );
  });

  it("approves every centre's 2025 follow-up and leaves the demo coordinator's 2026 ones to start from", async () => {
    const rows = await database.db
      .select({ year: followUps.year, status: followUps.status, n: count() })
      .from(followUps)
      .groupBy(followUps.year, followUps.status);
    const [centreCount] = await database.db.select({ n: count() }).from(centres);
    expect(rows.find((r) => r.year === 2025)).toEqual({ year: 2025, status: "approved", n: centreCount?.n });
    const started2026 = rows.filter((r) => r.year === 2026).reduce((sum, r) => sum + r.n, 0);
    expect(started2026).toBeGreaterThan(0);
    expect(started2026).toBeLessThan(centreCount?.n ?? 0);
  });

  it("leaves a database that already has centres alone", async () => {
    await seedReferenceData(database.db);
    const again = await seedDemoData(database.db, { passwordHash: "$argon2id$placeholder" });
    expect(again).toEqual({ seeded: false });
    const [n] = await database.db.select({ n: count() }).from(users);
    expect(n?.n).toBe(demoUsers.length);
  });
});
