import type { ResultsOverview, ResultsTrend } from "@fcs/contracts";
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

/** A table's rows as a chart's categories and its value columns as the series; hidden figures become gaps. */
export function chartOf(
  table: ReportTable,
  kind: ReportChart["kind"],
  unit: ReportChart["unit"],
  title: string,
): ReportChart {
  return {
    kind,
    title,
    unit,
    categories: table.rows.map((r) => String(r[0])),
    series: table.columns
      .slice(1)
      .map((c, col) => ({ name: c.title, values: table.rows.map((r) => point(r[col + 1] ?? null)) })),
  };
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
 */
export function trendChart(
  trend: ResultsTrend,
  title: string,
  unit: ReportChart["unit"],
  value: (year: number, scope: number) => number | null,
  finding: { subject: string; text: (value: number) => string },
): ReportChart {
  const categories = trend.years.map(String);
  const series = trend.scopes.map((s, scope) => ({ name: s.name, values: trend.years.map((_, y) => value(y, scope)) }));
  return {
    kind: "line",
    title,
    unit,
    categories,
    series,
    finding: trendFinding(categories, series[0]?.values ?? [], finding.subject, finding.text) || undefined,
  };
}
