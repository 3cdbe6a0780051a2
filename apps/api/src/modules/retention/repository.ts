import { type Database, selectRows, sql } from "@fcs/db";
import type { AnonymousSurveyKind } from "@fcs/surveys";

/** Every query runs in the job's own transaction, handed in as `tx`. */
export function createRetentionRepository() {
  return {
    /** Region years whose annual report was made final at least `years` years before `now`. */
    finalReportsOlderThan(tx: Database, years: number, now: Date) {
      return selectRows<{ regionCode: string; year: number }>(
        tx,
        sql`select region_code as "regionCode", year from reports
            where region_code is not null and status = 'final'
              and updated_at <= ${now.toISOString()}::timestamptz - make_interval(years => ${years})
            order by 1, 2`,
      );
    },

    /** Removes the free-text answers of one survey year in a region; returns how many responses held some. */
    async eraseFreeText(tx: Database, regionCode: string, kind: AnonymousSurveyKind, year: number, keys: string[]) {
      if (keys.length === 0) return 0;
      const keyArray = sql`array[${sql.join(
        keys.map((k) => sql`${k}`),
        sql`, `,
      )}]::text[]`;
      const rows = await selectRows<{ id: string }>(
        tx,
        sql`update responses r set answers = r.answers - ${keyArray}
            from centres c join municipalities m on m.code = c.municipality_code
            where c.id = r.centre_id and m.region_code = ${regionCode}
              and r.kind = ${kind} and r.year = ${year} and r.answers ?| ${keyArray}
            returning r.id`,
      );
      return rows.length;
    },

    /** Writes what was erased, counts only, in the region's audit log (the platform acted: no person). */
    async logErasure(tx: Database, regionCode: string, details: Record<string, unknown>) {
      await tx.execute(
        sql`insert into audit_log (region_code, action, details)
            values (${regionCode}, 'retention.free_text_erased', ${JSON.stringify(details)}::jsonb)`,
      );
    },

    /** Sessions that can no longer be used: expired, or ended over a day ago. */
    async purgeSessions(tx: Database, now: Date) {
      const rows = await selectRows<{ id: string }>(
        tx,
        sql`delete from sessions where expires_at < ${now.toISOString()}::timestamptz
              or revoked_at < ${now.toISOString()}::timestamptz - interval '1 day' returning id`,
      );
      return rows.length;
    },

    /** Invite links that were used or have expired. */
    async purgeInvites(tx: Database, now: Date) {
      const rows = await selectRows<{ id: string }>(
        tx,
        sql`delete from invites where used_at is not null or expires_at < ${now.toISOString()}::timestamptz returning id`,
      );
      return rows.length;
    },

    /**
     * Limits no longer in force: link counts of hours gone by, and sign-in
     * failures that are forgotten and wait for nothing (every mistyped e-mail
     * leaves one). Nothing of a client outlives what it counts.
     */
    async purgeAllowances(tx: Database, now: Date) {
      const links = await selectRows<{ n: number }>(
        tx,
        sql`delete from submission_allowances
            where window_start < ${now.toISOString()}::timestamptz - interval '2 hours' returning n`,
      );
      const signIns = await selectRows<{ key: string }>(
        tx,
        sql`delete from sign_in_throttle
            where last_failure_at < ${now.toISOString()}::timestamptz - interval '1 hour'
              and locked_until < ${now.toISOString()}::timestamptz returning key`,
      );
      return links.length + signIns.length;
    },
  };
}

export type RetentionRepository = ReturnType<typeof createRetentionRepository>;
