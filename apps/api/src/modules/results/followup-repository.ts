import {
  and,
  asc,
  centreActiveIn,
  centres,
  type Database,
  eq,
  type FollowUpStatus,
  followUps,
  municipalities,
  sql,
} from "@fcs/db";

/** Every centre active in a year, with its follow-up's status and answers: a few hundred rows nationally. */
export function createFollowUpFiguresRepository(db: Database) {
  return {
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
        .orderBy(asc(municipalities.name), asc(centres.name));
    },
  };
}

export type FollowUpFiguresRepository = ReturnType<typeof createFollowUpFiguresRepository>;
export type CentreFollowUp = Awaited<ReturnType<FollowUpFiguresRepository["centresWithFollowUps"]>>[number];
