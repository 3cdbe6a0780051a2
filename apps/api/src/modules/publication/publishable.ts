import type { ResponseChange } from "./repository.ts";

/**
 * The changes a publication may make: per centre, survey and year, all of its
 * pending changes when there are at least `threshold` of them, none otherwise.
 * Two reads on either side of a publication then differ by at least that many
 * respondents, so no one of them can be told apart (docs/privacy.md).
 */
export function publishableChanges(changes: readonly ResponseChange[], threshold: number): ResponseChange[] {
  const groups = new Map<string, ResponseChange[]>();
  for (const change of changes) {
    const key = `${change.centreId}|${change.kind}|${change.year}`;
    const group = groups.get(key);
    if (group) group.push(change);
    else groups.set(key, [change]);
  }
  return [...groups.values()].filter((group) => group.length >= threshold).flat();
}
