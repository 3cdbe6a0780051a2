import type { Locale } from "./kinds.ts";
import { translationsByKind } from "./translations/index.ts";
import type { Instrument, SurveyElementJson, SurveyJson, Translation } from "./types.ts";

export class MissingTranslationError extends Error {
  constructor(readonly missing: string[]) {
    super(`missing translations: ${missing.join(", ")}`);
    this.name = "MissingTranslationError";
  }
}

type QuestionText = Translation["questions"][string];

/**
 * The definition with every text in one language. Swedish is the definition as
 * written; any other language replaces each text by key, and a text without a
 * translation is an error rather than a silent fall-back to Swedish.
 */
export function localizeDefinition(instrument: Instrument, locale: Locale): SurveyJson {
  const definition = structuredClone(instrument.definition);
  definition.locale = locale;
  if (locale === "sv") return definition;
  const translation = translationsByKind[instrument.kind]?.[locale];
  if (!translation || !instrument.locales.includes(locale)) {
    throw new MissingTranslationError([`${instrument.kind}/${locale}`]);
  }
  const missing: string[] = [];
  const lookup = (key: string): QuestionText | undefined =>
    translation.questions[`${key}@${instrument.year}`] ?? translation.questions[key];

  replaceSurveyTexts(definition, translation, missing);
  for (const page of definition.pages) {
    const pageText = translation.pages[page.name];
    replaceText(page, "title", pageText?.title, `page ${page.name}.title`, missing);
    replaceText(page, "description", pageText?.description, `page ${page.name}.description`, missing);
    for (const element of walk(page.elements ?? [])) translateQuestion(element, lookup(element.name), missing);
  }
  if (missing.length > 0) throw new MissingTranslationError(missing.map((m) => `${instrument.kind}/${locale}: ${m}`));
  return definition;
}

function replaceSurveyTexts(definition: SurveyJson, translation: Translation, missing: string[]): void {
  replaceText(definition, "title", translation.survey.title, "survey.title", missing);
  replaceText(definition, "description", translation.survey.description, "survey.description", missing);
  replaceText(definition, "completedHtml", translation.survey.completedHtml, "survey.completedHtml", missing);
}

function translateQuestion(element: SurveyElementJson, text: QuestionText | undefined, missing: string[]): void {
  const key = element.name;
  replaceText(element, "title", text?.title, `${key}.title`, missing);
  for (const field of [
    "description",
    "minRateDescription",
    "maxRateDescription",
    "placeholder",
    "dontKnowText",
  ] as const) {
    replaceText(element, field, text?.[field], `${key}.${field}`, missing);
  }
  const choices = element.choices as { value: string; text: string }[] | undefined;
  for (const item of choices ?? []) {
    const translated = text?.choices?.[item.value];
    if (translated) item.text = translated;
    else missing.push(`${key}.choices.${item.value}`);
  }
}

/** Replaces a text the definition has; a text the definition lacks needs no translation. */
function replaceText(
  target: Record<string, unknown>,
  field: string,
  translated: string | undefined,
  label: string,
  missing: string[],
): void {
  if (target[field] === undefined) return;
  if (translated) target[field] = translated;
  else missing.push(label);
}

export function* walk(elements: SurveyElementJson[]): Generator<SurveyElementJson> {
  for (const element of elements) {
    if (element.type === "panel") yield* walk(element.elements ?? []);
    else yield element;
  }
}
