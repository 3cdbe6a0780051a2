import { describe, expect, it } from "vitest";
import { jonkoping } from "./jonkoping.ts";
import { orebro } from "./orebro.ts";
import { evaluateRule, type GuidelineRule, type RuleOutcome } from "./rules.ts";
import { skane } from "./skane.ts";

const rule = (rules: GuidelineRule[], id: string) => {
  const found = rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

describe("guideline rules on a follow-up", () => {
  const cases: [string, GuidelineRule, Record<string, unknown>, RuleOutcome][] = [
    [
      "15 hours open meets Skåne's rule",
      rule(skane.rules, "gemensamt_oppet_15"),
      { gemensamt_oppet_timmar: 15 },
      "met",
    ],
    ["14.5 hours does not", rule(skane.rules, "gemensamt_oppet_15"), { gemensamt_oppet_timmar: 14.5 }, "not_met"],
    ["no answer is not answered", rule(skane.rules, "gemensamt_oppet_15"), {}, "not_answered"],
    ["9 summer weeks exceed 8", rule(skane.rules, "sommar_hogst_8"), { sommar_reducering_veckor: 9 }, "not_met"],
    [
      "no groups before birth without maternity care is not counted",
      rule(skane.rules, "foraldraskapsstod_fore"),
      { grundverksamheter: ["bhv", "oppen_forskola"], grupper_fore_fodsel: 0 },
      "not_applicable",
    ],
    [
      "no groups before birth with maternity care is not met",
      rule(skane.rules, "foraldraskapsstod_fore"),
      { grundverksamheter: ["mhv", "bhv"], grupper_fore_fodsel: 0 },
      "not_met",
    ],
    [
      "an agreement not followed up is not met",
      rule(skane.rules, "samverkansavtal"),
      { samverkansavtal_finns: true, samverkansavtal_foljs_upp: false },
      "not_met",
    ],
    [
      "no agreement at all is not met, though the follow-up question was never asked",
      rule(skane.rules, "samverkansavtal"),
      { samverkansavtal_finns: false },
      "not_met",
    ],
    [
      "a coordinator at 20 % exceeds Jönköping's 15 %",
      rule(jonkoping.rules, "samordnare_hogst_15"),
      { samordnare_finns: true, samordnare_tjanst_procent: 20 },
      "not_met",
    ],
    [
      "an agreement revised three years before the activity year is recent enough in Jönköping",
      rule(jonkoping.rules, "avtal_reviderat_4_ar"),
      { samverkansavtal_finns: true, samverkansavtal_reviderat_ar: 2023 },
      "met",
    ],
    [
      "revised four years before is too old",
      rule(jonkoping.rules, "avtal_reviderat_4_ar"),
      { samverkansavtal_finns: true, samverkansavtal_reviderat_ar: 2022 },
      "not_met",
    ],
    [
      "a coordinator at 25 % is within Örebro's 25–50 %",
      rule(orebro.rules, "samordnare_25_50"),
      { samordnare_finns: true, samordnare_tjanst_procent: 25 },
      "met",
    ],
    [
      "at 60 % it is not",
      rule(orebro.rules, "samordnare_25_50"),
      { samordnare_finns: true, samordnare_tjanst_procent: 60 },
      "not_met",
    ],
  ];
  it.each(cases)("%s", (_, r, answers, outcome) => {
    expect(evaluateRule(r, answers as never, 2026)).toBe(outcome);
  });
});
