import { suppressedMarker } from "../results/suppression.ts";
import type { Cell, ReportColumn } from "./model.ts";

export { formatOfCell } from "@fcs/contracts/report-format";

const decimal = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });

/** Swedish number formats for every text export: 4,2 and 81 %. */
export function cellText(cell: Cell, format: ReportColumn["format"]): string {
  if (cell === null) return "–";
  if (typeof cell === "string") return cell;
  if (format === "percent") return `${whole.format(cell)} %`;
  if (format === "decimal") return decimal.format(cell);
  return whole.format(cell);
}

export const percentText = (share: number | null | undefined) =>
  share === null || share === undefined ? "–" : `${whole.format(share * 100)} %`;
export const decimalText = (value: number | null | undefined) =>
  value === null || value === undefined ? "–" : decimal.format(value);
export const countText = (value: number) => whole.format(value);

/** The rule for hidden figures, said once at the start of every report file and in its method chapter. */
export const hiddenFiguresRule = (threshold: number) =>
  `Siffror som bygger på färre än ${threshold} svar visas inte, och inte heller siffror som skulle göra det möjligt att räkna fram dem. I stället står det ”${suppressedMarker}”.`;
