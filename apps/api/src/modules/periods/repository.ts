import { and, auditLog, collectionPeriods, type Database, eq, sql } from "@fcs/db";
import type { SurveyKind } from "@fcs/surveys";

export interface PeriodInput {
  kind: SurveyKind;
  opens: string;
  closes: string;
}

export function createPeriodRepository(db: Database) {
  return {
    list(regionCode: string, year: number) {
      return db
        .select({ kind: collectionPeriods.kind, opens: collectionPeriods.opens, closes: collectionPeriods.closes })
        .from(collectionPeriods)
        .where(and(eq(collectionPeriods.regionCode, regionCode), eq(collectionPeriods.year, year)));
    },

    /** Sets the periods and records each change, with the dates before and after, in one transaction. */
    async set(regionCode: string, year: number, periods: PeriodInput[], actorId: string) {
      await db.transaction(async (tx) => {
        for (const period of periods) {
          const [before] = await tx
            .select({ opens: collectionPeriods.opens, closes: collectionPeriods.closes })
            .from(collectionPeriods)
            .where(
              and(
                eq(collectionPeriods.regionCode, regionCode),
                eq(collectionPeriods.kind, period.kind),
                eq(collectionPeriods.year, year),
              ),
            );
          if (before && before.opens === period.opens && before.closes === period.closes) continue;
          await tx
            .insert(collectionPeriods)
            .values({ regionCode, year, ...period })
            .onConflictDoUpdate({
              target: [collectionPeriods.regionCode, collectionPeriods.kind, collectionPeriods.year],
              set: { opens: sql`excluded.opens`, closes: sql`excluded.closes` },
            });
          await tx.insert(auditLog).values({
            actorId,
            regionCode,
            action: "period.set",
            details: {
              year,
              kind: period.kind,
              before: before ?? null,
              after: { opens: period.opens, closes: period.closes },
            },
          });
        }
      });
    },
  };
}

export type PeriodRepository = ReturnType<typeof createPeriodRepository>;
