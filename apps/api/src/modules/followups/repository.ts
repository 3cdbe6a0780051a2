import { and, auditLog, type Database, eq, type FollowUpStatus, findSurveyDefinitionId, followUps } from "@fcs/db";

export interface FollowUpChange {
  centreId: string;
  regionCode: string;
  year: number;
  definitionId: string;
  status: FollowUpStatus;
  answers: Record<string, unknown>;
  returnComment: string | null;
  actorId: string;
  action: string;
  from: string;
  /** The version the change was made on; 0 for a follow-up not started. */
  expectedVersion: number;
}

export function createFollowUpRepository(db: Database) {
  return {
    async find(centreId: string, year: number) {
      const [row] = await db
        .select()
        .from(followUps)
        .where(and(eq(followUps.centreId, centreId), eq(followUps.year, year)));
      return row;
    },

    findDefinitionId: (year: number, version: string) =>
      findSurveyDefinitionId(db, "kvalitetsuppfoljning", year, version),

    /**
     * Writes a change only if nobody else changed the follow-up since
     * `expectedVersion`, and records it in the audit log in the same transaction.
     * Returns the new version, or undefined when the version check failed.
     */
    async change(change: FollowUpChange): Promise<number | undefined> {
      return db.transaction(async (tx) => {
        const values = {
          status: change.status,
          answers: change.answers,
          returnComment: change.returnComment,
          updatedAt: new Date(),
          updatedBy: change.actorId,
        };
        const [row] =
          change.expectedVersion === 0
            ? await tx
                .insert(followUps)
                .values({
                  ...values,
                  centreId: change.centreId,
                  year: change.year,
                  definitionId: change.definitionId,
                  version: 1,
                })
                .onConflictDoNothing()
                .returning({ version: followUps.version })
            : await tx
                .update(followUps)
                .set({ ...values, version: change.expectedVersion + 1 })
                .where(
                  and(
                    eq(followUps.centreId, change.centreId),
                    eq(followUps.year, change.year),
                    eq(followUps.version, change.expectedVersion),
                  ),
                )
                .returning({ version: followUps.version });
        if (!row) return undefined;
        await tx.insert(auditLog).values({
          actorId: change.actorId,
          regionCode: change.regionCode,
          centreId: change.centreId,
          action: change.action,
          details: { year: change.year, from: change.from, to: change.status, version: row.version },
        });
        return row.version;
      });
    },
  };
}

export type FollowUpRepository = ReturnType<typeof createFollowUpRepository>;
