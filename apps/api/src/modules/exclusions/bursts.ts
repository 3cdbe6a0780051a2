/** A day needs at least this many answers to stand out at all. */
const burstFloor = 10;
/** …and more than this many times the token's usual (median) other day. */
const burstFactor = 3;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * Marks the days a token got far more answers than on its other days: a
 * stuffed poster link looks like this (60 in a minute on a link that gets one
 * or two a day). A flag asks a coordinator to look; nothing is left out by it.
 */
export function flagBursts(counts: readonly number[]): boolean[] {
  return counts.map((n, i) => n >= burstFloor && n > burstFactor * median(counts.filter((_, j) => j !== i)));
}
