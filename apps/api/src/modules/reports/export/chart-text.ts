import { suppressedMarker } from "../../results/suppression.ts";
import { decimalText } from "../format.ts";
import type { ReportChart } from "../model.ts";

const whole = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });

/** A chart's value as its label says it: 78 %, 4,2 or 1 234. */
export function chartValueText(value: number, unit: ReportChart["unit"]): string {
  if (unit === "percent") return `${whole.format(value)} %`;
  if (unit === "mean") return decimalText(value);
  return whole.format(value);
}

/** What a gap in a chart means, under every chart that has one. */
export const hiddenFigureNote = `Saknas en stapel eller punkt står det ”${suppressedMarker}”: färre än minsta antal svar, eller dold för att skydda en liten grupp.`;
