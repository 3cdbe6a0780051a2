import type { Answers } from "../validation/types.ts";

/**
 * A guideline rule as data: what a region's guideline asks of every centre,
 * checked against the centre's approved quality follow-up. A region changes its
 * rules by editing its file; nothing in the results code branches on a region.
 */
export type Condition =
  | { key: string; atLeast: number }
  | { key: string; atMost: number }
  | { key: string; between: [number, number] }
  | { key: string; is: boolean }
  | { key: string; includes: string }
  /** A year no more than this many years before the activity year (e.g. "revised every fourth year"). */
  | { key: string; withinYears: number }
  | { all: Condition[] };

export interface GuidelineRule {
  id: string;
  /** What is asked, in Swedish, as the compliance table shows it. */
  text: string;
  check: Condition;
  /** Where the rule does not apply (e.g. parent support before birth without maternity care), it is not counted. */
  appliesWhen?: Condition;
}

export interface Guideline {
  regionCode: string;
  /** The document the rules come from. */
  source: string;
  rules: GuidelineRule[];
}

export type RuleOutcome = "met" | "not_met" | "not_answered" | "not_applicable";

/** true / false, or undefined when an answer the condition needs is missing. */
function holds(condition: Condition, answers: Answers, year: number): boolean | undefined {
  if ("all" in condition) {
    const parts = condition.all.map((c) => holds(c, answers, year));
    if (parts.includes(false)) return false;
    return parts.includes(undefined) ? undefined : true;
  }
  const value = answers[condition.key];
  if (value === undefined) return undefined;
  if ("atLeast" in condition) return typeof value === "number" && value >= condition.atLeast;
  if ("atMost" in condition) return typeof value === "number" && value <= condition.atMost;
  if ("between" in condition)
    return typeof value === "number" && value >= condition.between[0] && value <= condition.between[1];
  if ("is" in condition) return value === condition.is;
  if ("includes" in condition) return Array.isArray(value) && value.includes(condition.includes);
  return typeof value === "number" && value >= year - condition.withinYears;
}

/** How one centre's approved follow-up stands against one rule. */
export function evaluateRule(rule: GuidelineRule, answers: Answers, year: number): RuleOutcome {
  if (rule.appliesWhen && holds(rule.appliesWhen, answers, year) === false) return "not_applicable";
  const result = holds(rule.check, answers, year);
  return result === undefined ? "not_answered" : result ? "met" : "not_met";
}
