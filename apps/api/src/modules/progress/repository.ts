import {
  type AccessScope,
  and,
  answerCounts,
  type CountsRollup,
  centreActiveIn,
  centreInScope,
  centres,
  type Database,
  eq,
  type FollowUpStatus,
  followUps,
  inSwedishOrder,
  municipalities,
  sql,
} from "@fcs/db";
import { respondentCell } from "@fcs/surveys";

const respondents = (kind: "besok_vuxen" | "besok_barn" | "spindel") =>
  sql<number>`coalesce(sum(${answerCounts.n}) filter (where ${answerCounts.kind} = ${kind}), 0)::integer`;

export function createProgressRepository(db: Database, counts: Pick<CountsRollup, "catchUp">) {
  return {
    /** Per active centre of a region in scope: respondents per survey and the follow-up's status. Counts only. */
    async regionProgress(scope: AccessScope, regionCode: string, year: number) {
      await counts.catchUp();
      const rows = await db
        .select({
          id: centres.id,
          name: centres.name,
          municipality: { code: municipalities.code, name: municipalities.name },
          besokVuxen: respondents("besok_vuxen"),
          besokBarn: respondents("besok_barn"),
          spindel: respondents("spindel"),
          followUp: sql<FollowUpStatus | "not_started">`coalesce(${followUps.status}::text, 'not_started')`,
        })
        .from(centres)
        .innerJoin(municipalities, eq(municipalities.code, centres.municipalityCode))
        .leftJoin(
          answerCounts,
          and(
            eq(answerCounts.centreId, centres.id),
            eq(answerCounts.year, year),
            eq(answerCounts.questionKey, respondentCell.questionKey),
            eq(answerCounts.breakdown, ""),
          ),
        )
        .leftJoin(followUps, and(eq(followUps.centreId, centres.id), eq(followUps.year, year)))
        .where(and(centreInScope(scope), eq(municipalities.regionCode, regionCode), centreActiveIn(year)))
        .groupBy(centres.id, municipalities.code, municipalities.name, followUps.status);
      return inSwedishOrder(
        rows,
        (r) => r.municipality.name,
        (r) => r.name,
      );
    },
  };
}
