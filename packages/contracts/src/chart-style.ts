/**
 * How charts draw their series, the same on the results page, in the report's web view and
 * in its Word and PowerPoint files: an area keeps its colour and dash wherever it appears
 * (the centre is always blue, the region always amber), last year's figures are grey, and
 * series that are not areas (years, professions) take the general palette in order.
 * Every colour has a 3:1 contrast on white, and every series its own dash, so colour is
 * never the only cue.
 */
export type ScopeLevel = "all" | "region" | "municipality" | "centre";

export interface SeriesStyle {
  color: string;
  dash: string | undefined;
}

/** What a series stands for, where it is an area. */
export interface SeriesTag {
  scope?: ScopeLevel;
  /** The same area's figures of the year before. */
  earlier?: boolean;
}

export const scopeStyles: Record<ScopeLevel, SeriesStyle> = {
  centre: { color: "#1d4ed8", dash: undefined },
  municipality: { color: "#047857", dash: "2 3" },
  region: { color: "#b45309", dash: "6 3" },
  all: { color: "#7e22ce", dash: "10 4 2 4" },
};

export const earlierStyle: SeriesStyle = { color: "#6b7280", dash: "4 2" };

const palette: readonly SeriesStyle[] = [
  { color: "#1d4ed8", dash: undefined },
  { color: "#b45309", dash: "6 3" },
  { color: "#047857", dash: "2 3" },
  { color: "#7e22ce", dash: "10 4 2 4" },
  { color: "#be123c", dash: "1 2" },
];

/** The style of the series at `index`: its area's, last year's, or the palette's. */
export function seriesStyleOf(tag: SeriesTag | undefined, index: number): SeriesStyle {
  if (tag?.earlier) return earlierStyle;
  if (tag?.scope) return scopeStyles[tag.scope];
  return palette[index % palette.length] ?? scopeStyles.centre;
}

/**
 * Ticks of an axis of counts, as a reader counts: 0 and whole steps of 1, 2, 2.5 or 5 times a
 * power of ten, about `target` of them, ending at or above `max` (never "0, 3, 6, 9, 10").
 */
export function niceTicks(max: number, target = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough && Number.isInteger(s)) ?? Math.max(1, 10 * power);
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + 1e-9; i++) ticks.push(i * step);
  return ticks;
}

/** Ticks of a percentage axis, and of the 1–10 scale (which has no 0). */
export const percentTicks = [0, 20, 40, 60, 80, 100];
export const scaleTicks = [1, 4, 7, 10];

/**
 * A chart's value axis: percentages 0–100; a mean on its 1–10 scale as a line or spider, and
 * from 0 as bars (a bar has a length); counts from 0 to a round number above the largest.
 */
export function axisOf(
  unit: "percent" | "mean" | "count",
  kind: "bar" | "line" | "radar",
  values: readonly (number | null | undefined)[],
): { min: number; max: number; ticks: number[] } {
  if (unit === "percent") return { min: 0, max: 100, ticks: percentTicks };
  if (unit === "mean" && kind !== "bar") return { min: 1, max: 10, ticks: scaleTicks };
  const ticks = niceTicks(Math.max(unit === "mean" ? 10 : 1, ...values.map((v) => v ?? 0)));
  return { min: 0, max: ticks[ticks.length - 1] ?? 1, ticks };
}
