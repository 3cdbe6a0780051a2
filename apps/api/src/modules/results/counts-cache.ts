import type { AnonymousSurveyKind } from "@fcs/surveys";
import type { CountRow, ResultsRepository, Years } from "./repository.ts";

/** Where a set of counts is summed: per region nationally, per municipality of a region, per centre of an area. */
export type CountLevel =
  | { level: "region" }
  | { level: "municipality"; regionCode: string }
  | { level: "centre"; within: { regionCode: string } | { municipalityCode: string } };

interface Entry {
  stamp: number;
  rows: CountRow[];
}

/** Enough for every survey, year and area a busy county looks at, a few megabytes at most. */
const maxEntries = 5_000;

/**
 * The counts a results view reads, kept per survey, year and area as long as
 * the number who answered there is unchanged. Past years never change, so a
 * ten-year trend costs one small query for the totals and the current year's
 * counts. Each process checks the totals in the database, so several server
 * processes stay correct without telling each other anything.
 */
export function createCountsCache(repository: ResultsRepository) {
  const entries = new Map<string, Entry>();

  const areaOf = (level: CountLevel) =>
    level.level === "region"
      ? "all"
      : level.level === "municipality"
        ? level.regionCode
        : "regionCode" in level.within
          ? `r${level.within.regionCode}`
          : `m${level.within.municipalityCode}`;

  const fetch = (kind: AnonymousSurveyKind, level: CountLevel, years: Years) =>
    level.level === "region"
      ? repository.regionCounts(kind, years)
      : level.level === "municipality"
        ? repository.municipalityCounts(kind, years, level.regionCode)
        : repository.centreCounts(kind, years, level.within);

  return {
    /** The rows of some years at one level, each year fetched only when its stamp has moved. */
    async rows(kind: AnonymousSurveyKind, level: CountLevel, stamps: ReadonlyMap<number, number>): Promise<CountRow[]> {
      const rows: CountRow[] = [];
      const missing: number[] = [];
      for (const [year, stamp] of stamps) {
        const entry = entries.get(`${kind}|${level.level}|${areaOf(level)}|${year}`);
        if (entry && entry.stamp === stamp) rows.push(...entry.rows);
        else missing.push(year);
      }
      if (missing.length === 0) return rows;
      const from = Math.min(...missing);
      const to = Math.max(...missing);
      const fetched = (await fetch(kind, level, { from, to })).filter((r) => missing.includes(r.year));
      for (const year of missing) {
        const ofYear = fetched.filter((r) => r.year === year);
        const key = `${kind}|${level.level}|${areaOf(level)}|${year}`;
        entries.delete(key);
        entries.set(key, { stamp: stamps.get(year) ?? 0, rows: ofYear });
        rows.push(...ofYear);
      }
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return rows;
    },
  };
}
