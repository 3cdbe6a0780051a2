import type { CountFigure, Figure } from "@fcs/contracts";

const decimal = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 0 });

/** Swedish number formats: decimal comma, space as thousands separator, "81 %". */
export const formatDecimal = (value: number) => decimal.format(value);
export const formatWhole = (value: number) => whole.format(value);
export const formatPercent = (share: number) => percent.format(share);

export type Shown = Extract<Figure, { suppressed: false }>;
export const isShown = (figure: Figure | CountFigure | null | undefined): figure is Shown =>
  !!figure && !figure.suppressed && "distribution" in figure;

/** A count or the suppression marker, as a table cell says it. */
export function countText(figure: CountFigure | Figure | null | undefined, marker: string, none = "–"): string {
  if (!figure) return none;
  return figure.suppressed ? marker : formatWhole(figure.n);
}

/** A figure's value for charts: undefined where it is hidden, so the chart leaves a gap rather than a zero. */
export function chartValue(figure: Figure | null | undefined, pick: "mean" | "positiveShare"): number | undefined {
  if (!isShown(figure)) return undefined;
  const value = figure[pick];
  return value === undefined ? undefined : pick === "positiveShare" ? Math.round(value * 1000) / 10 : value;
}
