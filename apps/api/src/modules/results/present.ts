import {
  type AnonymousSurveyKind,
  axisStatements,
  axisTitles,
  describeQuestions,
  type Instrument,
  instruments,
  type QuestionDescription,
  respondentCell,
} from "@fcs/surveys";
import { answeredCount, type Figure, figureOf, suppressedFigure } from "./figures.ts";
import type { PlaceId, ResultTree } from "./tree.ts";

/** A count that may be shown, or the marker: how many answered in a place. */
export type CountFigure = { suppressed: false; n: number } | typeof suppressedFigure;

/** A question whose answers are counted in the rollup (not free text, numbers or grids). */
export type CountedQuestion = QuestionDescription & { kind: "scale" | "choice" | "multi_choice" | "boolean" };
const isCounted = (q: QuestionDescription): q is CountedQuestion =>
  q.kind === "scale" || q.kind === "choice" || q.kind === "multi_choice" || q.kind === "boolean";

/**
 * The counted questions of an instrument, in survey order. Where the spider's axes are fed by
 * statements (2027 on), each axis comes first as a question of its own (the respondents' means of
 * its statements), and the statements follow as ratings without an axis of their own.
 */
export function countedQuestions(instrument: Instrument): CountedQuestion[] {
  const described = describeQuestions(instrument).filter(isCounted);
  const axes = axisStatements(instrument);
  if (axes.size === 0) return described;
  const axisQuestions: CountedQuestion[] = [...axes.keys()].map((axis) => ({
    key: axis,
    title: axisTitles[axis],
    kind: "scale",
    options: [],
    min: 1,
    max: 10,
    axis,
    sensitive: false,
  }));
  return [...axisQuestions, ...described.map(({ axis: _, ...q }) => q)];
}

/** Every counted question any version of a survey has had, the newest wording first. */
export function allCountedQuestions(kind: AnonymousSurveyKind): CountedQuestion[] {
  const byKey = new Map<string, CountedQuestion>();
  const newestFirst = instruments.filter((i) => i.kind === kind).sort((a, b) => b.year - a.year);
  for (const instrument of newestFirst)
    for (const question of countedQuestions(instrument))
      if (!byKey.has(question.key)) byKey.set(question.key, question);
  return [...byKey.values()];
}

export function kindOfQuestion(kind: AnonymousSurveyKind) {
  const multi = new Set(
    instruments
      .filter((i) => i.kind === kind)
      .flatMap((i) => Object.values(i.questions))
      .filter((q) => q.kind === "multi_choice")
      .map((q) => q.key),
  );
  return (key: string) => (multi.has(key) ? ("multi_choice" as const) : ("other" as const));
}

/** Reads figures out of a suppressed tree: nothing hidden and nothing under the threshold comes out. */
export function presenter(tree: ResultTree, threshold: number) {
  return {
    figure(place: PlaceId, year: number, question: QuestionDescription, breakdown = ""): Figure {
      if (tree.hidden(place, year, question.key, breakdown)) return suppressedFigure;
      const counts = tree.counts(place, year, question.key, breakdown);
      if (answeredCount(question, counts) < threshold) return suppressedFigure;
      return figureOf(question, counts);
    },
    respondents(place: PlaceId, year: number, breakdown = ""): CountFigure {
      if (tree.hidden(place, year, respondentCell.questionKey, breakdown)) return suppressedFigure;
      const n = tree.counts(place, year, respondentCell.questionKey, breakdown).get(respondentCell.value) ?? 0;
      // A place with no answers at all is no group of people to protect: its 0 is said, so a centre
      // that took no part shows as such. Splits keep hiding their empty groups, as before.
      if (n === 0 && breakdown === "") return { suppressed: false, n };
      return n < threshold ? suppressedFigure : { suppressed: false, n };
    },
  };
}

/** A figure without its distribution: what a table row or a trend point needs. */
export function keyFigure(figure: Figure): Figure {
  return figure.suppressed ? figure : { ...figure, distribution: [] };
}
