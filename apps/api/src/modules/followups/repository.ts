import {
  and,
  asc,
  auditLog,
  type Database,
  eq,
  type FollowUpStatus,
  findSurveyDefinitionId,
  followUps,
  like,
  sql,
  users,
} from "@fcs/db";

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
     * `expectedVersion`, and records a change of status in the audit log in the
     * same transaction. Autosaves within a draft are not logged: the log tells
     * the follow-up's steps, not every keystroke.
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
        if (change.from === change.status) return row.version;
        await tx.insert(auditLog).values({
          actorId: change.actorId,
          regionCode: change.regionCode,
          centreId: change.centreId,
          action: change.action,
          details: {
            year: change.year,
            from: change.from,
            to: change.status,
            version: row.version,
            // A return keeps its comment in the history, so what was asked stays after it is corrected.
            ...(change.status === "returned" && change.returnComment ? { comment: change.returnComment } : {}),
          },
        });
        return row.version;
      });
    },

    /** The follow-up's steps for the year, oldest first, with who took each. */
    history(centreId: string, year: number) {
      return db
        .select({ at: auditLog.at, action: auditLog.action, by: users.displayName, details: auditLog.details })
        .from(auditLog)
        .innerJoin(users, eq(users.id, auditLog.actorId))
        .where(
          and(
            eq(auditLog.centreId, centreId),
            like(auditLog.action, "follow_up.%"),
            sql`(${auditLog.details} ->> 'year')::int = ${year}`,
          ),
        )
        .orderBy(asc(auditLog.at));
    },
  };
}

export type FollowUpRepository = ReturnType<typeof createFollowUpRepository>;
