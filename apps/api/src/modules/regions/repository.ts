import {
  type AccessScope,
  and,
  type Database,
  eq,
  inSwedishOrder,
  municipalities,
  regionInScope,
  regions,
  sql,
} from "@fcs/db";
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

    /**
     * The regions a scope administers, with their switch, guideline and size: all for an administrator.
     * The subqueries name "regions"."code" in full: drizzle would print the bare column, which there means m.code.
     */
    inScope(scope: AccessScope) {
      return db
        .select({
          code: regions.code,
          name: regions.name,
          shortName: regions.shortName,
          active: regions.active,
          guideline: regions.guideline,
          municipalities: sql<number>`(select count(*)::int from municipalities m where m.region_code = "regions"."code")`,
          population: sql<number>`(select coalesce(sum(m.population), 0)::int from municipalities m where m.region_code = "regions"."code")`,
          centres: sql<number>`(select count(*)::int from centres c join municipalities m on m.code = c.municipality_code
            where m.region_code = "regions"."code" and (c.active_to is null or c.active_to >= current_date))`,
        })
        .from(regions)
        .where(regionInScope(scope))
        .then((rows) => inSwedishOrder(rows, (r) => r.name));
    },

    async update(code: string, change: { active?: boolean; guideline?: string | null }) {
      const [row] = await db
        .update(regions)
        .set(change)
        .where(eq(regions.code, code))
        .returning({ code: regions.code });
      return row !== undefined;
    },

    municipalities(regionCode: string) {
      return db
        .select({ code: municipalities.code, name: municipalities.name })
        .from(municipalities)
        .where(eq(municipalities.regionCode, regionCode))
        .then((rows) => inSwedishOrder(rows, (m) => m.name));
    },
  };
}

export type RegionRepository = ReturnType<typeof createRegionRepository>;
