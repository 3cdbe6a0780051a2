import { type LogKind, logKinds } from "@fcs/contracts/audit";
import { and, auditLog, centres, type Database, desc, eq, or, type SQL, sql, users } from "@fcs/db";

export function createAuditRepository(db: Database) {
  return {
    /** A region's log for one activity year, newest first. The caller has checked the region is in scope. */
    regionLog(regionCode: string, year: number, limit: number, kind?: LogKind) {
      const ofKind: SQL | undefined = kind
        ? or(...logKinds[kind].map((prefix) => sql`${auditLog.action} like ${`${prefix}%`}`))
        : undefined;
      return db
        .select({
          id: auditLog.id,
          at: auditLog.at,
          action: auditLog.action,
          // Empty where the platform acted itself (the retention job).
          by: sql<string>`coalesce(${users.displayName}, 'Plattformen')`,
          centre: { id: centres.id, name: centres.name },
          details: auditLog.details,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorId))
        .leftJoin(centres, eq(centres.id, auditLog.centreId))
        .where(
          and(
            eq(auditLog.regionCode, regionCode),
            sql`coalesce((${auditLog.details} ->> 'year')::int, extract(year from ${auditLog.at})::int) = ${year}`,
            ofKind,
          ),
        )
        .orderBy(desc(auditLog.at))
        .limit(limit);
    },
  };
}
