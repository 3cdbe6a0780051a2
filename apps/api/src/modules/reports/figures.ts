import type { CountFigure, Figure, FollowUpFigures, ResultsOverview, ResultsParts } from "@fcs/contracts";
import { suppressedMarker } from "../results/suppression.ts";
import type { Cell } from "./model.ts";

/** Reading figures into report cells: a hidden figure becomes the marker, never a number. */
export const countCell = (figure: CountFigure | null | undefined): Cell =>
  !figure ? null : figure.suppressed ? suppressedMarker : figure.n;

export const percentCell = (figure: Figure | null | undefined): Cell =>
  !figure
    ? null
    : figure.suppressed
      ? suppressedMarker
      : figure.positiveShare === undefined
        ? null
        : figure.positiveShare * 100;

export const meanCell = (figure: Figure | null | undefined): Cell =>
  !figure ? null : figure.suppressed ? suppressedMarker : (figure.mean ?? null);

/** A chart point: hidden and missing figures are gaps. */
export const point = (cell: Cell): number | null => (typeof cell === "number" ? cell : null);

export const question = (overview: ResultsOverview | undefined, key: string) =>
  overview?.questions.find((q) => q.key === key);

/** The mean of the spider's axes in one scope, where every axis is shown. */
export function spiderMean(overview: ResultsOverview | undefined, scopeIndex = 0): Cell {
  if (!overview) return null;
  const axes = overview.questions.filter((q) => q.axis);
  const figures = axes.map((q) => q.figures[scopeIndex]);
  if (figures.length === 0) return null;
  if (figures.some((f) => !f || f.suppressed)) return suppressedMarker;
  return figures.reduce((sum, f) => sum + (f && !f.suppressed ? (f.mean ?? 0) : 0), 0) / figures.length;
}

export const followUpValue = (summary: FollowUpFigures["scopes"][number] | undefined, key: string): Cell =>
  summary?.figures.find((f) => f.key === key)?.value ?? null;

export const ruleShare = (summary: FollowUpFigures["scopes"][number] | undefined, rule: string): number | null => {
  const share = summary?.compliance?.find((c) => c.rule === rule)?.share;
  return share === null || share === undefined ? null : share;
};

/** The spider's mean over its factors in one part, where every factor is shown. */
export function partSpiderMean(parts: ResultsParts | undefined, part: ResultsParts["parts"][number] | undefined): Cell {
  if (!parts || !part) return null;
  const axes = (parts.questions ?? []).flatMap((q, index) => (q.axis ? [index] : []));
  const figures = axes.map((index) => part.figures[index]);
  if (figures.length === 0) return null;
  if (figures.some((f) => !f || f.suppressed)) return suppressedMarker;
  return figures.reduce((sum, f) => sum + (f && !f.suppressed ? (f.mean ?? 0) : 0), 0) / figures.length;
}
