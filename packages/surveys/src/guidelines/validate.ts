import { describeQuestions } from "../catalogue.ts";
import { instrumentUsedIn } from "../registry.ts";
import type { Condition, GuidelineRule, LeafCondition } from "./rules.ts";

/** A question of a year's quality follow-up as a rule may read it: what it is called and which answers it takes. */
export interface RuleQuestion {
  key: string;
  title: string;
  kind: "number" | "boolean" | "choice" | "multi_choice";
  options: { value: string; label: string }[];
}

const ruleKinds = new Set(["number", "boolean", "choice", "multi_choice"]);

/** The questions of the follow-up a year is answered on that a rule can check. */
export function ruleQuestions(year: number): RuleQuestion[] {
  return describeQuestions(instrumentUsedIn("kvalitetsuppfoljning", year))
    .filter((q) => ruleKinds.has(q.kind))
    .map((q) => ({ key: q.key, title: q.title, kind: q.kind as RuleQuestion["kind"], options: q.options }));
}

/** Which kind of question each condition reads. */
const kindOf = (condition: LeafCondition): RuleQuestion["kind"] =>
  "is" in condition
    ? "boolean"
    : "equals" in condition
      ? "choice"
      : "includes" in condition
        ? "multi_choice"
        : "number";

export interface RuleProblem {
  field: string;
  message: string;
}

/**
 * What is wrong with a rule set for a year, in Swedish, per field: a question the year's follow-up
 * does not ask, a condition that does not fit its question, an option the question does not have,
 * a rule without text or source, two rules with one id. Empty when the set can be saved.
 */
export function ruleSetProblems(rules: GuidelineRule[], year: number): RuleProblem[] {
  const questions = new Map(ruleQuestions(year).map((q) => [q.key, q]));
  const problems: RuleProblem[] = [];
  const ids = new Set<string>();
  const checkCondition = (condition: Condition, field: string) => {
    if ("all" in condition) {
      if (condition.all.length === 0) problems.push({ field, message: "minst ett villkor behövs" });
      condition.all.forEach((c, k) => {
        checkCondition(c, `${field}.all.${k}`);
      });
      return;
    }
    const question = questions.get(condition.key);
    if (!question) {
      problems.push({ field, message: `kvalitetsuppföljningen ${year} har ingen fråga ”${condition.key}”` });
      return;
    }
    if (kindOf(condition) !== question.kind) {
      problems.push({ field, message: `villkoret passar inte frågan ”${question.title}”` });
      return;
    }
    const value = "equals" in condition ? condition.equals : "includes" in condition ? condition.includes : undefined;
    if (value !== undefined && !question.options.some((o) => o.value === value))
      problems.push({ field, message: `frågan ”${question.title}” har inget svar ”${value}”` });
    if ("between" in condition && condition.between[0] > condition.between[1])
      problems.push({ field, message: "det lägsta värdet är större än det högsta" });
  };
  rules.forEach((rule, index) => {
    const field = `body.rules.${index}`;
    if (ids.has(rule.id)) problems.push({ field: `${field}.id`, message: `två regler har id ”${rule.id}”` });
    ids.add(rule.id);
    if (rule.text.trim() === "") problems.push({ field: `${field}.text`, message: "regeln behöver en text" });
    if (rule.source.quote.trim() === "")
      problems.push({ field: `${field}.source.quote`, message: "ange vad dokumentet säger (citat)" });
    checkCondition(rule.check, `${field}.check`);
    if (rule.appliesWhen) checkCondition(rule.appliesWhen, `${field}.appliesWhen`);
  });
  return problems;
}
