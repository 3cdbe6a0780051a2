import type { Instrument, SpiderAxis } from "./types.ts";
import type { Answers } from "./validation/types.ts";

const cache = new WeakMap<Instrument, ReadonlyMap<SpiderAxis, string[]>>();

/**
 * The spider's axes that are fed by statements of their own (from 2027): axis → its statements'
 * keys. Empty for a version where each axis is one rating keyed by the axis itself.
 */
export function axisStatements(instrument: Instrument): ReadonlyMap<SpiderAxis, string[]> {
  const known = cache.get(instrument);
  if (known) return known;
  const axes = new Map<SpiderAxis, string[]>();
  for (const meta of Object.values(instrument.questions))
    if (meta.axis && meta.key !== meta.axis) axes.set(meta.axis, [...(axes.get(meta.axis) ?? []), meta.key]);
  cache.set(instrument, axes);
  return axes;
}

/**
 * A respondent's score on each axis fed by statements: the mean of those they rated, to two
 * decimals. Counted as one value per respondent (rollup.ts), so an axis's figures are of people,
 * never of ratings, and the minimum group size counts people.
 */
export function axisScores(instrument: Instrument, answers: Answers): [SpiderAxis, number][] {
  const scores: [SpiderAxis, number][] = [];
  for (const [axis, keys] of axisStatements(instrument)) {
    const ratings = keys.map((key) => answers[key]).filter((v): v is number => typeof v === "number");
    if (ratings.length > 0)
      scores.push([axis, Math.round((ratings.reduce((s, v) => s + v, 0) / ratings.length) * 100) / 100]);
  }
  return scores;
}
