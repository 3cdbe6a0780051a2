import {
  and,
  centreActiveIn,
  centres,
  type Database,
  eq,
  type FollowUpStatus,
  followUps,
  inSwedishOrder,
  municipalities,
  regions,
  sql,
} from "@fcs/db";
import { createGuidelineRepository } from "../guidelines/repository.ts";

/** Every centre active in a year, with its follow-up's status and answers: a few hundred rows nationally. */
export function createFollowUpFiguresRepository(db: Database) {
  return {
    /** The guideline sets a year's guideline comes from (guidelines/service.ts guidelineInForce). */
    guidelineSets: createGuidelineRepository(db),

    /** The code of the guideline the region has chosen (its own, another region's), or undefined for none. */
    async guidelineOf(regionCode: string): Promise<string | undefined> {
      const [row] = await db.select({ guideline: regions.guideline }).from(regions).where(eq(regions.code, regionCode));
      return row?.guideline ?? undefined;
    },

    centresWithFollowUps(year: number) {
      return db
        .select({
          id: centres.id,
          name: centres.name,
          municipalityCode: municipalities.code,
          municipalityName: municipalities.name,
          regionCode: municipalities.regionCode,
          status: sql<FollowUpStatus | "not_started">`coalesce(${followUps.status}::text, 'not_started')`,
          answers: followUps.answers,
        })
        .from(centres)
        .innerJoin(municipalities, eq(municipalities.code, centres.municipalityCode))
        .leftJoin(followUps, and(eq(followUps.centreId, centres.id), eq(followUps.year, year)))
        .where(centreActiveIn(year))
        .then((rows) =>
          inSwedishOrder(
            rows,
            (r) => r.municipalityName,
            (r) => r.name,
          ),
        );
    },
  };
}

export type FollowUpFiguresRepository = ReturnType<typeof createFollowUpFiguresRepository>;
export type CentreFollowUp = Awaited<ReturnType<FollowUpFiguresRepository["centresWithFollowUps"]>>[number];
