import { describe, expect, it } from "vitest";
import { exampleAnswers } from "../examples.ts";
import type { SurveyKind } from "../kinds.ts";
import { findInstrument } from "../registry.ts";
import type { Instrument } from "../types.ts";
import type { Answers } from "./types.ts";
import { compileValidator } from "./validator.ts";

const validate = (kind: SurveyKind, answers: unknown, year = 2026) =>
  compileValidator(findInstrument(kind, year) as Instrument)(answers);
const withChange = (kind: SurveyKind, change: Record<string, unknown>) => {
  const answers: Record<string, unknown> = { ...exampleAnswers[kind], ...change };
  for (const [key, value] of Object.entries(change)) if (value === undefined) delete answers[key];
  return answers;
};

describe("validating answers", () => {
  it.each(["besok_vuxen", "besok_barn", "spindel", "kvalitetsuppfoljning"] as const)(
    "accepts the example answers of %s unchanged",
    (kind) => {
      expect(validate(kind, exampleAnswers[kind])).toEqual({ ok: true, answers: exampleAnswers[kind] });
    },
  );

  it.each<[string, SurveyKind, Record<string, unknown>, { question: string; message: string }[]]>([
    [
      "a missing required rating",
      "besok_vuxen",
      { valkommen: undefined },
      [{ question: "valkommen", message: "måste besvaras" }],
    ],
    [
      "an unknown key",
      "besok_vuxen",
      { favoritfarg: "blå" },
      [{ question: "favoritfarg", message: "finns inte i enkäten" }],
    ],
    [
      "a key from another year",
      "besok_vuxen",
      { lokaler: 4 },
      [{ question: "lokaler", message: "finns inte i enkäten" }],
    ],
    [
      "a rating above the scale",
      "besok_vuxen",
      { bemotande: 6 },
      [{ question: "bemotande", message: "ska vara från 1 till 5, inte 6" }],
    ],
    [
      "a rating that is not whole",
      "besok_vuxen",
      { bemotande: 4.5 },
      [{ question: "bemotande", message: "ska vara ett heltal från 1 till 5" }],
    ],
    [
      "a rating of the wrong type",
      "besok_vuxen",
      { bemotande: true },
      [{ question: "bemotande", message: "ska vara ett heltal från 1 till 5" }],
    ],
    [
      "a choice outside the options",
      "besok_vuxen",
      { besokare_roll: "granne" },
      [
        {
          question: "besokare_roll",
          message: "ska vara ett av svarsalternativen blivande_foralder, foralder, annan_vuxen",
        },
      ],
    ],
    [
      "a multiple choice with an unknown option",
      "besok_vuxen",
      { verksamheter: ["bhv", "gym"] },
      [{ question: "verksamheter", message: "innehåller okända svarsalternativ: gym" }],
    ],
    [
      "a multiple choice with an object that cannot be turned into text",
      "besok_vuxen",
      { barn_alder: [{ toString: 0 }] },
      [{ question: "barn_alder", message: 'innehåller okända svarsalternativ: {"toString":0}' }],
    ],
    [
      "a multiple choice that is not a list",
      "besok_barn",
      { gora_har: "leka" },
      [{ question: "gora_har", message: "ska vara en lista med svarsalternativ" }],
    ],
    [
      "free text that is too long",
      "besok_barn",
      { andra: "x".repeat(501) },
      [{ question: "andra", message: "får vara högst 500 tecken" }],
    ],
    [
      "a missing profession",
      "spindel",
      { profession: undefined },
      [{ question: "profession", message: "måste besvaras" }],
    ],
    [
      "a factor out of range",
      "spindel",
      { slussning: 0 },
      [{ question: "slussning", message: "ska vara från 1 till 10, inte 0" }],
    ],
    [
      "hours as text that is not a number",
      "kvalitetsuppfoljning",
      { gemensamt_oppet_timmar: "många" },
      [{ question: "gemensamt_oppet_timmar", message: "ska vara ett tal från 0 till 60" }],
    ],
    [
      "a yes/no answered with text",
      "kvalitetsuppfoljning",
      { rutin_sekretess: "ja" },
      [{ question: "rutin_sekretess", message: "ska vara true (ja) eller false (nej)" }],
    ],
    [
      "a grid with an unknown row",
      "kvalitetsuppfoljning",
      { slussning: { tandvard: { bhv: 1 } } },
      [{ question: "slussning", message: "har en okänd rad: tandvard" }],
    ],
    [
      "a grid cell out of range",
      "kvalitetsuppfoljning",
      { slussning: { bhv: { mhv: -1 } } },
      [{ question: "slussning", message: "bhv/mhv ska vara från 0 till 5000, inte -1" }],
    ],
    [
      "a visible required follow-up question left empty",
      "kvalitetsuppfoljning",
      { samordnare_tjanst_procent: undefined },
      [{ question: "samordnare_tjanst_procent", message: "måste besvaras" }],
    ],
  ])("rejects %s with one message naming the question", (_case, kind, change, issues) => {
    expect(validate(kind, withChange(kind, change))).toEqual({ ok: false, issues });
  });

  it("lists every problem at once", () => {
    const result = validate("besok_vuxen", withChange("besok_vuxen", { valkommen: undefined, helhet: 9, okand: 1 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.question).sort()).toEqual(["helhet", "okand", "valkommen"]);
  });

  it("drops the value of a question the other answers hide", () => {
    const answers = withChange("besok_vuxen", { besok_frekvens: "forsta", nya_kontakter: 4 });
    const result = validate("besok_vuxen", answers);
    expect(result.ok).toBe(true);
    expect(result.ok && result.answers).not.toHaveProperty("nya_kontakter");
  });

  it("refuses an option that is not offered even in a hidden question, as survey-core does", () => {
    const answers = withChange("kvalitetsuppfoljning", { samordnare_finns: false, samordnare_utsedd_av: "grannen" });
    expect(validate("kvalitetsuppfoljning", answers)).toEqual({
      ok: false,
      issues: [
        {
          question: "samordnare_utsedd_av",
          message: "ska vara ett av svarsalternativen styrgruppen, region, kommun, gemensamt",
        },
      ],
    });
  });

  it("does not require a hidden required question", () => {
    const answers = withChange("kvalitetsuppfoljning", {
      samordnare_finns: false,
      samordnare_profession: undefined,
      samordnare_tjanst_procent: undefined,
      samordnare_utsedd_av: undefined,
      samordnare_skriftligt: undefined,
    });
    expect(validate("kvalitetsuppfoljning", answers).ok).toBe(true);
  });

  it("normalises numbers sent as text, with a decimal comma too", () => {
    const result = validate(
      "kvalitetsuppfoljning",
      withChange("kvalitetsuppfoljning", { husmote_timmar_manad: "7,5", planeringsdagar_ar: "3" }),
    );
    expect(result.ok && [result.answers.husmote_timmar_manad, result.answers.planeringsdagar_ar]).toEqual([7.5, 3]);
  });

  it("treats empty strings and lists as unanswered and trims free text", () => {
    const result = validate(
      "besok_vuxen",
      withChange("besok_vuxen", { bast: "  Bra!  ", battre: "   ", barn_alder: [] }),
    );
    expect(result.ok).toBe(true);
    const answers = (result.ok ? result.answers : {}) as Answers;
    expect(answers.bast).toBe("Bra!");
    expect(answers).not.toHaveProperty("battre");
    expect(answers).not.toHaveProperty("barn_alder");
  });

  it.each([null, [], "svar", 42])("rejects %j as the answers object", (answers) => {
    expect(validate("besok_barn", answers)).toEqual({
      ok: false,
      issues: [{ question: "answers", message: "ska vara ett objekt med svar per fråga" }],
    });
  });

  it("validates against the year's own version", () => {
    expect(validate("besok_vuxen", withChange("besok_vuxen", { hittade_hit: undefined, lokaler: 4 }), 2025).ok).toBe(
      true,
    );
  });
});
