import {
  and,
  asc,
  centres,
  type Database,
  eq,
  type FollowUpStatus,
  followUps,
  isNull,
  municipalities,
  or,
  sql,
} from "@fcs/db";

/** The centres of a region (or all) that were active in a year, with their follow-up's status and answers. */
export function createFollowUpFiguresRepository(db: Database) {
  return {
    centresWithFollowUps(year: number, regionCode: string | undefined) {
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
        .where(
          and(
            regionCode ? eq(municipalities.regionCode, regionCode) : undefined,
            or(isNull(centres.activeTo), sql`${centres.activeTo} >= make_date(${year}, 1, 1)`),
          ),
        )
        .orderBy(asc(municipalities.name), asc(centres.name));
    },
  };
}

export type FollowUpFiguresRepository = ReturnType<typeof createFollowUpFiguresRepository>;
export type CentreFollowUp = Awaited<ReturnType<FollowUpFiguresRepository["centresWithFollowUps"]>>[number];
