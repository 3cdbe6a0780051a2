import { sql } from "drizzle-orm";
import type { Database } from "./client.ts";
import { addCounts, type CountsTally } from "./counts-rollup.ts";
import { publishedCounts } from "./schema/publication.ts";

/**
 * Moves the published counts by a tally of responses taken in (and out), and
 * records the publication of each centre, survey and year it touches. The
 * caller decides what may be published (modules/publication); this only writes it.
 */
export async function applyPublication(db: Database, tally: CountsTally): Promise<void> {
  const groups = tally.groups();
  if (groups.length === 0) return;
  await addCounts(db, tally.rows(), publishedCounts);
  const touched = sql`(select * from jsonb_to_recordset(${JSON.stringify(groups)}::jsonb)
    as g("centreId" uuid, kind survey_kind, year integer))`;
  await db.execute(
    sql`delete from published_counts pc using ${touched} g
        where pc.centre_id = g."centreId" and pc.kind = g.kind and pc.year = g.year and pc.n <= 0`,
  );
  await db.execute(
    sql`insert into publications (centre_id, kind, year, respondents, published_at)
        select g."centreId", g.kind, g.year, coalesce(pc.n, 0), now() from ${touched} g
        left join published_counts pc on pc.centre_id = g."centreId" and pc.kind = g.kind and pc.year = g.year
          and pc.question_key = '*' and pc.breakdown = ''
        on conflict (centre_id, kind, year) do update
          set respondents = excluded.respondents, published_at = excluded.published_at`,
  );
  await db.execute(
    sql`insert into publication_versions (kind, year, version)
        select distinct kind, year, 1 from ${touched} g
        on conflict (kind, year) do update set version = publication_versions.version + 1`,
  );
}

/** Releases free text and splits of a region's survey year (the seed's closed years; the publication job at a period's close). */
export async function releaseResults(db: Database, regionCode: string, kind: string, year: number): Promise<void> {
  await db.execute(
    sql`insert into result_releases (region_code, kind, year) values (${regionCode}, ${kind}, ${year})
        on conflict do nothing`,
  );
  await db.execute(
    sql`insert into publication_versions (kind, year, version) values (${kind}, ${year}, 1)
        on conflict (kind, year) do update set version = publication_versions.version + 1`,
  );
}
