import { applyPublication, type CountsTally, type Database, releaseResults, selectRows, sql } from "@fcs/db";
import { type AnonymousSurveyKind, type Answers, anonymousSurveyKinds } from "@fcs/surveys";

/** A response whose place in the published counts is to change: in (new, or no longer excluded) or out (excluded). */
export interface ResponseChange {
  id: string;
  centreId: string;
  kind: AnonymousSurveyKind;
  year: number;
  answers: Answers;
  channel: string;
  locale: string;
  /** Counted in the published counts now; the change takes it out. */
  published: boolean;
}

/** An active exclusion covers a response that came with its token on one of its days. */
const excluded = (r: string) =>
  sql.raw(`exists (select 1 from response_exclusions e where e.revoked_at is null
    and e.token_id = ${r}.token_id and ${r}.submitted_on between e.from_date and e.to_date)`);

const anonymousKinds = sql.raw(anonymousSurveyKinds.map((k) => `'${k}'`).join(", "));

/** Every query runs in the job's own transaction, handed in as `tx`. */
export function createPublicationRepository() {
  return {
    /**
     * Every response whose place in the published counts is wrong: stored and
     * not yet published (unless excluded), or published and since excluded.
     */
    changes(tx: Database): Promise<ResponseChange[]> {
      return selectRows<ResponseChange>(
        tx,
        sql`select r.id::text as "id", r.centre_id::text as "centreId", r.kind, r.year, r.answers, r.channel, r.locale, r.published
            from responses r
            where not r.published and r.kind in (${anonymousKinds}) and not ${excluded("r")}
            union all
            select r.id::text, r.centre_id::text, r.kind, r.year, r.answers, r.channel, r.locale, r.published
            from responses r
            where r.published and r.id in (
              select x.id from response_exclusions e
              join responses x on x.token_id = e.token_id and x.submitted_on between e.from_date and e.to_date
              where e.revoked_at is null)`,
      );
    },

    /** Takes responses into (or out of) the published counts: their flags and the counts move together. */
    async apply(tx: Database, changes: readonly ResponseChange[], tally: CountsTally): Promise<void> {
      const ids = (published: boolean) => changes.filter((c) => c.published === published).map((c) => c.id);
      for (const [now, from] of [
        [true, ids(false)],
        [false, ids(true)],
      ] as const)
        if (from.length > 0)
          await tx.execute(
            sql`update responses set published = ${now}
                where id in (select jsonb_array_elements_text(${JSON.stringify(from)}::jsonb)::uuid)`,
          );
      await applyPublication(tx, tally);
    },

    /** Survey years whose collection closed before `today` in a region that has not released them yet. */
    closedUnreleased(tx: Database, today: string) {
      return selectRows<{ regionCode: string; kind: AnonymousSurveyKind; year: number }>(
        tx,
        sql`select cp.region_code as "regionCode", cp.kind, cp.year from collection_periods cp
            where cp.closes < ${today} and cp.kind in (${anonymousKinds})
              and not exists (select 1 from result_releases rr
                where rr.region_code = cp.region_code and rr.kind = cp.kind and rr.year = cp.year)
            order by 1, 2, 3`,
      );
    },

    release: (tx: Database, regionCode: string, kind: AnonymousSurveyKind, year: number) =>
      releaseResults(tx, regionCode, kind, year),
  };
}

export type PublicationRepository = ReturnType<typeof createPublicationRepository>;
