import type { Answers } from "../validation/types.ts";

/**
 * A guideline rule as data: what a region's guideline asks of every centre,
 * checked against the centre's approved quality follow-up. The rules written here
 * are the start; a county coordinator keeps the region's later years in the
 * interface (apps/api/src/modules/guidelines). Nothing in the results code branches on a region.
 */

/** One condition on one question of the follow-up. */
export type LeafCondition =
  | { key: string; atLeast: number }
  | { key: string; atMost: number }
  | { key: string; between: [number, number] }
  | { key: string; is: boolean }
  /** One of several: the answer is this option. */
  | { key: string; equals: string }
  | { key: string; includes: string }
  /** A year no more than this many years before the activity year (e.g. "revised every fourth year"). */
  | { key: string; withinYears: number };

/** A condition: one, or several that must all hold. */
export type Condition = LeafCondition | { all: LeafCondition[] };

/**
 * How binding a rule is, in the document's own voice: "ska" (a requirement), "bör" (what
 * should be), or a recommendation. Results and reports never say a recommendation in the
 * voice of a requirement.
 */
export type RuleStrength = "ska" | "bör" | "rekommendation";

/** Where in the region's document a rule comes from: the section and its words. */
export interface RuleSource {
  section: string;
  quote: string;
}

export interface GuidelineRule {
  id: string;
  /** What is asked, in Swedish, as the compliance table shows it. */
  text: string;
  strength: RuleStrength;
  source: RuleSource;
  check: Condition;
  /** Where the rule does not apply (e.g. parent support before birth without maternity care), it is not counted. */
  appliesWhen?: Condition;
  /**
   * The activity years the rule holds, both ends included; open where left out. A past year
   * keeps the rules that held then, and a rule is only checked in years whose follow-up asks it.
   */
  years?: { from?: number; to?: number };
}

/** A figure the document gives to compare with, not to meet: shown beside the key figure, never as a rule. */
export interface GuidelineReference {
  key: string;
  value: number;
  /** What the value is: "Skånes genomsnitt 2024". */
  label: string;
  source: RuleSource;
}

export interface Guideline {
  regionCode: string;
  /** The document the rules come from. */
  source: string;
  rules: GuidelineRule[];
  references?: GuidelineReference[];
}

export type RuleOutcome = "met" | "not_met" | "not_answered" | "not_applicable";

/** The rules of a guideline that held in an activity year. */
export const rulesIn = (guideline: Guideline, year: number): GuidelineRule[] =>
  guideline.rules.filter((r) => (r.years?.from ?? 0) <= year && year <= (r.years?.to ?? Number.POSITIVE_INFINITY));

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
  if ("equals" in condition) return value === condition.equals;
  if ("includes" in condition) return Array.isArray(value) && value.includes(condition.includes);
  return typeof value === "number" && value >= year - condition.withinYears;
}

/** How one centre's approved follow-up stands against one rule. */
export function evaluateRule(rule: GuidelineRule, answers: Answers, year: number): RuleOutcome {
  if (rule.appliesWhen && holds(rule.appliesWhen, answers, year) === false) return "not_applicable";
  const result = holds(rule.check, answers, year);
  return result === undefined ? "not_answered" : result ? "met" : "not_met";
}
