import { auditLog, type Database, selectRows, sql } from "@fcs/db";

export interface ExclusionAuthor {
  actorId: string;
  regionCode: string;
  centreId: string;
}

export function createExclusionRepository(db: Database) {
  return {
    /** Answers per token and day at a centre in one year: counts only, never answers. */
    answersPerTokenAndDay(centreId: string, year: number) {
      return selectRows<{ tokenId: string; day: string; n: number; excluded: boolean }>(
        db,
        sql`select r.token_id::text as "tokenId", r.submitted_on::text as "day", count(*)::integer as "n",
              exists (select 1 from response_exclusions e where e.revoked_at is null and e.token_id = r.token_id
                and r.submitted_on between e.from_date and e.to_date) as "excluded"
            from responses r
            where r.centre_id = ${centreId} and r.year = ${year} and r.token_id is not null
            group by r.token_id, r.submitted_on order by 1, 2`,
      );
    },

    /** The centre's exclusions with how many answers each covers. */
    exclusionsOf(centreId: string) {
      return selectRows<{
        id: string;
        tokenId: string;
        tokenLabel: string;
        from: string;
        to: string;
        reason: string;
        createdAt: string;
        createdBy: string;
        revokedAt: string | null;
        responses: number;
      }>(
        db,
        sql`select e.id::text as "id", e.token_id::text as "tokenId", t.label as "tokenLabel",
              e.from_date::text as "from", e.to_date::text as "to", e.reason, e.created_at as "createdAt",
              u.display_name as "createdBy", e.revoked_at as "revokedAt",
              (select count(*)::integer from responses r where r.token_id = e.token_id
                and r.submitted_on between e.from_date and e.to_date) as "responses"
            from response_exclusions e
            join collection_tokens t on t.id = e.token_id
            join users u on u.id = e.created_by
            where t.centre_id = ${centreId}
            order by e.created_at desc`,
      );
    },

    /** Records an exclusion and logs it, in one transaction. */
    create(
      exclusion: { tokenId: string; from: string; to: string; reason: string },
      author: ExclusionAuthor,
      details: Record<string, unknown>,
    ) {
      return db.transaction(async (tx) => {
        const [row] = await selectRows<{ id: string }>(
          tx,
          sql`insert into response_exclusions (token_id, from_date, to_date, reason, created_by)
              values (${exclusion.tokenId}, ${exclusion.from}, ${exclusion.to}, ${exclusion.reason}, ${author.actorId})
              returning id::text as "id"`,
        );
        if (!row) throw new Error("insert into response_exclusions returned no row");
        await tx
          .insert(auditLog)
          .values({ ...author, action: "collection.exclude", details: { ...details, id: row.id } });
        return row.id;
      });
    },

    /** Ends an exclusion of the centre and logs it; false when there is no such open exclusion. */
    revoke(exclusionId: string, author: ExclusionAuthor, details: Record<string, unknown>) {
      return db.transaction(async (tx) => {
        const rows = await selectRows<{ id: string }>(
          tx,
          sql`update response_exclusions e set revoked_at = now(), revoked_by = ${author.actorId}
              from collection_tokens t
              where e.id = ${exclusionId} and t.id = e.token_id and t.centre_id = ${author.centreId}
                and e.revoked_at is null
              returning e.id`,
        );
        if (rows.length === 0) return false;
        await tx
          .insert(auditLog)
          .values({ ...author, action: "collection.exclusion_revoked", details: { ...details, id: exclusionId } });
        return true;
      });
    },
  };
}

export type ExclusionRepository = ReturnType<typeof createExclusionRepository>;
