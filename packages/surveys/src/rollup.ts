import type { Instrument } from "./types.ts";
import type { Answers } from "./validation/types.ts";

/** One cell of the counts rollup that a response adds 1 to. */
export interface CountCell {
  questionKey: string;
  breakdown: string;
  value: string;
}

/**
 * The question whose answer splits a survey's results: the spider per
 * profession (docs/domain.md), adult visitors by who they are. Shown only where
 * groups are large enough; suppression decides per cell.
 */
const breakdownQuestion: Partial<Record<Instrument["kind"], string>> = {
  spindel: "profession",
  besok_vuxen: "besokare_roll",
};

export function splitQuestionOf(kind: Instrument["kind"]): string | undefined {
  return breakdownQuestion[kind];
}

/**
 * The split of someone who left the splitting question unanswered. Never
 * shown, but counted: without it, a total minus the shown groups would give
 * away the few who did not say.
 */
export const unstatedSplit = "-";

/** The row that counts respondents, whatever they answered. */
export const respondentCell = { questionKey: "*", value: "*" } as const;

/**
 * The value that counts who answered a multiple-choice question at all: its
 * options add up to more than its answers, and shares are of those who answered.
 */
export const answeredValue = "*";

/**
 * The rollup cells of one validated response: every answered scale, choice and
 * yes/no question; a multiple choice counts each chosen option and, once, that
 * it was answered. Under the split (profession, who the visitor is) only the
 * respondent and the ratings are counted again: that is all a split shows, and
 * every extra cell costs the submission path. Free text, numbers and grids are
 * not counted: they are read from the responses themselves.
 */
export function countCells(instrument: Instrument, answers: Answers): CountCell[] {
  const split = breakdownQuestion[instrument.kind];
  const splitValue = split ? answers[split] : undefined;
  const group = split ? (typeof splitValue === "string" ? splitValue : unstatedSplit) : undefined;

  const cells: CountCell[] = [];
  const add = (questionKey: string, value: string, splits = false) => {
    cells.push({ questionKey, breakdown: "", value });
    if (splits && group !== undefined) cells.push({ questionKey, breakdown: group, value });
  };
  add(respondentCell.questionKey, respondentCell.value, true);
  for (const [key, value] of Object.entries(answers)) {
    const meta = instrument.questions[key];
    if (!meta) continue;
    if (meta.kind === "scale") add(key, String(value), true);
    else if (meta.kind === "choice" || meta.kind === "boolean") add(key, String(value));
    else if (meta.kind === "multi_choice" && Array.isArray(value)) {
      add(key, answeredValue);
      for (const v of value) add(key, v);
    }
  }
  return cells;
}
