import { axisScores } from "./axes.ts";
import { localeSwedishNames, visitorLocales } from "./kinds.ts";
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
 * Further splits by an answer, for equality (issue 16; seeds 000, 001, 003): adults by whether it
 * is their first visit (how often they come), children by whether they are a girl or a boy. Each
 * is a partition of its own, its breakdowns prefixed by the question's key ("kon:flicka"), counted
 * only in the years whose survey asks it.
 */
const answerSplits: Partial<Record<Instrument["kind"], readonly string[]>> = {
  besok_vuxen: ["besok_frekvens"],
  besok_barn: ["kon"],
};

export const answerSplitsOf = (kind: Instrument["kind"]): readonly string[] => answerSplits[kind] ?? [];

/**
 * The splits by how a response came rather than by an answer: the channel
 * (tablet, link, paper, import) of every anonymous survey, and the language the
 * visitor chose (staff answer in Swedish). Each is a partition of the same
 * respondents of its own, kept apart from the others in the counts by its
 * prefix ("kanal:paper"), and suppressed as a line of its own.
 */
export const responseSplits = {
  kanal: ["spindel", "besok_vuxen", "besok_barn"],
  sprak: ["besok_vuxen", "besok_barn"],
} as const satisfies Record<string, readonly Instrument["kind"][]>;
export type ResponseSplit = keyof typeof responseSplits;

/** The groups each response split shows, with their Swedish names, per survey. */
export function responseSplitGroups(
  split: ResponseSplit,
  kind: Instrument["kind"],
): { value: string; label: string }[] {
  if (split === "sprak") return visitorLocales.map((value) => ({ value, label: localeSwedishNames[value] }));
  const channels =
    kind === "spindel" ? (["link", "paper", "import"] as const) : (["kiosk", "link", "paper", "import"] as const);
  return channels.map((value) => ({ value, label: channelNames[value] }));
}

/** How a response came, as the results name it. */
export const channelNames = { kiosk: "Surfplatta", link: "Länk", paper: "Papper", import: "Importerat" } as const;

/** The breakdown a response's channel or language is counted under. */
export const responseBreakdown = (split: ResponseSplit, value: string) => `${split}:${value}`;

/**
 * Which partition a breakdown belongs to: "" for the split by an answer
 * (profession, who answered), else its prefix. Values of an answer never hold a colon.
 */
export const splitDimensionOf = (breakdown: string): string => {
  const colon = breakdown.indexOf(":");
  return colon < 0 ? "" : breakdown.slice(0, colon);
};

/** How a response came: what the response splits count it under. */
export interface ResponseOrigin {
  channel: string;
  locale: string;
}

/**
 * The split of someone who left the splitting question unanswered. Never
 * shown, but counted: without it, a total minus the shown groups would give
 * away the few who did not say.
 */
export const unstatedSplit = "-";

/**
 * The split groups a respondent and their ratings are counted under besides the total: their
 * answer to the splitting question (or unstated), their channel, their language. Totals imported
 * without answers are counted as unstated in the answer split.
 */
export function splitGroupsOf(
  instrument: Pick<Instrument, "kind" | "questions">,
  answers: Answers,
  origin: ResponseOrigin,
): string[] {
  const kind = instrument.kind;
  const split = breakdownQuestion[kind];
  const stated = (key: string) => {
    const value = answers[key];
    return typeof value === "string" ? value : unstatedSplit;
  };
  const groups: string[] = [];
  if (split) groups.push(stated(split));
  for (const key of answerSplits[kind] ?? []) if (instrument.questions[key]) groups.push(`${key}:${stated(key)}`);
  if ((responseSplits.kanal as readonly string[]).includes(kind))
    groups.push(responseBreakdown("kanal", origin.channel));
  if ((responseSplits.sprak as readonly string[]).includes(kind))
    groups.push(responseBreakdown("sprak", origin.locale));
  return groups;
}

/**
 * A rating known only as a mean (totals imported from an earlier tool): counted as the value
 * "~<mean>" with the number who answered, so means add up across areas, while the distribution,
 * median, spread and positive share of any figure it is part of are unknown.
 */
export const meanOnlyValue = (mean: number) => `~${mean}`;
export const isMeanOnlyValue = (value: string) => value.startsWith("~");

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
 * it was answered. Under each split (profession or who the visitor is, the
 * channel, the language) only the respondent and the ratings are counted again: that is all a split shows, and
 * every extra cell costs the submission path. Free text, numbers and grids are
 * not counted: they are read from the responses themselves.
 */
export function countCells(instrument: Instrument, answers: Answers, origin: ResponseOrigin): CountCell[] {
  const groups = splitGroupsOf(instrument, answers, origin);

  const cells: CountCell[] = [];
  const add = (questionKey: string, value: string, splits = false) => {
    cells.push({ questionKey, breakdown: "", value });
    if (splits) for (const group of groups) cells.push({ questionKey, breakdown: group, value });
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
  // A spider axis fed by statements (2027 on): the respondent's mean of them, under the axis's key.
  for (const [axis, score] of axisScores(instrument, answers)) add(axis, String(score), true);
  return cells;
}
