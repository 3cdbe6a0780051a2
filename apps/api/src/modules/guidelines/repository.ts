import { and, auditLog, type Database, desc, eq, type GuidelineSetRow, guidelineSets, lte, sql } from "@fcs/db";

/** The region's draft for a year, if it is still at the version the caller saw. */
const draftAt = (regionCode: string, year: number, version: number) =>
  and(
    eq(guidelineSets.regionCode, regionCode),
    eq(guidelineSets.year, year),
    eq(guidelineSets.version, version),
    eq(guidelineSets.status, "draft"),
  );

/** A step of a rule set in the region's audit log: which year, how many rules, never their content. */
const logStep = (tx: Pick<Database, "insert">, action: string, row: GuidelineSetRow, by: string) =>
  tx.insert(auditLog).values({
    actorId: by,
    regionCode: row.regionCode,
    action,
    details: { year: row.year, rules: row.rules.length },
  });

/** The region's saved rule sets: one per activity year, a draft until published. */
export function createGuidelineRepository(db: Database) {
  return {
    async find(regionCode: string, year: number): Promise<GuidelineSetRow | undefined> {
      const [row] = await db
        .select()
        .from(guidelineSets)
        .where(and(eq(guidelineSets.regionCode, regionCode), eq(guidelineSets.year, year)));
      return row;
    },

    /** The years the region has a set for, with their status. */
    list(regionCode: string) {
      return db
        .select({ year: guidelineSets.year, status: guidelineSets.status })
        .from(guidelineSets)
        .where(eq(guidelineSets.regionCode, regionCode))
        .orderBy(guidelineSets.year);
    },

    /** Every region with a published set, with the document of its latest: a guideline others may choose. */
    async publishedRegions(): Promise<{ regionCode: string; source: string }[]> {
      const rows = await db
        .select({ regionCode: guidelineSets.regionCode, source: guidelineSets.source })
        .from(guidelineSets)
        .where(eq(guidelineSets.status, "published"))
        .orderBy(desc(guidelineSets.year));
      return [...new Map(rows.map((r) => [r.regionCode, r])).values()].reverse();
    },

    /** The latest published set of the year or before: the rules in force that year. */
    async inForce(regionCode: string, year: number): Promise<GuidelineSetRow | undefined> {
      const [row] = await db
        .select()
        .from(guidelineSets)
        .where(
          and(
            eq(guidelineSets.regionCode, regionCode),
            lte(guidelineSets.year, year),
            eq(guidelineSets.status, "published"),
          ),
        )
        .orderBy(desc(guidelineSets.year))
        .limit(1);
      return row;
    },

    /**
     * Saves a draft if it is still at the version the caller saw (0: none yet), with an audit entry
     * in the same transaction. Returns undefined when someone else changed it, or it is published.
     */
    save(
      regionCode: string,
      year: number,
      change: { source: string; rules: unknown[]; version: number },
      by: string,
    ): Promise<GuidelineSetRow | undefined> {
      return db.transaction(async (tx) => {
        const [row] =
          change.version === 0
            ? await tx
                .insert(guidelineSets)
                .values({ regionCode, year, source: change.source, rules: change.rules, updatedBy: by })
                .onConflictDoNothing()
                .returning()
            : await tx
                .update(guidelineSets)
                .set({
                  source: change.source,
                  rules: change.rules,
                  version: sql`${guidelineSets.version} + 1`,
                  updatedAt: new Date(),
                  updatedBy: by,
                })
                .where(draftAt(regionCode, year, change.version))
                .returning();
        if (row) await logStep(tx, "guideline.saved", row, by);
        return row;
      });
    },

    publish(regionCode: string, year: number, version: number, by: string): Promise<GuidelineSetRow | undefined> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(guidelineSets)
          .set({
            status: "published",
            publishedAt: new Date(),
            version: sql`${guidelineSets.version} + 1`,
            updatedBy: by,
          })
          .where(draftAt(regionCode, year, version))
          .returning();
        if (row) await logStep(tx, "guideline.published", row, by);
        return row;
      });
    },
  };
}

export type GuidelineRepository = ReturnType<typeof createGuidelineRepository>;
