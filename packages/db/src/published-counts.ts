import { sql } from "drizzle-orm";
import { type Database, selectRows } from "./client.ts";
import { addCounts, type CountsTally } from "./counts-rollup.ts";
import { publishedCounts } from "./schema/publication.ts";

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
  await applyAreaDeltas(db, await areaDeltas(db, rows));
  const touched = sql`(select * from jsonb_to_recordset(${JSON.stringify(groups)}::jsonb)
    as g("centreId" uuid, kind survey_kind, year integer))`;
  // Only answers taken out (an exclusion) can bring a count to nothing.
  if (rows.some((row) => row.n < 0)) {
    await db.execute(
      sql`delete from published_counts pc using ${touched} g
          where pc.centre_id = g."centreId" and pc.kind = g.kind and pc.year = g.year and pc.n <= 0`,
    );
  }
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

type CountRow = ReturnType<CountsTally["rows"]>[number];

/** A document of sums: one survey, year, level (region or its municipalities) and region. */
interface AreaDocument {
  kind: string;
  year: number;
  level: "region" | "municipality";
  regionCode: string;
  /** Cell key → the change to its sum. */
  deltas: Map<string, number>;
}

/**
 * The centres' counts summed per region and per municipality in memory: one
 * document of changes per survey, year, level and region. `municipality`
 * overrides where the centres are counted (a centre moving).
 */
async function areaDeltas(db: Database, rows: CountRow[], sign: 1 | -1 = 1, municipality?: string) {
  const centreIds = [...new Set(rows.map((r) => r.centreId))];
  const places = await selectRows<{ id: string; municipality: string; region: string }>(
    db,
    sql`select c.id::text as "id", m.code::text as "municipality", m.region_code::text as "region"
        from centres c join municipalities m on m.code = ${municipality === undefined ? sql`c.municipality_code` : sql`${municipality}`}
        where c.id in (select jsonb_array_elements_text(${JSON.stringify(centreIds)}::jsonb)::uuid)`,
  );
  const placeOf = new Map(places.map((p) => [p.id, p]));
  const documents = new Map<string, AreaDocument>();
  const add = (level: AreaDocument["level"], row: CountRow, regionCode: string, cell: string) => {
    const id = [row.kind, row.year, level, regionCode].join("\t");
    let document = documents.get(id);
    if (!document) {
      document = { kind: row.kind, year: row.year, level, regionCode, deltas: new Map() };
      documents.set(id, document);
    }
    document.deltas.set(cell, (document.deltas.get(cell) ?? 0) + sign * row.n);
  };
  for (const row of rows) {
    const place = placeOf.get(row.centreId);
    if (!place) continue;
    const cell = [row.questionKey, row.breakdown, row.value].join("\t");
    add("region", row, place.region, cell);
    add("municipality", row, place.region, `${place.municipality}\t${cell}`);
  }
  return [...documents.values()];
}

/**
 * Applies changes to the area documents: each is read, changed in memory and
 * written back once, under the publication's lock (no two publications run at once).
 */
async function applyAreaDeltas(db: Database, documents: AreaDocument[]): Promise<void> {
  for (const document of documents) {
    const [current] = await selectRows<{ cells: Record<string, number> }>(
      db,
      sql`select cells from published_area_sums where kind = ${document.kind} and year = ${document.year}
            and level = ${document.level} and region_code = ${document.regionCode} for update`,
    );
    const cells = { ...(current?.cells ?? {}) };
    for (const [cell, delta] of document.deltas) {
      const n = (cells[cell] ?? 0) + delta;
      if (n > 0) cells[cell] = n;
      else delete cells[cell];
    }
    // Nothing left of an area's year (every answer taken out again): no document, as before it had any.
    if (Object.keys(cells).length === 0) {
      await db.execute(
        sql`delete from published_area_sums where kind = ${document.kind} and year = ${document.year}
              and level = ${document.level} and region_code = ${document.regionCode}`,
      );
      continue;
    }
    await db.execute(
      sql`insert into published_area_sums (kind, year, level, region_code, cells)
          values (${document.kind}, ${document.year}, ${document.level}, ${document.regionCode}, ${JSON.stringify(cells)}::jsonb)
          on conflict (kind, year, level, region_code) do update set cells = excluded.cells`,
    );
  }
}

/**
 * A centre moved to another municipality: its published counts leave the sums
 * of the old municipality (and region) and join the new ones, in the caller's
 * transaction, before the centre's row changes.
 */
export async function moveCentreAreaCounts(db: Database, centreId: string, from: string, to: string): Promise<void> {
  const rows = await selectRows<CountRow>(
    db,
    sql`select centre_id::text as "centreId", kind, year, question_key as "questionKey", breakdown, value, n
        from published_counts where centre_id = ${centreId}`,
  );
  if (rows.length === 0) return;
  await applyAreaDeltas(db, [...(await areaDeltas(db, rows, -1, from)), ...(await areaDeltas(db, rows, 1, to))]);
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
