import type { GuidelineRuleInput, GuidelineSet } from "@fcs/contracts";

type Condition = GuidelineRuleInput["check"];
/** One condition on one question. */
export type Leaf = Exclude<Condition, { all: unknown }>;
type Question = GuidelineSet["questions"][number];

const operators = ["atLeast", "atMost", "between", "withinYears", "is", "equals", "includes"] as const;
export type Operator = (typeof operators)[number];

/** A rule's check as the list of conditions the editor shows: one, or the several that must all hold. */
export const leavesOf = (condition: Condition): Leaf[] => ("all" in condition ? condition.all : [condition]);

/** The list back as a check: a single condition stays single. */
export const conditionOf = (leaves: Leaf[]): Condition =>
  leaves.length === 1 && leaves[0] ? leaves[0] : { all: leaves };

export const operatorOf = (leaf: Leaf): Operator => operators.find((o) => o in leaf) ?? "is";

/** The comparisons that fit a kind of question. */
export function operatorsFor(question: Question): Operator[] {
  if (question.kind === "number") return ["atLeast", "atMost", "between", "withinYears"];
  if (question.kind === "boolean") return ["is"];
  return question.kind === "choice" ? ["equals"] : ["includes"];
}

/** A first condition on a question: "is yes", "at least 0", the first option. */
export function startingCondition(question: Question): Leaf {
  const key = question.key;
  const first = question.options[0]?.value ?? "";
  if (question.kind === "number") return { key, atLeast: 0 };
  if (question.kind === "boolean") return { key, is: true };
  return question.kind === "choice" ? { key, equals: first } : { key, includes: first };
}

/** The same question compared another way, keeping the number where there is one. */
export function withOperator(leaf: Leaf, operator: Operator, question: Question): Leaf {
  const key = leaf.key;
  const n = "atLeast" in leaf ? leaf.atLeast : "atMost" in leaf ? leaf.atMost : "between" in leaf ? leaf.between[0] : 0;
  if (operator === "atLeast") return { key, atLeast: n };
  if (operator === "atMost") return { key, atMost: n };
  if (operator === "between") return { key, between: [n, n] };
  if (operator === "withinYears") return { key, withinYears: 3 };
  return startingCondition(question);
}
