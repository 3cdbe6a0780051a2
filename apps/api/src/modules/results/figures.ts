import { answeredValue, dontKnowValue, isMeanOnlyValue, type QuestionDescription } from "@fcs/surveys";
import { suppressedMarker } from "./suppression.ts";

/** The figures of one question in one scope, or the marker where too few answered. */
export type Figure = ShownFigure | SuppressedFigure;

export interface ShownFigure {
  suppressed: false;
  /** How many answered the question. */
  n: number;
  /** Every option with its count and its share of those who answered; a multiple choice's shares add up to more than 1. */
  distribution: { value: string; n: number; share: number }[];
  /** Ratings offering it: how many answered "Vet ej / Ej aktuellt", counted on its own. */
  dontKnow?: number;
  /** Scales only: mean, sample standard deviation, median and the share at the positive end. */
  mean?: number;
  sd?: number;
  median?: number;
  positiveShare?: number;
}

export interface SuppressedFigure {
  suppressed: true;
  marker: typeof suppressedMarker;
}

export const suppressedFigure: SuppressedFigure = { suppressed: true, marker: suppressedMarker };

/**
 * The positive end of a scale is its top quarter, rounded to whole steps:
 * 4–5 on 1–5 (as the guideline's follow-ups report it), 8–10 on the spider's 1–10,
 * the happy face on the children's three smileys.
 */
export function positiveFrom(min: number, max: number): number {
  return max - Math.floor((max - min) / 4);
}

/** How many answered a question, from its counted values. */
export function answeredCount(
  question: Pick<QuestionDescription, "kind">,
  counts: ReadonlyMap<string, number>,
): number {
  if (question.kind === "multi_choice") return counts.get(answeredValue) ?? 0;
  let n = 0;
  // "Vet ej" is no rating: those who gave it are counted on their own, never among those who answered.
  for (const [value, count] of counts) if (value !== answeredValue && value !== dontKnowValue) n += count;
  return n;
}

function median(sortedValues: [number, number][], n: number): number {
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const [value, count] of sortedValues) {
      seen += count;
      if (rank < seen) return value;
    }
    return Number.NaN;
  };
  return n % 2 === 1 ? valueAt((n - 1) / 2) : (valueAt(n / 2 - 1) + valueAt(n / 2)) / 2;
}

function scaleFigures(question: QuestionDescription, counts: ReadonlyMap<string, number>, n: number) {
  const values: [number, number][] = [];
  const meanOnly: [number, number][] = [];
  for (const [value, count] of counts) {
    if (value === answeredValue || value === dontKnowValue) continue;
    if (isMeanOnlyValue(value)) meanOnly.push([Number(value.slice(1)), count]);
    else values.push([Number(value), count]);
  }
  values.sort((a, b) => a[0] - b[0]);
  const sum = [...values, ...meanOnly].reduce((s, [v, c]) => s + v * c, 0);
  const mean = sum / n;
  // Part of it known only as a mean (imported totals): the mean is all that can be said.
  if (meanOnly.length > 0) return { mean };
  const squares = values.reduce((s, [v, c]) => s + c * (v - mean) ** 2, 0);
  const positive = positiveFrom(question.min ?? 1, question.max ?? 5);
  const positiveCount = values.filter(([v]) => v >= positive).reduce((s, [, c]) => s + c, 0);
  return {
    mean,
    sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0,
    median: median(values, n),
    positiveShare: positiveCount / n,
  };
}

/** The figures of a question from its counts; the caller has already decided it may be shown. */
export function figureOf(question: QuestionDescription, counts: ReadonlyMap<string, number>): ShownFigure {
  const n = answeredCount(question, counts);
  const partlyMeanOnly = [...counts.keys()].some(isMeanOnlyValue);
  const distribution = partlyMeanOnly
    ? []
    : question.options.map(({ value }) => {
        const count = counts.get(value) ?? 0;
        return { value, n: count, share: n > 0 ? count / n : 0 };
      });
  const dontKnow = question.kind === "scale" ? (counts.get(dontKnowValue) ?? 0) : 0;
  return {
    suppressed: false,
    n,
    distribution,
    ...(question.kind === "scale" && n > 0 ? scaleFigures(question, counts, n) : {}),
    ...(dontKnow > 0 ? { dontKnow } : {}),
  };
}
