import type { Locale, SurveyKind } from "./kinds.ts";
import type {
  Instrument,
  QuestionCommon,
  QuestionKind,
  QuestionMeta,
  SpiderAxis,
  SurveyElementJson,
  SurveyJson,
} from "./types.ts";

/**
 * A small vocabulary for writing instruments: each helper yields the SurveyJS
 * element and the question's metadata from one declaration, so the two never drift.
 */
export interface QuestionSpec {
  element: SurveyElementJson;
  meta: QuestionKind & Omit<QuestionCommon, "since"> & { since?: string };
}

interface Common {
  required?: boolean;
  visibleIf?: string;
  description?: string;
  /** First version with this key; defaults to the first version of the instrument kind. */
  since?: string;
}

const base = (key: string, title: string, type: string, o: Common) => ({
  type,
  name: key,
  title,
  ...(o.description ? { description: o.description } : {}),
  ...(o.required ? { isRequired: true } : {}),
  ...(o.visibleIf ? { visibleIf: o.visibleIf } : {}),
});

const metaBase = (key: string, o: Common) => ({
  key,
  required: o.required ?? false,
  sensitive: false,
  ...(o.visibleIf ? { visibleIf: o.visibleIf } : {}),
  ...(o.since ? { since: o.since } : {}),
});

const itemValues = (choices: Record<string, string>) =>
  Object.entries(choices).map(([value, text]) => ({ value, text }));

export function scale(
  key: string,
  title: string,
  o: Common & { min: number; max: number; minLabel: string; maxLabel: string; axis?: SpiderAxis; smileys?: boolean },
): QuestionSpec {
  return {
    element: {
      ...base(key, title, "rating", o),
      rateMin: o.min,
      rateMax: o.max,
      minRateDescription: o.minLabel,
      maxRateDescription: o.maxLabel,
      ...(o.smileys ? { rateType: "smileys", scaleColorMode: "colored", rateColorMode: "scale" } : {}),
      ...(o.max - o.min >= 6 ? { displayMode: "buttons" } : {}),
    },
    meta: { ...metaBase(key, o), kind: "scale", min: o.min, max: o.max, ...(o.axis ? { axis: o.axis } : {}) },
  };
}

/**
 * A rating that also offers "Vet ej / Ej aktuellt" (issue 16): the element names the option
 * (`dontKnowText`, translated like its labels) and the answer is `dontKnowValue`.
 */
export function withDontKnow(spec: QuestionSpec): QuestionSpec {
  if (spec.meta.kind !== "scale") throw new Error(`${spec.meta.key}: only a rating offers "Vet ej"`);
  return { element: { ...spec.element, dontKnowText: "Vet ej / Ej aktuellt" }, meta: { ...spec.meta, dontKnow: true } };
}

export function choice(key: string, title: string, choices: Record<string, string>, o: Common = {}): QuestionSpec {
  return {
    element: { ...base(key, title, "radiogroup", o), choices: itemValues(choices) },
    meta: { ...metaBase(key, o), kind: "choice", values: Object.keys(choices) },
  };
}

export function multiChoice(key: string, title: string, choices: Record<string, string>, o: Common = {}): QuestionSpec {
  return {
    element: { ...base(key, title, "checkbox", o), choices: itemValues(choices) },
    meta: { ...metaBase(key, o), kind: "multi_choice", values: Object.keys(choices) },
  };
}

/** Several pictures to pick from: for children, who may not read. */
export function pictures(
  key: string,
  title: string,
  choices: Record<string, { text: string; image: string }>,
  o: Common = {},
): QuestionSpec {
  return {
    element: {
      ...base(key, title, "imagepicker", o),
      multiSelect: true,
      showLabel: true,
      imageFit: "contain",
      choices: Object.entries(choices).map(([value, c]) => ({ value, text: c.text, imageLink: c.image })),
    },
    meta: { ...metaBase(key, o), kind: "multi_choice", values: Object.keys(choices) },
  };
}

export function number(
  key: string,
  title: string,
  o: Common & { min: number; max: number; integer?: boolean; step?: number },
): QuestionSpec {
  const integer = o.integer ?? true;
  return {
    element: {
      ...base(key, title, "text", o),
      inputType: "number",
      min: o.min,
      max: o.max,
      step: o.step ?? (integer ? 1 : 0.05),
    },
    meta: { ...metaBase(key, o), kind: "number", min: o.min, max: o.max, integer },
  };
}

export function yesNo(key: string, title: string, o: Common = {}): QuestionSpec {
  return {
    element: { ...base(key, title, "boolean", o), labelTrue: "Ja", labelFalse: "Nej", renderAs: "radio" },
    meta: { ...metaBase(key, o), kind: "boolean" },
  };
}

export function freeText(key: string, title: string, o: Common & { maxLength?: number } = {}): QuestionSpec {
  const maxLength = o.maxLength ?? 2000;
  return {
    element: { ...base(key, title, "comment", o), maxLength, rows: 4, allowResize: false },
    meta: { ...metaBase(key, o), kind: "free_text", maxLength, sensitive: true },
  };
}

/** A table of numbers, e.g. referrals from each profession to each other. */
export function grid(
  key: string,
  title: string,
  rows: Record<string, string>,
  columns: Record<string, string>,
  o: Common & { min: number; max: number; integer?: boolean },
): QuestionSpec {
  const integer = o.integer ?? true;
  return {
    element: {
      ...base(key, title, "matrixdropdown", o),
      rows: itemValues(rows),
      columns: Object.entries(columns).map(([name, title]) => ({
        name,
        title,
        cellType: "text",
        inputType: "number",
        min: o.min,
        max: o.max,
        step: integer ? 1 : 0.05,
      })),
    },
    meta: {
      ...metaBase(key, o),
      kind: "grid",
      rows: Object.keys(rows),
      columns: Object.keys(columns),
      min: o.min,
      max: o.max,
      integer,
    },
  };
}

export interface PageSpec {
  name: string;
  title?: string;
  description?: string;
  questions: QuestionSpec[];
}

export function page(
  name: string,
  title: string | undefined,
  questions: QuestionSpec[],
  description?: string,
): PageSpec {
  return { name, title, description, questions };
}

export interface InstrumentSpec {
  kind: SurveyKind;
  year: number;
  version: string;
  /** The first version of this kind, the default `since` of its questions. */
  firstVersion: string;
  locales: readonly Locale[];
  title: string;
  description?: string;
  completedHtml?: string;
  /** SurveyJS survey-level settings (progress bar, navigation …). */
  settings?: Record<string, unknown>;
  pages: PageSpec[];
}

export function defineInstrument(spec: InstrumentSpec): Instrument {
  const questions: Record<string, QuestionMeta> = {};
  for (const p of spec.pages) {
    for (const q of p.questions) {
      if (questions[q.meta.key]) throw new Error(`${spec.kind} ${spec.year}: duplicate question key ${q.meta.key}`);
      questions[q.meta.key] = { ...q.meta, since: q.meta.since ?? spec.firstVersion };
    }
  }
  const definition: SurveyJson = {
    title: spec.title,
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.completedHtml ? { completedHtml: spec.completedHtml } : {}),
    showQuestionNumbers: "off",
    checkErrorsMode: "onNextPage",
    clearInvisibleValues: "onHidden",
    ...spec.settings,
    pages: spec.pages.map((p) => ({
      name: p.name,
      ...(p.title ? { title: p.title } : {}),
      ...(p.description ? { description: p.description } : {}),
      elements: p.questions.map((q) => q.element),
    })),
  };
  return { kind: spec.kind, year: spec.year, version: spec.version, locales: spec.locales, definition, questions };
}
