import {
  and,
  auditLog,
  centres,
  collectionPeriods,
  type Database,
  eq,
  followUps,
  municipalities,
  type ReportRow,
  reports,
  sql,
} from "@fcs/db";

/** A report is a region's for a year, a municipality's, or one centre's. */
export type ReportTarget =
  | { kind: "region"; regionCode: string }
  | { kind: "municipality"; municipalityCode: string; regionCode: string }
  | { kind: "centre"; centreId: string; regionCode: string };

// A row names exactly one of region, municipality and centre (a check in the table says so).
const where = (target: ReportTarget, year: number) =>
  target.kind === "region"
    ? and(eq(reports.regionCode, target.regionCode), eq(reports.year, year))
    : target.kind === "municipality"
      ? and(eq(reports.municipalityCode, target.municipalityCode), eq(reports.year, year))
      : and(eq(reports.centreId, target.centreId), eq(reports.year, year));

export function createReportRepository(db: Database) {
  return {
    async find(target: ReportTarget, year: number): Promise<ReportRow | undefined> {
      const [row] = await db.select().from(reports).where(where(target, year));
      return row;
    },

    /**
     * Changes a report if it is still at the version the caller saw, creating it
     * at version 1 first; the audit entry, where given, is written in the same transaction.
     * Returns undefined when someone else changed it in between.
     */
    async update(
      target: ReportTarget,
      year: number,
      expectedVersion: number,
      change: Partial<Pick<ReportRow, "narratives" | "examples" | "status" | "snapshot" | "addressee">>,
      by: string,
      audit?: { action: string; details: Record<string, unknown> },
    ): Promise<ReportRow | undefined> {
      return db.transaction(async (tx) => {
        await tx
          .insert(reports)
          .values({
            regionCode: target.kind === "region" ? target.regionCode : null,
            centreId: target.kind === "centre" ? target.centreId : null,
            municipalityCode: target.kind === "municipality" ? target.municipalityCode : null,
            year,
            updatedBy: by,
          })
          .onConflictDoNothing();
        const [row] = await tx
          .update(reports)
          .set({ ...change, version: sql`${reports.version} + 1`, updatedAt: new Date(), updatedBy: by })
          .where(and(where(target, year), eq(reports.version, expectedVersion)))
          .returning();
        if (row && audit)
          await tx.insert(auditLog).values({
            actorId: by,
            regionCode: target.regionCode,
            centreId: target.kind === "centre" ? target.centreId : null,
            action: audit.action,
            details: { year, ...audit.details },
          });
        return row;
      });
    },

    /** When the region's surveys were open this year: the method chapter says so. */
    periods(regionCode: string, year: number) {
      return db
        .select({ kind: collectionPeriods.kind, opens: collectionPeriods.opens, closes: collectionPeriods.closes })
        .from(collectionPeriods)
        .where(and(eq(collectionPeriods.regionCode, regionCode), eq(collectionPeriods.year, year)));
    },

    /** The good examples the region's approved follow-ups tell of, for the county coordinator to choose from. */
    goodExamples(regionCode: string, year: number) {
      return db
        .select({
          centreId: centres.id,
          centre: centres.name,
          text: sql<string>`${followUps.answers} ->> 'goda_exempel'`,
        })
        .from(followUps)
        .innerJoin(centres, eq(centres.id, followUps.centreId))
        .innerJoin(municipalities, eq(municipalities.code, centres.municipalityCode))
        .where(
          and(
            eq(municipalities.regionCode, regionCode),
            eq(followUps.year, year),
            eq(followUps.status, "approved"),
            sql`coalesce(btrim(${followUps.answers} ->> 'goda_exempel'), '') <> ''`,
          ),
        )
        .orderBy(centres.name);
    },
  };
}

export type ReportRepository = ReturnType<typeof createReportRepository>;
