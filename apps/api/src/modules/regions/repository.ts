import { type AccessScope, and, asc, type Database, eq, municipalities, regionInScope, regions } from "@fcs/db";
import { notFound } from "../../errors.ts";

/** The regions a county coordinator administers: the gate of every region-level route. */
export function createRegionRepository(db: Database) {
  return {
    /** Throws 404 for a region that does not exist or is outside the scope; both look the same from outside. */
    async ensureInScope(scope: AccessScope, regionCode: string): Promise<void> {
      const [row] = await db
        .select({ code: regions.code })
        .from(regions)
        .where(and(regionInScope(scope), eq(regions.code, regionCode)));
      if (!row) throw notFound("Regionen finns inte eller ligger utanför din behörighet.");
    },

    /** The regions a scope administers: all for an administrator, their own for a county coordinator. */
    inScope(scope: AccessScope) {
      return db
        .select({ code: regions.code, name: regions.name, shortName: regions.shortName })
        .from(regions)
        .where(regionInScope(scope))
        .orderBy(asc(regions.name));
    },

    municipalities(regionCode: string) {
      return db
        .select({ code: municipalities.code, name: municipalities.name })
        .from(municipalities)
        .where(eq(municipalities.regionCode, regionCode))
        .orderBy(asc(municipalities.name));
    },
  };
}

export type RegionRepository = ReturnType<typeof createRegionRepository>;
