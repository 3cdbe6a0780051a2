import { describe, expect, it } from "vitest";
import type { Question } from "../kiosk/survey/survey-model.ts";
import { readTyped } from "./entry-model.ts";

const words = {
  notOnScale: (min: number, max: number) => `${min}–${max}`,
  notAnOption: (count: number, several: boolean) => `1–${count}${several ? " (flera)" : ""}`,
  oneOnly: "ett",
};
const base = { name: "q", title: "Q", required: false };
const scale: Question = { ...base, type: "rating", min: 1, max: 5, smileys: false };
const choices = [
  { value: "a", text: "A" },
  { value: "b", text: "B" },
  { value: "c", text: "C" },
];
const single: Question = { ...base, type: "single", choices };
const multiple: Question = { ...base, type: "multiple", choices, pictures: false };

describe("what staff type for a paper form's question", () => {
  it("reads a scale's number, and names the range when it is off it", () => {
    expect(readTyped(scale, " 4 ", words)).toEqual({ value: 4 });
    expect(readTyped(scale, "6", words)).toEqual({ error: "1–5" });
    expect(readTyped(scale, "", words)).toEqual({ empty: true });
  });

  it("reads 0 as 'Vet ej / Ej aktuellt' where the rating offers it, and as off the scale where it does not", () => {
    expect(readTyped({ ...scale, dontKnowText: "Vet ej / Ej aktuellt" }, "0", words)).toEqual({ value: "vet_ej" });
    expect(readTyped(scale, "0", words)).toEqual({ error: "1–5" });
  });

  it("reads options by their number on the form, one or several", () => {
    expect(readTyped(single, "2", words)).toEqual({ value: "b" });
    expect(readTyped(single, "1 3", words)).toEqual({ error: "ett" });
    expect(readTyped(multiple, "3, 1 3", words)).toEqual({ value: ["a", "c"] });
    expect(readTyped(multiple, "4", words)).toEqual({ error: "1–3 (flera)" });
  });
});
