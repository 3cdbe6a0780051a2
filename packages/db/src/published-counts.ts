import { sql } from "drizzle-orm";
import { type Database, selectRows } from "./client.ts";
import { addCounts, type CountsTally } from "./counts-rollup.ts";
import { publishedCounts } from "./schema/publication.ts";

/** Rows of a tally sent in one statement; keeps the JSON parameter to a few megabytes. */
const rowsPerStatement = 5_000;

/**
 * Moves the published counts by a tally of responses taken in (and out), with
 * the sums per region and municipality the results read, and records the
 * publication of each centre, survey and year it touches. The caller decides
 * what may be published (modules/publication); this only writes it.
 */
export async function applyPublication(db: Database, tally: CountsTally): Promise<void> {
  const groups = tally.groups();
  if (groups.length === 0) return;
  const rows = tally.rows();
  await addCounts(db, rows, publishedCounts);
  for (let i = 0; i < rows.length; i += rowsPerStatement)
    await addAreaCounts(db, sql`${JSON.stringify(rows.slice(i, i + rowsPerStatement))}::jsonb`, 1);
  const touched = sql`(select * from jsonb_to_recordset(${JSON.stringify(groups)}::jsonb)
    as g("centreId" uuid, kind survey_kind, year integer))`;
  await db.execute(
    sql`delete from published_counts pc using ${touched} g
        where pc.centre_id = g."centreId" and pc.kind = g.kind and pc.year = g.year and pc.n <= 0`,
  );
  await db.execute(
    sql`delete from published_area_counts ac using (select distinct kind, year from ${touched} t) g
        where ac.kind = g.kind and ac.year = g.year and ac.n <= 0`,
  );
  await db.execute(
    sql`insert into publications (centre_id, kind, year, respondents, published_at)
        select g."centreId", g.kind, g.year, coalesce(pc.n, 0), now() from ${touched} g
        left join published_counts pc on pc.centre_id = g."centreId" and pc.kind = g.kind and pc.year = g.year
          and pc.question_key = '*' and pc.breakdown = ''
        on conflict (centre_id, kind, year) do update
          set respondents = excluded.respondents, published_at = excluded.published_at`,
  );
  await bumpVersions(db, sql`(select distinct kind, year from ${touched} t)`);
}

/**
 * Adds counts of centres (a JSON array of rollup rows, times `sign`) to the
 * sums of their region and municipality: a results view then reads a few
 * thousand rows per area instead of summing every centre of the country.
 */
async function addAreaCounts(db: Database, rows: ReturnType<typeof sql>, sign: 1 | -1, municipality?: string) {
  await db.execute(
    sql`insert into published_area_counts (level, code, kind, year, question_key, breakdown, value, n)
        select a.level, a.code, t.kind, t.year, t."questionKey", t.breakdown, t.value, ${sign} * sum(t.n)::integer
        from jsonb_to_recordset(${rows}) as t("centreId" uuid, kind survey_kind, year integer,
          "questionKey" text, breakdown text, value text, n integer)
        join centres c on c.id = t."centreId"
        join municipalities m on m.code = ${municipality === undefined ? sql`c.municipality_code` : sql`${municipality}`}
        cross join lateral (values ('region', m.region_code::text), ('municipality', m.code::text)) as a(level, code)
        group by 1, 2, 3, 4, 5, 6, 7
        on conflict (level, code, kind, year, question_key, breakdown, value)
          do update set n = published_area_counts.n + excluded.n`,
  );
}

/**
 * A centre moved to another municipality: its published counts leave the sums
 * of the old municipality (and region) and join the new ones, in the caller's
 * transaction, before the centre's row changes.
 */
export async function moveCentreAreaCounts(db: Database, centreId: string, from: string, to: string): Promise<void> {
  const rows = await selectRows<Record<string, unknown>>(
    db,
    sql`select centre_id as "centreId", kind, year, question_key as "questionKey", breakdown, value, n
        from published_counts where centre_id = ${centreId}`,
  );
  if (rows.length === 0) return;
  for (let i = 0; i < rows.length; i += rowsPerStatement) {
    const chunk = sql`${JSON.stringify(rows.slice(i, i + rowsPerStatement))}::jsonb`;
    await addAreaCounts(db, chunk, -1, from);
    await addAreaCounts(db, chunk, 1, to);
  }
  await db.execute(sql`delete from published_area_counts where n <= 0`);
  await bumpVersions(db, sql`(select distinct kind, year from published_counts where centre_id = ${centreId})`);
}

/** Each survey year's version moves, so cached results of it are read again. */
async function bumpVersions(db: Database, kindYears: ReturnType<typeof sql>): Promise<void> {
  await db.execute(
    sql`insert into publication_versions (kind, year, version)
        select kind, year, 1 from ${kindYears} g
        on conflict (kind, year) do update set version = publication_versions.version + 1`,
  );
}

/** Releases free text and splits of a region's survey year (the seed's closed years; the publication job at a period's close). */
export async function releaseResults(db: Database, regionCode: string, kind: string, year: number): Promise<void> {
  await db.execute(
    sql`insert into result_releases (region_code, kind, year) values (${regionCode}, ${kind}, ${year})
        on conflict do nothing`,
  );
  await bumpVersions(db, sql`(select ${kind}::survey_kind as kind, ${year}::integer as year)`);
}
