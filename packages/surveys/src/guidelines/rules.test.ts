import { describe, expect, it } from "vitest";
import { yearsOf } from "../registry.ts";
import { guidelines } from "./index.ts";
import { jonkoping } from "./jonkoping.ts";
import { orebro } from "./orebro.ts";
import { evaluateRule, type GuidelineRule, type RuleOutcome, rulesIn } from "./rules.ts";
import { skane } from "./skane.ts";
import { ruleSetProblems } from "./validate.ts";

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
      "Jönköping's coordinator is appointed by the ledningsgrupp",
      rule(jonkoping.rules, "samordnare_utsedd_av_ledningsgruppen"),
      { samordnare_finns: true, samordnare_utsedd_av: "styrgruppen" },
      "met",
    ],
    [
      "appointed by the municipality alone is not",
      rule(jonkoping.rules, "samordnare_utsedd_av_ledningsgruppen"),
      { samordnare_finns: true, samordnare_utsedd_av: "kommun" },
      "not_met",
    ],
    [
      "a family centre without social services lacks a base service",
      rule(skane.rules, "basverksamheter_familjecentral"),
      { fc_typ: "familjecentral", grundverksamheter: ["mhv", "bhv", "oppen_forskola"] },
      "not_met",
    ],
    [
      "a centre like one is not held to all four",
      rule(skane.rules, "basverksamheter_familjecentral"),
      { fc_typ: "familjecentralsliknande", grundverksamheter: ["bhv", "oppen_forskola"] },
      "not_applicable",
    ],
    [
      "but to child health care and open preschool",
      rule(skane.rules, "basverksamheter_familjecentralsliknande"),
      { fc_typ: "familjecentralsliknande", grundverksamheter: ["bhv", "oppen_forskola"] },
      "met",
    ],
    [
      "Örebro asks for a local agreement, not a yearly review (a right of the parties, not a duty)",
      rule(orebro.rules, "samverkansavtal"),
      { samverkansavtal_finns: true, samverkansavtal_foljs_upp: false },
      "met",
    ],
    [
      "a year within the window is recent enough",
      {
        id: "x",
        text: "Reviderat",
        strength: "bör",
        source: { section: "", quote: "" },
        check: { key: "samverkansavtal_reviderat_ar", withinYears: 3 },
      },
      { samverkansavtal_reviderat_ar: 2023 },
      "met",
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

describe("the guidelines as written", () => {
  const years = yearsOf("kvalitetsuppfoljning");

  it.each(guidelines.map((g) => [g.regionCode, g] as const))(
    "region %s: every key and option a rule reads is asked by the follow-up of each year the rule holds",
    (_, guideline) => {
      for (const year of years) expect(ruleSetProblems(rulesIn(guideline, year), year), String(year)).toEqual([]);
    },
  );

  it("finds what is wrong in a rule set before it is saved", () => {
    const base = {
      text: "Regel",
      strength: "ska" as const,
      source: { section: "1", quote: "Familjecentralen ska …" },
    };
    const problems = ruleSetProblems(
      [
        { ...base, id: "a", check: { key: "finns_inte", is: true } },
        { ...base, id: "a", text: " ", check: { key: "samordnare_finns", atLeast: 1 } },
        { ...base, id: "c", check: { key: "fc_typ", equals: "bibliotek" } },
        { ...base, id: "d", source: { section: "", quote: "" }, check: { all: [] } },
        { ...base, id: "e", check: { key: "gemensamt_oppet_timmar", between: [20, 10] } },
      ],
      2026,
    );
    expect(problems).toEqual([
      { field: "body.rules.0.check", message: "kvalitetsuppföljningen 2026 har ingen fråga ”finns_inte”" },
      { field: "body.rules.1.id", message: "två regler har id ”a”" },
      { field: "body.rules.1.text", message: "regeln behöver en text" },
      {
        field: "body.rules.1.check",
        message: "villkoret passar inte frågan ”Har familjecentralen en utsedd samordnare?”",
      },
      {
        field: "body.rules.2.check",
        message: "frågan ”Vilken typ av verksamhet är familjecentralen?” har inget svar ”bibliotek”",
      },
      { field: "body.rules.3.source.quote", message: "ange vad dokumentet säger (citat)" },
      { field: "body.rules.3.check", message: "minst ett villkor behövs" },
      { field: "body.rules.4.check", message: "det lägsta värdet är större än det högsta" },
    ]);
  });

  it("gives every rule a strength and a quote from its document, and a unique id", () => {
    for (const g of guidelines) {
      expect(new Set(g.rules.map((r) => r.id)).size, g.regionCode).toBe(g.rules.length);
      for (const r of g.rules) {
        expect(["ska", "bör", "rekommendation"], r.id).toContain(r.strength);
        expect(r.source.quote.length, r.id).toBeGreaterThan(10);
      }
    }
    expect(guidelines.find((g) => g.regionCode === "04")?.rules.every((r) => r.strength === "rekommendation")).toBe(
      true,
    );
  });

  it("keeps a rule to the years it holds: Skåne's common entrance only while the follow-up asked it", () => {
    expect(rulesIn(skane, 2025).map((r) => r.id)).toContain("gemensam_entre");
    expect(rulesIn(skane, 2026).map((r) => r.id)).not.toContain("gemensam_entre");
    expect(rulesIn(skane, 2027).map((r) => r.id)).toContain("gemensam_entre_fran_2027");
  });

  it("checks from 2027 what the 2027 follow-up asks: Skåne's summer floor and joint groups, Jönköping's four years", () => {
    const outcome = (rules: GuidelineRule[], id: string, answers: Record<string, unknown>) =>
      evaluateRule(rule(rules, id), answers as never, 2027);
    const floor = { sommar_reducering_veckor: 6 };
    expect(outcome(skane.rules, "sommar_minst_halvdag", { ...floor, sommar_minst_halvdag: true })).toBe("met");
    expect(outcome(skane.rules, "sommar_minst_halvdag", { ...floor, sommar_minst_halvdag: false })).toBe("not_met");
    // No reduced weeks: nothing to keep open at half a day.
    expect(outcome(skane.rules, "sommar_minst_halvdag", { sommar_reducering_veckor: 0 })).toBe("not_applicable");
    expect(outcome(skane.rules, "foraldraskapsstod_gemensamt", { grupper_gemensamma: 2 })).toBe("met");
    expect(outcome(skane.rules, "foraldraskapsstod_gemensamt", { grupper_gemensamma: 0 })).toBe("not_met");
    const appointed = { samordnare_finns: true, samordnare_utsedd_skriftligt: true };
    expect(outcome(jonkoping.rules, "samordnare_skriftligt_4_ar", { ...appointed, samordnare_period_ar: 4 })).toBe(
      "met",
    );
    expect(outcome(jonkoping.rules, "samordnare_skriftligt_4_ar", { ...appointed, samordnare_period_ar: 0 })).toBe(
      "not_met",
    );
  });
});
