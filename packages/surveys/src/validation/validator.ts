import { ConditionRunner } from "survey-core";
import type { Instrument, QuestionMeta } from "../types.ts";
import type { Answers, ValidationIssue, ValidationResult } from "./types.ts";
import { checkValue, isEmpty } from "./values.ts";

export type AnswerValidator = (answers: unknown) => ValidationResult;

interface CompiledQuestion {
  meta: QuestionMeta;
  visibleIf?: ConditionRunner;
}

/**
 * Compiles an instrument into a validator that accepts what survey-core in the
 * browser accepts, at a fraction of its cost: values are checked from the
 * metadata, and `visibleIf` is evaluated by survey-core's own expression engine.
 * Unknown keys and wrong values are errors; a value of a question the other
 * answers hide is dropped, as the browser drops it (clearInvisibleValues),
 * except an option the question does not offer, which survey-core refuses anywhere.
 */
export function compileValidator(instrument: Instrument): AnswerValidator {
  return compile(instrument, false);
}

/**
 * A draft's validator: known keys and values of the right kind only, but
 * nothing is required and a hidden question keeps its value (the coordinator
 * may show it again before submitting, where the full validator decides).
 */
export function compileDraftValidator(instrument: Instrument): AnswerValidator {
  return compile(instrument, true);
}

function compile(instrument: Instrument, draft: boolean): AnswerValidator {
  const questions: CompiledQuestion[] = Object.values(instrument.questions).map((meta) => ({
    meta,
    ...(meta.visibleIf ? { visibleIf: new ConditionRunner(meta.visibleIf) } : {}),
  }));
  const known = new Set(Object.keys(instrument.questions));

  return (input) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      return { ok: false, issues: [{ question: "answers", message: "ska vara ett objekt med svar per fråga" }] };
    }
    const raw = input as Record<string, unknown>;
    const issues: ValidationIssue[] = Object.keys(raw)
      .filter((key) => !known.has(key))
      .map((question) => ({ question, message: "finns inte i enkäten" }));

    // Visibility is decided on the values as sent, as survey-core does. A hidden question's value is dropped,
    // unless it is not one of the question's options: survey-core refuses those wherever they stand.
    const answers: Answers = {};
    for (const { meta, visibleIf } of questions) {
      const value = raw[meta.key];
      if (!draft && visibleIf && !visibleIf.runValues(raw)) {
        const offersOptions = meta.kind === "choice" || meta.kind === "multi_choice";
        const checked = offersOptions && !isEmpty(value) ? checkValue(meta, value) : undefined;
        if (checked && "error" in checked) issues.push({ question: meta.key, message: checked.error });
        continue;
      }
      if (isEmpty(value)) {
        if (meta.required && !draft) issues.push({ question: meta.key, message: "måste besvaras" });
        continue;
      }
      const checked = checkValue(meta, value);
      if ("error" in checked) issues.push({ question: meta.key, message: checked.error });
      else answers[meta.key] = checked.value;
    }
    return issues.length > 0 ? { ok: false, issues } : { ok: true, answers };
  };
}

const cache = new WeakMap<Instrument, AnswerValidator>();
const draftCache = new WeakMap<Instrument, AnswerValidator>();

const cached =
  (store: WeakMap<Instrument, AnswerValidator>, make: typeof compileValidator) => (instrument: Instrument) => {
    let validator = store.get(instrument);
    if (!validator) {
      validator = make(instrument);
      store.set(instrument, validator);
    }
    return validator;
  };

/** One compiled validator per instrument, reused for every submission. */
export const validatorFor = cached(cache, compileValidator);

/** One compiled draft validator per instrument, for saving a follow-up on the way. */
export const draftValidatorFor = cached(draftCache, compileDraftValidator);
