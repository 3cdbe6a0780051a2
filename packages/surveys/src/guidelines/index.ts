import { jonkoping } from "./jonkoping.ts";
import { orebro } from "./orebro.ts";
import type { Guideline } from "./rules.ts";

export { type RuleProblem, type RuleQuestion, ruleQuestions, ruleSetProblems } from "./validate.ts";

import { skane } from "./skane.ts";
import { sormland } from "./sormland.ts";

export {
  type Condition,
  evaluateRule,
  type Guideline,
  type GuidelineReference,
  type GuidelineRule,
  type RuleOutcome,
  type RuleSource,
  type RuleStrength,
  rulesIn,
} from "./rules.ts";

/** The regions whose guidelines are entered; a region without one has figures but no compliance table. */
export const guidelines: readonly Guideline[] = [skane, jonkoping, orebro, sormland];

export function guidelineOf(regionCode: string): Guideline | undefined {
  return guidelines.find((g) => g.regionCode === regionCode);
}
