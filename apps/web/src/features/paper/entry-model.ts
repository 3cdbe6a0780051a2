import { dontKnowValue } from "@fcs/surveys/kinds";
import type { Question } from "../kiosk/survey/survey-model.ts";

/**
 * What staff type for each question of a paper form, read into an answer: the number ticked on
 * a scale, the number of the option ticked (counted from 1, as the form lists them), several
 * numbers for a question with several answers, or the text written. Pure, for the entry page.
 */
export type Typed = { value: unknown } | { empty: true } | { error: string };

/** What is said of a wrong entry (the page's Swedish words). */
export interface EntryWords {
  notOnScale(min: number, max: number): string;
  notAnOption(count: number, several: boolean): string;
  oneOnly: string;
}

export function readTyped(question: Question, typed: string, words: EntryWords): Typed {
  const text = typed.trim();
  if (text === "") return { empty: true };
  if (question.type === "text") return { value: text };
  if (question.type === "rating") {
    // "Vet ej / Ej aktuellt", where the rating offers it, is typed as 0: the box after the scale.
    if (question.dontKnowText && text === "0") return { value: dontKnowValue };
    const step = Number(text);
    return Number.isInteger(step) && step >= question.min && step <= question.max
      ? { value: step }
      : { error: words.notOnScale(question.min, question.max) };
  }
  const count = question.choices.length;
  const numbers = text.split(/[\s,;]+/).map(Number);
  if (numbers.some((n) => !Number.isInteger(n) || n < 1 || n > count))
    return { error: words.notAnOption(count, question.type === "multiple") };
  if (question.type === "single") {
    if (numbers.length > 1) return { error: words.oneOnly };
    return { value: question.choices[(numbers[0] ?? 1) - 1]?.value };
  }
  const values = [...new Set(numbers)].sort((a, b) => a - b).map((n) => question.choices[n - 1]?.value);
  return { value: values };
}
