import { suppressedMarker } from "../../results/suppression.ts";
import { countText } from "../format.ts";
import type { Cell } from "../model.ts";

/** A count in a sentence, or the marker where it is hidden. */
export const n = (cell: Cell) => (typeof cell === "number" ? countText(cell) : suppressedMarker);

/** "ökade från 71 % till 78 %", "minskade …", "var oförändrad …", or just the figure. */
export function change(before: number | null, now: number | null, text: (v: number) => string): string {
  if (now === null) return "kan inte redovisas";
  if (before === null) return `var ${text(now)}`;
  const a = text(before);
  const b = text(now);
  if (a === b) return `var oförändrad, ${b}`;
  return `${now > before ? "ökade" : "minskade"} från ${a} till ${b}`;
}
export const share = (cell: Cell) => (typeof cell === "number" ? cell / 100 : null);
