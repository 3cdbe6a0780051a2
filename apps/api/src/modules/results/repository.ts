import {
  answerCounts,
  asc,
  type CountsRollup,
  centres,
  type Database,
  eq,
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

/** An inclusive range of activity years: one year for a view, all of them for a trend. */
export interface Years {
  from: number;
  to: number;
}
const yearsIn = (years: Years): SQL => sql`${answerCounts.year} between ${years.from} and ${years.to}`;

/**
 * `counts` is caught up before the respondent totals are read, which every
 * results view does first: the counts it then reads hold every stored answer.
 */
export function createResultsRepository(db: Database, counts: Pick<CountsRollup, "catchUp">) {
  /** Counts summed per place (a region or a municipality code) within an area. */
  const countsPer = (place: SQL, kind: AnonymousSurveyKind, years: Years, area: SQL) =>
    selectRows<CountRow>(
      db,
      sql`select ${place} as "place", ${answerCounts.year} as "year",
            ${answerCounts.questionKey} as "questionKey", ${answerCounts.breakdown} as "breakdown",
            ${answerCounts.value} as "value", sum(${answerCounts.n})::integer as "n"
          from ${answerCounts}
          join ${centres} on ${centres.id} = ${answerCounts.centreId}
          join ${municipalities} on ${municipalities.code} = ${centres.municipalityCode}
          where ${answerCounts.kind} = ${kind} and ${yearsIn(years)} and ${area}
          group by 1, 2, 3, 4, 5`,
    );

  return {
    /**
     * How many have answered per year: in all regions, in one region, in one
     * municipality. Read through a small partial index on every request; a cached
     * set of counts holds as long as its total is unchanged (answers are only ever added).
     */
    async respondentTotals(kind: AnonymousSurveyKind, years: Years, regionCode?: string, municipalityCode?: string) {
      await counts.catchUp();
      return selectRows<{ year: number; national: number; region: number; municipality: number }>(
        db,
        sql`select ${answerCounts.year} as "year", sum(${answerCounts.n})::integer as "national",
              coalesce(sum(${answerCounts.n}) filter (where ${municipalities.regionCode} = ${regionCode ?? ""}), 0)::integer as "region",
              coalesce(sum(${answerCounts.n}) filter (where ${centres.municipalityCode} = ${municipalityCode ?? ""}), 0)::integer as "municipality"
            from ${answerCounts}
            join ${centres} on ${centres.id} = ${answerCounts.centreId}
            join ${municipalities} on ${municipalities.code} = ${centres.municipalityCode}
            where ${answerCounts.kind} = ${kind} and ${yearsIn(years)}
              and ${answerCounts.questionKey} = '*' and ${answerCounts.breakdown} = ''
            group by 1 order by 1`,
      );
    },

    /** Every region's counts: the top of the tree, which decides what the regions may show. */
    regionCounts(kind: AnonymousSurveyKind, years: Years) {
      return countsPer(sql`${municipalities.regionCode}`, kind, years, sql`true`);
    },

    /** One region's counts per municipality: the line below the region. */
    municipalityCounts(kind: AnonymousSurveyKind, years: Years, regionCode: string) {
      return countsPer(
        sql`${centres.municipalityCode}`,
        kind,
        years,
        sql`${municipalities.regionCode} = ${regionCode}`,
      );
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
          .where(eq(municipalities.regionCode, regionCode))
          .orderBy(asc(centres.name)),
        db
          .select({ code: municipalities.code, name: municipalities.name })
          .from(municipalities)
          .where(eq(municipalities.regionCode, regionCode))
          .orderBy(asc(municipalities.name)),
      ]);
      return [
        ...municipalityRows.map((m) => ({ level: "municipality" as const, ...m, regionCode })),
        ...centreRows.map((c) => ({ level: "centre" as const, ...c, regionCode })),
      ];
    },

    async allRegions(): Promise<Place[]> {
      const rows = await db.select({ code: regions.code, name: regions.name }).from(regions).orderBy(asc(regions.name));
      return rows.map((r) => ({ level: "region" as const, ...r, regionCode: r.code }));
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

    /** The non-empty answers of one free-text question at one centre, alphabetically so their order tells nothing. */
    async freeTexts(centreId: string, kind: AnonymousSurveyKind, year: number, questionKey: string) {
      const rows = await selectRows<{ text: string }>(
        db,
        sql`select ${responses.answers} ->> ${questionKey} as "text" from ${responses}
            where ${responses.centreId} = ${centreId} and ${responses.kind} = ${kind} and ${responses.year} = ${year}
              and coalesce(btrim(${responses.answers} ->> ${questionKey}), '') <> ''
            order by 1`,
      );
      return rows.map((r) => r.text);
    },
  };
}

export type ResultsRepository = ReturnType<typeof createResultsRepository>;
