import { hiddenMarker } from "@fcs/contracts/hidden-marker";
/**
 * Small-cell suppression for every result that leaves the server.
 *
 * A figure built on fewer than `threshold` answers is never shown (primary
 * suppression). Because figures are sums — a municipality is the sum of its
 * centres, a scope the sum of its professions — a hidden cell could be
 * recovered by subtraction: parent minus the shown siblings. So each
 * parent-children relation ("line") must also satisfy, while the parent is
 * shown, that the hidden children are either none, or at least two that
 * together hold at least `threshold` answers; and while the parent is hidden,
 * that at least one child is hidden too (else the children add up to it).
 * Where a line breaks the rule, its smallest shown child is hidden as well
 * (complementary suppression), until every line holds.
 *
 * Cells are plain ids with a count, lines are (parent, children): the same
 * routine serves the scope hierarchy and the profession split alike, and one
 * decision per cell is taken for the whole tree, so every view of the results
 * shows or hides a cell the same way.
 */
export interface SuppressionLine {
  parent: string;
  children: readonly string[];
}

/** The installation's minimum group size: configurable, never below this. */
export const lowestThreshold = 3;
export const defaultThreshold = 5;

/** What a client sees instead of a hidden figure (one marker for every reason; see `hiddenMarker`). */
export const suppressedMarker = hiddenMarker;

export function suppressSmallCells(
  counts: ReadonlyMap<string, number>,
  lines: readonly SuppressionLine[],
  threshold: number,
): Set<string> {
  if (threshold < lowestThreshold) throw new Error(`threshold ${threshold} is below ${lowestThreshold}`);
  const count = (id: string) => counts.get(id) ?? 0;
  // A cell with no answers at all is no group of people: nothing to protect, nothing to subtract.
  const present = (id: string) => count(id) > 0;
  const hidden = new Set<string>();
  for (const [id, n] of counts) if (n > 0 && n < threshold) hidden.add(id);

  const hideSmallestShown = (children: readonly string[]): boolean => {
    let smallest: string | undefined;
    for (const child of children) {
      if (!present(child) || hidden.has(child)) continue;
      if (smallest === undefined || count(child) < count(smallest)) smallest = child;
    }
    if (smallest === undefined) return false;
    hidden.add(smallest);
    return true;
  };

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const children = line.children.filter(present);
      if (children.length === 0) continue;
      const hiddenChildren = children.filter((c) => hidden.has(c));
      if (hidden.has(line.parent)) {
        if (hiddenChildren.length === 0 && hideSmallestShown(children)) changed = true;
        continue;
      }
      const hiddenSum = hiddenChildren.reduce((sum, c) => sum + count(c), 0);
      const recoverable = hiddenChildren.length === 1 || (hiddenChildren.length > 1 && hiddenSum < threshold);
      if (!recoverable) continue;
      if (!hideSmallestShown(children)) hidden.add(line.parent);
      changed = true;
    }
  }
  return hidden;
}
