import type { ResultsOverview, ResultsTrend } from "@fcs/contracts";
import type { SeriesTag } from "@fcs/contracts/chart-style";
import { point, question } from "../figures.ts";
import type { Cell, ReportChart, ReportTable } from "../model.ts";
import { trendFinding } from "./drafts.ts";

/** A table of one measure for every question of a kind, per scope (and last year for the first scope). */
export function questionTable(
  title: string,
  now: ResultsOverview,
  before: ResultsOverview | undefined,
  keys: string[],
  measure: (o: ResultsOverview | undefined, key: string, scope: number) => Cell,
  format: "percent" | "decimal",
): ReportTable {
  return {
    title,
    columns: [
      { title: "Fråga", format: "text" },
      ...(before ? [{ title: `${now.scopes[0]?.name} ${now.year - 1}`, format }] : []),
      ...now.scopes.map((s) => ({ title: s.name, format })),
    ],
    rows: keys.map((key) => [
      question(now, key)?.title ?? key,
      ...(before ? [measure(before, key, 0)] : []),
      ...now.scopes.map((_, i) => measure(now, key, i)),
    ]),
  };
}

/**
 * A table's rows as a chart's categories and its value columns as the series; hidden figures
 * become gaps. `tags` say which area each value column stands for (see `questionTableTags`).
 */
export function chartOf(
  table: ReportTable,
  kind: ReportChart["kind"],
  unit: ReportChart["unit"],
  title: string,
  tags: SeriesTag[] = [],
): ReportChart {
  return {
    kind,
    title,
    unit,
    categories: table.rows.map((r) => String(r[0])),
    series: table.columns
      .slice(1)
      .map((c, col) => ({ name: c.title, values: table.rows.map((r) => point(r[col + 1] ?? null)), ...tags[col] })),
  };
}

/** The areas of a question table's value columns: last year's first scope (when shown), then each scope. */
export function questionTableTags(now: ResultsOverview, before: ResultsOverview | undefined): SeriesTag[] {
  const first = now.scopes[0];
  return [
    ...(before && first ? [{ scope: first.level, earlier: true }] : []),
    ...now.scopes.map((s) => ({ scope: s.level })),
  ];
}

/** The questions with a figure, best first. */
export const ranked = (o: ResultsOverview, keys: string[], pick: (key: string) => Cell) =>
  keys
    .map((key) => ({ title: question(o, key)?.title ?? key, value: pick(key) }))
    .filter((x): x is { title: string; value: number } => typeof x.value === "number")
    .sort((a, b) => b.value - a.value);

/**
 * A trend over the years as a line per area (the scope, then the larger areas); a hidden year is a gap.
 * Its finding is the scope's last year beside the year before ("Andelen nöjda besökare ökade …").
 * A year whose wording changed (`reworded`) or whose answers came from an earlier tool is named so
 * on the axis, so the break shows in every file.
 */
export function trendChart(
  trend: ResultsTrend,
  title: string,
  unit: ReportChart["unit"],
  value: (year: number, scope: number) => number | null,
  finding: { subject: string; text: (value: number) => string },
  reworded: readonly number[] = [],
): ReportChart {
  const categories = trend.years.map((year) => {
    const marks = [
      trend.imported.includes(year) ? "importerat" : "",
      reworded.includes(year) ? "formuleringen ändrad" : "",
    ].filter(Boolean);
    return marks.length > 0 ? `${year} (${marks.join(", ")})` : String(year);
  });
  const series = trend.scopes.map((s, scope) => ({
    name: s.name,
    scope: s.level,
    values: trend.years.map((_, y) => value(y, scope)),
  }));
  return {
    kind: "line",
    title,
    unit,
    categories,
    series,
    // Across a change of wording the last two years are not compared: the finding names the last year only.
    finding:
      (reworded.includes(trend.years.at(-1) ?? 0)
        ? trendFinding(
            trend.years.slice(-1).map(String),
            (series[0]?.values ?? []).slice(-1),
            finding.subject,
            finding.text,
          )
        : trendFinding(trend.years.map(String), series[0]?.values ?? [], finding.subject, finding.text)) || undefined,
  };
}
