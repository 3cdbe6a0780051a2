import { findInstrument, localizeDefinition, validatorFor, yearsOf } from "@fcs/surveys";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Answers, finalAnswers, missingOn, type Question, readSurvey, visiblePages } from "./survey-model.ts";

const anonymous = (["besok_vuxen", "besok_barn", "spindel"] as const).flatMap((kind) =>
  yearsOf(kind).map((year) => {
    const instrument = findInstrument(kind, year);
    if (!instrument) throw new Error(`${kind} ${year} missing`);
    return instrument;
  }),
);

/** A value the visitor could give on the screen, or nothing. */
function valueFor(question: Question): fc.Arbitrary<unknown> {
  switch (question.type) {
    case "rating":
      return question.dontKnowText
        ? fc.oneof(fc.integer({ min: question.min, max: question.max }), fc.constant("vet_ej"))
        : fc.integer({ min: question.min, max: question.max });
    case "single":
      return fc.constantFrom(...question.choices.map((c) => c.value));
    case "multiple":
      return fc.subarray(question.choices.map((c) => c.value));
    case "text":
      return fc.string({ maxLength: 20 });
  }
}

describe.each(anonymous.map((i) => [`${i.kind} ${i.year}`, i] as const))(
  "the light survey of %s",
  (_label, instrument) => {
    it.each(instrument.locales.map((l) => [l]))("reads every question of the definition in %s", (locale) => {
      const survey = readSurvey(localizeDefinition(instrument, locale));
      const names = survey.pages.flatMap((p) => p.questions.map((q) => q.name));
      expect(names.sort()).toEqual(Object.keys(instrument.questions).sort());
    });

    it("sends what the server accepts, with hidden questions dropped as the server drops them", () => {
      const survey = readSurvey(instrument.definition);
      const questions = survey.pages.flatMap((p) => p.questions);
      const answers = fc.record(
        Object.fromEntries(questions.map((q) => [q.name, valueFor(q)])) as Record<string, fc.Arbitrary<unknown>>,
        { requiredKeys: questions.filter((q) => q.required).map((q) => q.name) },
      );
      fc.assert(
        fc.property(answers, (given: Answers) => {
          for (const page of visiblePages(survey, given)) expect(missingOn(page, given)).toEqual([]);
          const sent = finalAnswers(survey, given);
          const result = validatorFor(instrument)(sent);
          expect(result).toEqual({ ok: true, answers: expect.any(Object) });
          if (result.ok) expect(Object.keys(result.answers).sort()).toEqual(Object.keys(sent).sort());
        }),
        { numRuns: 300 },
      );
    });
  },
);

describe("required questions", () => {
  it("are named when they are left unanswered on a page", () => {
    const survey = readSurvey((findInstrument("besok_barn", 2026) ?? anonymous[0])?.definition as never);
    const [first] = visiblePages(survey, {});
    // Who answers is asked first (the child, or the child with an adult).
    expect(first && missingOn(first, {})).toEqual(["svarar"]);
    expect(first && missingOn(first, { svarar: "sjalv" })).toEqual([]);
  });
});
