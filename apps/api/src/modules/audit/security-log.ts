import { auditLog, type Database, selectRows, sql } from "@fcs/db";

/** A security event: who (if anyone signed in), what, about whom or which centre, counts and names only. */
export interface SecurityEvent {
  action: string;
  actorId: string | null;
  /** The account the event is about: logged in each region of its scope. */
  subjectUserId?: string;
  /** The centre the event is about: logged in its region. */
  centreId?: string;
  /** Further regions to log it in: where a moved account was before. */
  regionCodes?: readonly string[];
  details?: Record<string, unknown>;
}

/**
 * Writes security events (sign-ins, password changes, tablets, links, PINs,
 * accepted invitations) in the audit log of every region they touch, so each
 * county coordinator sees what concerns their region. An administrator's own
 * account belongs to no region and its events are not logged there.
 */
export function createSecurityLog(db: Database) {
  const regionsOf = (event: SecurityEvent) =>
    selectRows<{ regionCode: string }>(
      db,
      sql`select distinct region_code as "regionCode" from (
            select s.region_code from user_scopes s where s.user_id = ${event.subjectUserId ?? null}::uuid and s.region_code is not null
            union select m.region_code from user_scopes s join municipalities m on m.code = s.municipality_code
              where s.user_id = ${event.subjectUserId ?? null}::uuid
            union select m.region_code from user_scopes s join centres c on c.id = s.centre_id
              join municipalities m on m.code = c.municipality_code where s.user_id = ${event.subjectUserId ?? null}::uuid
            union select m.region_code from centres c join municipalities m on m.code = c.municipality_code
              where c.id = ${event.centreId ?? null}::uuid
          ) r`,
    );

  return {
    async record(event: SecurityEvent): Promise<void> {
      const found = (await regionsOf(event)).map((r) => r.regionCode);
      const regions = [...new Set([...found, ...(event.regionCodes ?? [])])].map((regionCode) => ({ regionCode }));
      if (regions.length === 0) return;
      await db.insert(auditLog).values(
        regions.map(({ regionCode }) => ({
          actorId: event.actorId,
          regionCode,
          centreId: event.centreId ?? null,
          action: event.action,
          details: event.details ?? {},
        })),
      );
    },
  };
}

export type SecurityLog = ReturnType<typeof createSecurityLog>;
