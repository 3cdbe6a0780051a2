import {
  publishedCounts as answerCounts,
  centres,
  type Database,
  eq,
  inSwedishOrder,
  isoTimestamp,
  municipalities,
  regions,
  responses,
  type SQL,
  selectRows,
  sql,
} from "@fcs/db";
import type { AnonymousSurveyKind } from "@fcs/surveys";

/** One counted value: of a region (the national totals) or of a centre (a region's detail). */
export interface CountRow {
  place: string;
  year: number;
  questionKey: string;
  breakdown: string;
  value: string;
  n: number;
}

/** A centre, municipality or region with its parents, as the results name them. */
export interface Place {
  level: "centre" | "municipality" | "region";
  code: string;
  name: string;
  municipalityCode?: string;
  regionCode: string;
  /** Centres: the last day of an ended centre. */
  activeTo?: string | null;
}

/** Where a publication is asked about: everything, or one region, municipality or centre. */
export type PublicationArea = { level: "all" } | { level: Place["level"]; code: string };

/** An inclusive range of activity years: one year for a view, all of them for a trend. */
export interface Years {
  from: number;
  to: number;
}
const yearsIn = (years: Years): SQL => sql`${answerCounts.year} between ${years.from} and ${years.to}`;

/**
 * Every figure is read from the published counts (docs/privacy.md), never from
 * the live rollup: they move only by a publication of at least the minimum
 * group size of respondents, so no two reads tell one visitor apart.
 */
export function createResultsRepository(db: Database) {
  /**
   * The sums of one level of areas, kept with every publication as one
   * document per region (`published_area_sums`), unpacked into rows. A split
   * (profession, who answered) is left out until its region has released the year.
   */
  async function areaSums(
    kind: AnonymousSurveyKind,
    years: Years,
    level: "region" | "municipality",
    regionCode?: string,
  ) {
    const documents = await selectRows<{
      regionCode: string;
      year: number;
      released: boolean;
      cells: Record<string, number>;
    }>(
      db,
      sql`select s.region_code as "regionCode", s.year as "year", s.cells as "cells",
            exists (select 1 from result_releases rr
              where rr.region_code = s.region_code and rr.kind = s.kind and rr.year = s.year) as "released"
          from published_area_sums s
          where s.kind = ${kind} and s.year between ${years.from} and ${years.to} and s.level = ${level}
            ${regionCode === undefined ? sql`` : sql`and s.region_code = ${regionCode}`}`,
    );
    const rows: CountRow[] = [];
    for (const document of documents)
      for (const [cell, n] of Object.entries(document.cells)) {
        const parts = cell.split("\t");
        const [place, questionKey, breakdown, value] =
          level === "region" ? [document.regionCode, ...parts] : (parts as [string, string, string, string]);
        if (breakdown !== "" && !document.released) continue;
        rows.push({
          place: place ?? "",
          year: document.year,
          questionKey: questionKey ?? "",
          breakdown: breakdown ?? "",
          value: value ?? "",
          n,
        });
      }
    return rows;
  }

  return {
    /**
     * How many have answered per year in all regions, with the year's
     * publication version: cached counts hold while the version is unchanged.
     * Read through a small partial index on every request.
     */
    respondentTotals(kind: AnonymousSurveyKind, years: Years) {
      return selectRows<{ year: number; version: number; national: number }>(
        db,
        sql`select ${answerCounts.year} as "year",
              (select pv.version from publication_versions pv where pv.kind = ${kind} and pv.year = ${answerCounts.year}) as "version",
              sum(${answerCounts.n})::integer as "national"
            from ${answerCounts}
            where ${answerCounts.kind} = ${kind} and ${yearsIn(years)}
              and ${answerCounts.questionKey} = '*' and ${answerCounts.breakdown} = ''
            group by 1 order by 1`,
      );
    },

    /** Every region's counts: the top of the tree, which decides what the regions may show. */
    regionCounts(kind: AnonymousSurveyKind, years: Years) {
      return areaSums(kind, years, "region");
    },

    /** One region's counts per municipality: the line below the region. */
    municipalityCounts(kind: AnonymousSurveyKind, years: Years, regionCode: string) {
      return areaSums(kind, years, "municipality", regionCode);
    },

    /** The counts of every centre in a region or in one municipality (a centre's split is never needed). */
    centreCounts(
      kind: AnonymousSurveyKind,
      years: Years,
      within: { regionCode: string } | { municipalityCode: string },
    ) {
      const area =
        "regionCode" in within
          ? sql`${municipalities.regionCode} = ${within.regionCode}`
          : sql`${centres.municipalityCode} = ${within.municipalityCode}`;
      return selectRows<CountRow>(
        db,
        sql`select ${answerCounts.centreId}::text as "place", ${answerCounts.year} as "year",
              ${answerCounts.questionKey} as "questionKey", ${answerCounts.breakdown} as "breakdown",
              ${answerCounts.value} as "value", ${answerCounts.n} as "n"
            from ${answerCounts}
            join ${centres} on ${centres.id} = ${answerCounts.centreId}
            join ${municipalities} on ${municipalities.code} = ${centres.municipalityCode}
            where ${answerCounts.kind} = ${kind} and ${yearsIn(years)} and ${answerCounts.breakdown} = '' and ${area}`,
      );
    },

    /** The centres (also ended ones: their answers still count) and municipalities of a region, for names and parents. */
    async regionPlaces(regionCode: string): Promise<Place[]> {
      const [centreRows, municipalityRows] = await Promise.all([
        db
          .select({
            code: centres.id,
            name: centres.name,
            municipalityCode: centres.municipalityCode,
            activeTo: centres.activeTo,
          })
          .from(centres)
          .innerJoin(municipalities, eq(municipalities.code, centres.municipalityCode))
          .where(eq(municipalities.regionCode, regionCode)),
        db
          .select({ code: municipalities.code, name: municipalities.name })
          .from(municipalities)
          .where(eq(municipalities.regionCode, regionCode)),
      ]);
      inSwedishOrder(centreRows, (c) => c.name);
      inSwedishOrder(municipalityRows, (m) => m.name);
      return [
        ...municipalityRows.map((m) => ({ level: "municipality" as const, ...m, regionCode })),
        ...centreRows.map((c) => ({ level: "centre" as const, ...c, regionCode })),
      ];
    },

    async allRegions(): Promise<Place[]> {
      // The regions this installation serves; one switched off leaves the comparisons.
      const rows = await db
        .select({ code: regions.code, name: regions.name })
        .from(regions)
        .where(eq(regions.active, true));
      return inSwedishOrder(rows, (r) => r.name).map((r) => ({ level: "region" as const, ...r, regionCode: r.code }));
    },

    /** Where a place sits: undefined when it does not exist. */
    async findPlace(level: Place["level"], code: string): Promise<Place | undefined> {
      if (level === "region") {
        const [row] = await db
          .select({ code: regions.code, name: regions.name })
          .from(regions)
          .where(eq(regions.code, code));
        return row && { level, ...row, regionCode: row.code };
      }
      if (level === "municipality") {
        const [row] = await db
          .select({ code: municipalities.code, name: municipalities.name, regionCode: municipalities.regionCode })
          .from(municipalities)
          .where(eq(municipalities.code, code));
        return row && { level, ...row };
      }
      const [row] = await db
        .select({
          code: centres.id,
          name: centres.name,
          municipalityCode: centres.municipalityCode,
          regionCode: municipalities.regionCode,
        })
        .from(centres)
        .innerJoin(municipalities, eq(municipalities.code, centres.municipalityCode))
        .where(eq(centres.id, code));
      return row && { level, ...row };
    },

    /**
     * The non-empty answers of one free-text question at one centre, of published
     * responses only, alphabetically so their order tells nothing of which came last.
     */
    async freeTexts(centreId: string, kind: AnonymousSurveyKind, year: number, questionKey: string) {
      const rows = await selectRows<{ text: string }>(
        db,
        sql`select ${responses.answers} ->> ${questionKey} as "text" from ${responses}
            where ${responses.centreId} = ${centreId} and ${responses.kind} = ${kind} and ${responses.year} = ${year}
              and ${responses.published}
              and coalesce(btrim(${responses.answers} ->> ${questionKey}), '') <> ''
            order by 1`,
      );
      return rows.map((r) => r.text);
    },

    /**
     * When the figures of an area were last moved by a publication, and whether
     * its free text and splits are out: every region in it has released the year.
     */
    async publicationOf(kind: AnonymousSurveyKind, year: number, area: PublicationArea) {
      const where = areaCondition(area);
      const [row] = await selectRows<{ updatedAt: string | null; released: boolean | null }>(
        db,
        sql`select max(p.published_at) as "updatedAt",
              bool_and(exists (select 1 from result_releases rr
                where rr.region_code = ${municipalities.regionCode} and rr.kind = p.kind and rr.year = p.year)) as "released"
            from publications p
            join ${centres} on ${centres.id} = p.centre_id
            join ${municipalities} on ${municipalities.code} = ${centres.municipalityCode}
            where p.kind = ${kind} and p.year = ${year} and ${where}`,
      );
      return { updatedAt: row?.updatedAt ? isoTimestamp(row.updatedAt) : null, released: row?.released ?? false };
    },

    /**
     * The years an import from an earlier tool brought in, in one region or in all: read from the
     * short list of imports (not undone), not from the answers, since every trend asks it. An import
     * is published at once, whole centre-years of at least the minimum group size (modules/imports).
     */
    async importedYears(kind: AnonymousSurveyKind, regionCode: string | "all"): Promise<number[]> {
      const rows = await selectRows<{ year: number }>(
        db,
        sql`select distinct (jsonb_array_elements_text(years))::integer as "year" from imports
            where kind = ${kind} and undone_at is null
              ${regionCode === "all" ? sql`` : sql`and region_code = ${regionCode}`}
            order by 1`,
      );
      return rows.map((r) => r.year);
    },
  };
}

/** The centres of an area, for a query that joins centres and municipalities. */
function areaCondition(area: PublicationArea): SQL {
  if (area.level === "all") return sql`true`;
  if (area.level === "region") return sql`${municipalities.regionCode} = ${area.code}`;
  if (area.level === "municipality") return sql`${centres.municipalityCode} = ${area.code}`;
  return sql`${centres.id} = ${area.code}`;
}

export type ResultsRepository = ReturnType<typeof createResultsRepository>;
