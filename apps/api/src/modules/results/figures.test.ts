import { describeQuestions, draftValidatorFor, findInstrument } from "@fcs/surveys";
import { describe, expect, it } from "vitest";
import { answeredCount, figureOf } from "./figures.ts";

describe("a rating that offers 'Vet ej / Ej aktuellt' (2027)", () => {
  const instrument = findInstrument("besok_vuxen", 2027);
  const question = instrument && describeQuestions(instrument).find((q) => q.key === "oppettider");

  it("takes 'vet_ej' as an answer where the year's rating offers it, and nowhere else", () => {
    if (!instrument) throw new Error("no 2027 adult survey");
    expect(draftValidatorFor(instrument)({ oppettider: "vet_ej" })).toEqual({
      ok: true,
      answers: { oppettider: "vet_ej" },
    });
    const earlier = findInstrument("besok_vuxen", 2026);
    if (!earlier) throw new Error("no 2026 adult survey");
    expect(draftValidatorFor(earlier)({ oppettider: "vet_ej" }).ok).toBe(false);
    // The overall rating offers none.
    expect(draftValidatorFor(instrument)({ helhet: "vet_ej" }).ok).toBe(false);
  });

  it("counts it on its own: never among those who answered, in the mean or in the shares", () => {
    if (!question) throw new Error("no oppettider");
    const counts = new Map([
      ["5", 2],
      ["4", 3],
      ["2", 1],
      ["vet_ej", 4],
    ]);
    expect(answeredCount(question, counts)).toBe(6);
    const figure = figureOf(question, counts);
    expect(figure).toMatchObject({ n: 6, dontKnow: 4, positiveShare: 5 / 6 });
    expect(figure.mean).toBeCloseTo(24 / 6, 12);
    expect(figure.distribution.reduce((s, d) => s + d.share, 0)).toBeCloseTo(1, 12);
  });
});
