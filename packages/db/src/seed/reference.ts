import { sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { municipalityData, regionData } from "../reference/geography.ts";
import { municipalities, regions } from "../schema/geography.ts";

/** Regions and municipalities: reference data every installation needs, production included. Idempotent. */
export async function seedReferenceData(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values([...regionData])
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
