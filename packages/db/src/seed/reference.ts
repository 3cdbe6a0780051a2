import { sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { initialRegionCodes, municipalityData, regionData } from "../reference/geography.ts";
import { municipalities, regions } from "../schema/geography.ts";

/**
 * Regions and municipalities: reference data every installation needs,
 * production included. Idempotent. Skåne, Jönköping, Örebro and Sörmland start
 * with their own guidelines (Sörmland's, 004, only recommends).
 */
export async function seedReferenceData(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      // A region's switch and guideline are set once, when it is first added; after that they are the administrator's.
      .values(
        regionData.map((region) => {
          const initial = initialRegionCodes.includes(region.code);
          return { ...region, active: initial, guideline: initial ? region.code : null };
        }),
      )
      .onConflictDoUpdate({
        target: regions.code,
        set: { name: sql`excluded.name`, shortName: sql`excluded.short_name` },
      });
    await tx
      .insert(municipalities)
      .values(municipalityData)
      .onConflictDoUpdate({
        target: municipalities.code,
        set: {
          name: sql`excluded.name`,
          regionCode: sql`excluded.region_code`,
          population: sql`excluded.population`,
        },
      });
  });
}
